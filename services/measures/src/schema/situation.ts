import { isoWeekOrRefuse } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { addWeeks } from '@tk/time';
import { listMeasures } from '../db/measures.js';
import { listRules, presenceIn, weekWindow } from '../db/presence.js';
import { builder } from './builder.js';
import { Measure } from './measure.js';
import { PresenceRule, PresenceShift } from './presence.js';

/** The weekly picture is owned by the incidents subgraph; measures adds what was decided from it. */
builder.externalRef('Situation', builder.selection<{ week: string; districtId: string }>('week districtId')).implement({
  externalFields: (t) => ({ week: t.field({ type: 'IsoWeek' }), districtId: t.id() }),
  fields: (t) => ({
    measures: t.field({
      type: [Measure],
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'Measures in the district that name this weekly picture as what motivated them.',
      resolve: (s, _args, { db, readScope }) => listMeasures(db, readScope, { districtIds: [s.districtId], motivationWeek: s.week }),
    }),
    presenceRules: t.field({
      type: [PresenceRule],
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'Recurring presence planned from this weekly picture.',
      resolve: async (s, _args, { db, presenceScope }) =>
        (await listRules(db, presenceScope, [s.districtId])).filter((r) => r.motivationWeek === s.week),
    }),
    presence: t.field({
      type: [PresenceShift],
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'Shifts planned from this weekly picture that fall in the week after it (one-off and recurring).',
      resolve: async (s, _args, { db, presenceScope }) =>
        // The next ISO week by the calendar, not seven times 24 hours: a DST change makes one week 167 or 169 hours.
        (await presenceIn(db, presenceScope, [s.districtId], weekWindow(addWeeks(isoWeekOrRefuse(s.week, 'week'), 1)))).filter((shift) => shift.motivationWeek === s.week),
    }),
  }),
});
