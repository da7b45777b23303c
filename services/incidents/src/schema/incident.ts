import { CATEGORIES, PRECISIONS } from '../categories.js';
import { findIncident, listIncidents, type IncidentRow } from '../db/incidents.js';
import { assertDistrictReadable, badUserInput, districtIdArg, enumValues, refuseIfExists, requireRole } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import { audit } from '../db/writes.js';
import { changedFields, type FieldChange } from '../history.js';
import { builder } from './builder.js';

export const IncidentCategory = builder.enumType('IncidentCategory', {
  description: 'Incident categories (kategorier) of the EST method.',
  values: enumValues(CATEGORIES),
});

export const LocationPrecision = builder.enumType('LocationPrecision', {
  description: 'How precisely the place is known. Only EXACT incidents have a point location.',
  values: enumValues(PRECISIONS),
});

export const Incident = builder.objectRef<IncidentRow>('Incident').implement({
  description: 'A reported incident (inrapporterad händelse).',
  authScopes: { role: rolesFor(ACCESS.incidentRead) },
  fields: (t) => ({
    id: t.exposeID('id'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    category: t.expose('category', { type: IncidentCategory }),
    description: t.exposeString('description'),
    precision: t.expose('precision', { type: LocationPrecision }),
    location: t.expose('location', { type: 'GeoJSON', nullable: true, description: 'A Point, only when precision is EXACT.' }),
    radiusM: t.exposeInt('radiusM', { nullable: true, description: 'Uncertainty of the point, in metres.' }),
    districtId: t.exposeID('districtId', { nullable: true }),
    reportedBy: t.exposeString('reportedBy'),
    source: t.exposeString('source', { description: '"manual", "import" (source_id names the source) or "demo" (synthetic).' }),
    originalType: t.exposeString('originalType', { nullable: true, description: 'The source\'s own type, e.g. the Police\'s "Misshandel".' }),
    title: t.exposeString('title', { nullable: true }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    areaName: t.exposeString('areaName', { nullable: true, description: 'For an event known only to an area: which (e.g. "Linköpings kommun").' }),
  }),
});

builder.asEntity(Incident, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db, identity, scope }) => {
    requireRole(identity, rolesFor(ACCESS.incidentRead), 'Incident');
    return (await findIncident(db, scope, id)) ?? refuseIfExists(identity, 'Incident', () => findIncident(db, ALL_ROWS, id));
  },
});

const MAX_LIMIT = 5000;

builder.queryFields((t) => ({
  incidents: t.field({
    type: [Incident],
    authScopes: { role: rolesFor(ACCESS.incidentRead) },
    description: 'Incidents you may see one by one, newest first, optionally in one district and a period [from, to).',
    args: {
      districtId: t.arg.id(),
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
      limit: t.arg.int({ defaultValue: 1000, description: `At most ${MAX_LIMIT}.` }),
    },
    resolve: (_root, args, { db, identity, scope }) => {
      const limit = args.limit ?? 1000;
      assertDistrictReadable(identity, scope, districtIdArg(args.districtId), 'incidents');
      if (limit < 1 || limit > MAX_LIMIT) throw badUserInput(`limit must be between 1 and ${MAX_LIMIT}`, { field: 'limit', reason: 'out_of_range', min: 1, max: MAX_LIMIT });
      if (args.from && args.to && args.from >= args.to) throw badUserInput('"from" must be before "to"', { field: 'from', reason: 'too_early' });
      return listIncidents(db, scope, { districtId: districtIdArg(args.districtId), from: args.from, to: args.to, limit });
    },
  }),
}));

interface IncidentChange {
  at: Date;
  actorName: string;
  action: string;
  changes: FieldChange[];
  reason: string | null;
}

const FieldChangeRef = builder.objectRef<FieldChange>('IncidentFieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'occurredAt, category, description, location …' }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
});

const IncidentChangeRef = builder.objectRef<IncidentChange>('IncidentChange').implement({
  description: 'One change of an incident: who, when, and which fields changed from what to what.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorName: t.exposeString('actorName'),
    action: t.exposeString('action', { description: '"create", "update" or "remove".' }),
    changes: t.expose('changes', { type: [FieldChangeRef] }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

builder.objectField(Incident, 'history', (t) =>
  t.field({
    type: [IncidentChangeRef],
    authScopes: { role: rolesFor(ACCESS.incidentWrite) },
    description: 'Every change of the incident, oldest first (for those who report and correct incidents).',
    resolve: async (incident, _args, { db }) =>
      (await audit.list(db, { entity: 'Incident', entityId: incident.id, limit: 1000 })).reverse().map((entry) => ({
        at: entry.at,
        actorName: entry.actorName,
        action: entry.action,
        changes: changedFields(entry.before, entry.after),
        reason: (entry.after as { reason?: string } | null)?.reason ?? null,
      })),
  }),
);
