import { assertTopologicallyValid, badUserInput, enumValues, validateGeometry, GeometryError } from '@tk/gis';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../kinds.js';
import { districtOf, findMeasure, insertMeasure, listMeasures, type MeasureRow } from '../db/measures.js';
import { builder } from './builder.js';

export const MeasureKind = builder.enumType('MeasureKind', {
  values: enumValues(MEASURE_KINDS),
});

export const MeasureStatus = builder.enumType('MeasureStatus', {
  description: 'proposed → decided → in progress → done → evaluated; or rejected.',
  values: enumValues(MEASURE_STATUSES),
});

export const Measure = builder.objectRef<MeasureRow>('Measure').implement({
  description: 'A physical-environment measure (åtgärd i den fysiska miljön): lighting, camera, signage …',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: MeasureKind }),
    title: t.exposeString('title'),
    status: t.expose('status', { type: MeasureStatus }),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'Point, LineString or Polygon in WGS 84.' }),
    districtId: t.exposeID('districtId', { description: 'Derived from the geometry.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for generated demo measures.' }),
  }),
});

builder.asEntity(Measure, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { db }) => findMeasure(db, id),
});

const ProposeMeasureInput = builder.inputType('ProposeMeasureInput', {
  fields: (t) => ({
    kind: t.field({ type: MeasureKind, required: true }),
    title: t.string({ required: true, description: '1–200 characters.' }),
    geometry: t.field({ type: 'GeoJSON', required: true, description: 'Point, LineString or Polygon inside a district.' }),
  }),
});

builder.queryFields((t) => ({
  measures: t.field({
    type: [Measure],
    description: 'Measures, newest first, optionally in one district and with one status.',
    args: { districtId: t.arg.id(), status: t.arg({ type: MeasureStatus }) },
    resolve: (_root, args, { db }) =>
      listMeasures(db, { districtIds: args.districtId ? [args.districtId] : null, status: args.status }),
  }),
}));

builder.mutationFields((t) => ({
  proposeMeasure: t.field({
    type: Measure,
    description: 'Proposes a measure; its district is the one its geometry lies in.',
    args: { input: t.arg({ type: ProposeMeasureInput, required: true }) },
    resolve: async (_root, { input }, { db }) => {
      const title = input.title.trim();
      if (title.length < 1 || title.length > 200) throw badUserInput('title must be 1–200 characters', { field: 'title' });
      try {
        validateGeometry(input.geometry, { allowedTypes: ['Point', 'LineString', 'Polygon'] });
      } catch (error) {
        if (error instanceof GeometryError) throw badUserInput(`Invalid geometry: ${error.message}`, { field: 'geometry' });
        throw error;
      }
      return db.transaction(async (tx) => {
        await assertTopologicallyValid(tx, input.geometry);
        const districtId = await districtOf(tx, input.geometry);
        if (!districtId) throw badUserInput('The geometry lies outside every district of the municipality', { field: 'geometry' });
        return insertMeasure(tx, { kind: input.kind, title, geometry: input.geometry, districtId });
      });
    },
  }),
}));
