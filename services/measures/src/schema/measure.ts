import {
  ACCESS, ALL_ROWS, assertDistrictReadable, refuseIfExists, requireRole, assertNoPersonalData, districtIdArg, uuidArg, assertTopologicallyValid, badUserInput, enumValues, forbidden, GeometryError,
  notFound, rolesFor, validateGeometry, type Geometry, type RowScope,
} from '@tk/gis';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../kinds.js';
import { districtOf, findMeasure, insertMeasure, listMeasures, withdrawMeasure, type MeasureRow } from '../db/measures.js';
import { builder } from './builder.js';

export const MeasureKind = builder.enumType('MeasureKind', { values: enumValues(MEASURE_KINDS) });

export const MeasureStatus = builder.enumType('MeasureStatus', {
  description: 'proposed → decided → in progress → done → evaluated; or rejected.',
  values: enumValues(MEASURE_STATUSES),
});

export const Measure = builder.objectRef<MeasureRow>('Measure').implement({
  description: 'A physical-environment measure (åtgärd i den fysiska miljön): lighting, camera, signage …',
  authScopes: { role: rolesFor(ACCESS.measureRead) },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: MeasureKind }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: MeasureStatus }),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'Point, LineString or Polygon in WGS 84.' }),
    districtId: t.exposeID('districtId', { description: 'Derived from the geometry.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for generated demo measures.' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true, description: 'The day it was decided.' }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true, description: 'The day it was done: its effect is measured before versus after this day.' }),
  }),
});

builder.asEntity(Measure, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db, identity, readScope }) => {
    requireRole(identity, rolesFor(ACCESS.measureRead), 'Measure');
    return (await findMeasure(db, readScope, id)) ?? refuseIfExists(identity, 'Measure', () => findMeasure(db, ALL_ROWS, id));
  },
});

const ProposeMeasureInput = builder.inputType('ProposeMeasureInput', {
  fields: (t) => ({
    kind: t.field({ type: MeasureKind, required: true }),
    title: t.string({ required: true, description: '1–200 characters, no personal data.' }),
    description: t.string({ description: 'Up to 2,000 characters, no personal data.' }),
    geometry: t.field({ type: 'GeoJSON', required: true, description: 'Point, LineString or Polygon inside a district.' }),
  }),
});

function checkText(input: { title: string; description?: string | null }): { title: string; description: string } {
  const title = input.title.trim();
  const description = (input.description ?? '').trim();
  if (title.length < 1 || title.length > 200) throw badUserInput('title must be 1–200 characters', { field: 'title' });
  if (description.length > 2000) throw badUserInput('description must be at most 2,000 characters', { field: 'description' });
  assertNoPersonalData({ title, description });
  return { title, description };
}

function checkShape(geometry: Geometry): void {
  try {
    validateGeometry(geometry, { allowedTypes: ['Point', 'LineString', 'Polygon'] });
  } catch (error) {
    if (error instanceof GeometryError) throw badUserInput(`Invalid geometry: ${error.message}`, { field: 'geometry' });
    throw error;
  }
}

/** An area group may change measures in its own districts only; est and admin everywhere. */
const mayWrite = (scope: RowScope, districtId: string) => scope.all || scope.districtIds.includes(districtId);


builder.queryFields((t) => ({
  measures: t.field({
    type: [Measure],
    authScopes: { role: rolesFor(ACCESS.measureRead) },
    description: 'Measures you may see, newest first, optionally in one district and with one status.',
    args: { districtId: t.arg.id(), status: t.arg({ type: MeasureStatus }) },
    resolve: (_root, args, { db, identity, readScope }) => {
      assertDistrictReadable(identity, readScope, districtIdArg(args.districtId), 'measures');
      return listMeasures(db, readScope, { districtIds: args.districtId ? [args.districtId] : null, status: args.status });
    },
  }),
}));

builder.mutationFields((t) => ({
  proposeMeasure: t.field({
    type: Measure,
    authScopes: { role: rolesFor(ACCESS.measureWrite) },
    description: 'Proposes a measure; its district is the one its geometry lies in.',
    args: { input: t.arg({ type: ProposeMeasureInput, required: true }) },
    resolve: async (_root, { input }, { db, identity, writeScope }) => {
      const text = checkText(input);
      checkShape(input.geometry);
      return db.transaction(async (tx) => {
        await assertTopologicallyValid(tx, input.geometry);
        const districtId = await districtOf(tx, input.geometry);
        if (!districtId) throw badUserInput('The geometry lies outside every district of the municipality', { field: 'geometry' });
        if (!mayWrite(writeScope, districtId)) throw forbidden(`${identity!.name} may not propose measures in the district "${districtId}".`);
        return insertMeasure(tx, identity!, { kind: input.kind, ...text, geometry: input.geometry, districtId });
      });
    },
  }),
  withdrawMeasure: t.field({
    type: 'Boolean',
    authScopes: { role: rolesFor(ACCESS.measureWrite) },
    description: 'Withdraws a measure: it disappears from lists, and the audit log keeps it with the reason.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, description: '1–500 characters, no personal data.' }) },
    resolve: async (_root, { id, reason }, { db, identity, writeScope }) => {
      uuidArg(id);
      const why = reason.trim();
      if (why.length < 1 || why.length > 500) throw badUserInput('reason must be 1–500 characters', { field: 'reason' });
      assertNoPersonalData({ reason: why });
      return db.transaction(async (tx) => {
        // Looked up regardless of the caller's scope, so that "not yours" is FORBIDDEN, not NOT_FOUND.
        const measure = await findMeasure(tx, ALL_ROWS, id);
        if (!measure) throw notFound(`There is no measure ${id}`);
        if (!mayWrite(writeScope, measure.districtId)) throw forbidden(`${identity!.name} may not change this measure: it lies outside your districts.`);
        await withdrawMeasure(tx, identity!, measure, why);
        return true;
      });
    },
  }),
}));
