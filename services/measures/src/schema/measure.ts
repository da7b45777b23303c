import { assertDistrictReadable, districtIdArg, enumValues, refuseIfExists, requireRole, uuidArg } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../kinds.js';
import { audit, findMeasure, listMeasures, type Camera, type Lighting, type MeasureRow, type Motivation } from '../db/measures.js';
import { TRANSITIONS } from '../lifecycle/status.js';
import { builder } from './builder.js';

export const MeasureKind = builder.enumType('MeasureKind', { values: enumValues(MEASURE_KINDS) });

export const MeasureStatus = builder.enumType('MeasureStatus', {
  description: 'proposed → decided → in progress → done → evaluated; or rejected (from proposed or decided).',
  values: enumValues(MEASURE_STATUSES),
});

export const LightingKind = builder.enumType('LightingKind', {
  values: { NEW: { value: 'new' }, BRIGHTER: { value: 'brighter' }, REPAIR: { value: 'repair' } } as const,
});

export const PermitState = builder.enumType('CameraPermitState', {
  description: 'Camera surveillance by a municipality needs a permit: a camera is in progress or done only with GRANTED.',
  values: {
    NOT_APPLIED: { value: 'not_applied' }, APPLIED: { value: 'applied' }, GRANTED: { value: 'granted' },
    REFUSED: { value: 'refused' }, EXPIRED: { value: 'expired' },
  } as const,
});

const LightingRef = builder.objectRef<Lighting>('Lighting').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: LightingKind, nullable: true, description: 'New light, brighter light or repair.' }),
    luxBefore: t.exposeFloat('luxBefore', { nullable: true, description: 'Measured illuminance before, lux.' }),
    luxAfter: t.exposeFloat('luxAfter', { nullable: true }),
  }),
});

const CameraRef = builder.objectRef<Camera & { view: MeasureRow['geometry'] }>('Camera').implement({
  fields: (t) => ({
    directionDeg: t.exposeFloat('directionDeg', { description: 'Compass bearing it looks along: 0 north, 90 east.' }),
    angleDeg: t.exposeFloat('angleDeg', { description: 'Field of view, degrees (360: a dome camera).' }),
    rangeM: t.exposeFloat('rangeM', { description: 'How far it sees usefully, metres.' }),
    hours: t.exposeString('hours', { nullable: true, description: 'When it records, as written, e.g. "fre–lör 20–04".' }),
    permitState: t.expose('permitState', { type: PermitState }),
    view: t.expose('view', { type: 'GeoJSON', description: 'The wedge it sees, computed in EPSG:3006, as a WGS 84 Polygon.' }),
  }),
});

const MotivationRef = builder.objectRef<Motivation>('MeasureMotivation').implement({
  description: 'What prompted the measure: a weekly picture, hot-spot cells, incidents.',
  fields: (t) => ({
    week: t.exposeString('week', { nullable: true, description: 'ISO week of the weekly picture (lägesbild).' }),
    districtId: t.exposeID('districtId', { nullable: true, description: 'District of that weekly picture.' }),
    cells: t.exposeStringList('cells', { description: 'Hot-spot cells, "q:r" in the 150 m grid.' }),
    incidentIds: t.exposeIDList('incidentIds'),
  }),
});

interface MeasureChange {
  at: Date;
  actorName: string;
  action: string;
  status: MeasureRow['status'] | null;
}

const MeasureChangeRef = builder.objectRef<MeasureChange>('MeasureChange').implement({
  description: 'One change of a measure: who, when, what.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorName: t.exposeString('actorName'),
    action: t.exposeString('action', { description: '"create", "update", "status:decided" …, "withdraw".' }),
    status: t.expose('status', { type: MeasureStatus, nullable: true, description: 'The status after the change.' }),
  }),
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
    nextStatuses: t.field({
      type: [MeasureStatus],
      description: 'The statuses it may move to next.',
      resolve: (m) => [...TRANSITIONS[m.status]],
    }),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'Point, LineString or Polygon in WGS 84.' }),
    districtId: t.exposeID('districtId', { description: 'Derived from the geometry.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for generated demo measures.' }),
    responsibleOrg: t.exposeString('responsibleOrg', { nullable: true }),
    costEstimateSek: t.exposeInt('costEstimateSek', { nullable: true, description: 'Estimated cost, Swedish kronor.' }),
    motivation: t.expose('motivation', { type: MotivationRef }),
    lighting: t.expose('lighting', { type: LightingRef, nullable: true, description: 'Only for lighting measures.' }),
    camera: t.expose('camera', { type: CameraRef, nullable: true, description: 'Only for cameras.' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true, description: 'The day it was decided.' }),
    startedOn: t.expose('startedOn', { type: 'Date', nullable: true }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true, description: 'The day it was done: its effect is measured before versus after this day.' }),
    evaluatedOn: t.expose('evaluatedOn', { type: 'Date', nullable: true }),
    rejectedOn: t.expose('rejectedOn', { type: 'Date', nullable: true }),
    history: t.field({
      type: [MeasureChangeRef],
      description: 'Every change, oldest first.',
      resolve: async (m, _args, { db }) =>
        (await audit.list(db, { entity: 'Measure', entityId: m.id, limit: 1000 })).reverse().map((e) => ({
          at: e.at,
          actorName: e.actorName,
          action: e.action,
          status: (e.after as Partial<MeasureRow> | null)?.status ?? null,
        })),
    }),
  }),
});

builder.asEntity(Measure, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db, identity, readScope }) => {
    requireRole(identity, rolesFor(ACCESS.measureRead), 'Measure');
    return (await findMeasure(db, readScope, id)) ?? refuseIfExists(identity, 'Measure', () => findMeasure(db, ALL_ROWS, id));
  },
});

builder.queryFields((t) => ({
  measure: t.field({
    type: Measure,
    nullable: true,
    authScopes: { role: rolesFor(ACCESS.measureRead) },
    description: 'One measure by id; FORBIDDEN when it exists but is not yours to see.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { db, identity, readScope }) => {
      const uuid = uuidArg(id)!;
      return (await findMeasure(db, readScope, uuid)) ?? refuseIfExists(identity, 'Measure', () => findMeasure(db, ALL_ROWS, uuid));
    },
  }),
  measures: t.field({
    type: [Measure],
    authScopes: { role: rolesFor(ACCESS.measureRead) },
    description: 'Measures you may see, newest first, optionally in one district, with one status and of one kind.',
    args: { districtId: t.arg.id(), status: t.arg({ type: MeasureStatus }), kind: t.arg({ type: MeasureKind }) },
    resolve: (_root, args, { db, identity, readScope }) => {
      assertDistrictReadable(identity, readScope, districtIdArg(args.districtId), 'measures');
      return listMeasures(db, readScope, { districtIds: args.districtId ? [args.districtId] : null, status: args.status, kind: args.kind });
    },
  }),
}));
