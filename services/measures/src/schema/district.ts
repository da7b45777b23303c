import { ACCESS, badUserInput, rolesFor } from '@tk/gis';
import { measureFeatures } from '../db/measures.js';
import { PresenceHoursRef, PresenceShift } from './presence.js';
import { builder } from './builder.js';
import { Measure, MeasureStatus } from './measure.js';

const checkedWeek = (week: string): string => {
  if (!/^\d{4}-W\d{2}$/.test(week)) throw badUserInput(`week must be an ISO week such as "2026-W48", got "${week}"`, { field: 'week' });
  return week;
};

/** District is owned by the plan subgraph; measures adds the measures planned in it. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    measures: t.field({
      type: [Measure],
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      args: { status: t.arg({ type: MeasureStatus }) },
      resolve: (district, args, { measuresByDistrict }) => measuresByDistrict.load({ districtId: district.id, filter: args.status ?? null }),
    }),
    presence: t.field({
      type: [PresenceShift],
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'Shifts of presence in the district during an ISO week (those that overlap it), by start.',
      args: { week: t.arg.string({ required: true }) },
      resolve: (district, { week }, { presenceScope, presenceOfWeek }) => {
        if (!presenceScope.all && !presenceScope.districtIds.includes(district.id)) return [];
        return presenceOfWeek.load({ districtId: district.id, week: checkedWeek(week) });
      },
    }),
    presenceFeatures: t.field({
      type: 'FeatureCollection',
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'The week\'s shifts as one GeoJSON FeatureCollection for the map (properties: id, actorKind, state, startsAt, endsAt).',
      args: { week: t.arg.string({ required: true }) },
      resolve: async (district, { week }, { presenceScope, presenceOfWeek }) => {
        const shifts = presenceScope.all || presenceScope.districtIds.includes(district.id)
          ? await presenceOfWeek.load({ districtId: district.id, week: checkedWeek(week) })
          : [];
        return {
          type: 'FeatureCollection',
          features: shifts.map((s) => ({
            type: 'Feature',
            geometry: s.geometry,
            properties: { id: s.id, actorKind: s.actorKind, state: s.state, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() },
          })),
        };
      },
    }),
    measureFeatures: t.field({
      type: 'FeatureCollection',
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'The district\'s measures you may see as one GeoJSON FeatureCollection for the map; cameras also as their view (part "view").',
      args: { statuses: t.arg({ type: [MeasureStatus] }) },
      resolve: (district, { statuses }, { db, readScope }) => measureFeatures(db, readScope, [district.id], statuses ?? null),
    }),
    presenceHours: t.field({
      type: PresenceHoursRef,
      authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
      description: 'Hours of presence in the district in an ISO week, planned and realised.',
      args: { week: t.arg.string({ required: true }) },
      resolve: (district, { week }, { presenceHours }) => presenceHours.load({ districtId: district.id, week: checkedWeek(week) }),
    }),
  }),
});
