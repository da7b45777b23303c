import { ACCESS, badUserInput, rolesFor } from '@tk/gis';
import { presenceIn } from '../db/presence.js';
import { isoWeek } from '../presence/week-hours.js';
import { PresenceHoursRef, PresenceShift } from './presence.js';
import { builder } from './builder.js';
import { Measure, MeasureStatus } from './measure.js';

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
      resolve: async (district, { week }, { db, presenceScope }) => {
        if (!presenceScope.all && !presenceScope.districtIds.includes(district.id)) return [];
        return presenceIn(db, presenceScope, [district.id], await isoWeek(db, week));
      },
    }),
    presenceHours: t.field({
      type: PresenceHoursRef,
      authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
      description: 'Hours of presence in the district in an ISO week, planned and realised.',
      args: { week: t.arg.string({ required: true }) },
      resolve: (district, { week }, { presenceHours }) => {
        if (!/^\d{4}-W\d{2}$/.test(week)) throw badUserInput(`week must be an ISO week such as "2026-W48", got "${week}"`, { field: 'week' });
        return presenceHours.load({ districtId: district.id, week });
      },
    }),
  }),
});
