import { badUserInput, type Queryable } from '@tk/gis';
import { ACCESS, rolesFor, rowScope, type RowScope } from '@tk/access';
import { swedishYear } from '@tk/time';
import { storedHoursIn } from '../db/presence.js';
import { hoursWithin, sumHours } from '../presence/hours.js';
import { scopeParams, visible } from '../db/measures.js';
import { EMPTY_LAYER, measureLayer } from '../db/layer.js';
import { checkedView, type MapView } from '../layer/view.js';
import { MapLayerRef, MapViewInput, presenceLayerOf } from './map-layer.js';
import { PresenceHoursRef, PresenceShift } from './presence.js';
import { builder } from './builder.js';
import { Measure, MeasureKind, MeasureStatus } from './measure.js';

const checkedYear = (year: number): number => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year must be 2000–2100', { field: 'year', reason: 'out_of_range', min: 2000, max: 2100 });
  return year;
};

async function measuresDoneIn(db: Queryable, scope: RowScope, districtId: string, year: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM measures.measure m
      WHERE m.deleted_at IS NULL AND m.district_id = $1 AND m.done_on >= make_date($2, 1, 1) AND m.done_on < make_date($2 + 1, 1, 1) AND ${visible(3)}`,
    [districtId, year, ...scopeParams(scope)],
  );
  return row!.n;
}


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
      args: { week: t.arg({ type: 'IsoWeek', required: true }) },
      resolve: (district, { week }, { presenceScope, presenceOfWeek }) => {
        if (!presenceScope.all && !presenceScope.districtIds.includes(district.id)) return [];
        return presenceOfWeek.load({ districtId: district.id, week });
      },
    }),
    presenceLayer: t.field({
      type: MapLayerRef,
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'The week\'s shifts in the district within a map view: see MapLayer.',
      args: { week: t.arg({ type: 'IsoWeek', required: true }), view: t.arg({ type: MapViewInput, required: true }) },
      resolve: (district, { week, view }, context) => {
        const checked = checkedView(view as MapView);
        const { presenceScope } = context;
        const mine = presenceScope.all || presenceScope.districtIds.includes(district.id);
        return mine ? presenceLayerOf(context, presenceScope, [district.id], week, checked) : EMPTY_LAYER;
      },
    }),
    measureLayer: t.field({
      type: MapLayerRef,
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'The district\'s measures you may see within a map view: see MapLayer.',
      args: { view: t.arg({ type: MapViewInput, required: true }), statuses: t.arg({ type: [MeasureStatus] }), kinds: t.arg({ type: [MeasureKind] }) },
      resolve: (district, args, { db, readScope }) =>
        measureLayer(db, readScope, { districtIds: [district.id], statuses: args.statuses ?? null, kinds: args.kinds ?? null }, checkedView(args.view as MapView)),
    }),
    measuresDoneInYear: t.int({
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'Measures you may see that were done in a calendar year (the steering group\'s overview).',
      args: { year: t.arg.int({ required: true }) },
      resolve: (district, { year }, { db, readScope }) => measuresDoneIn(db, readScope, district.id, checkedYear(year)),
    }),
    presenceHoursInYear: t.field({
      type: PresenceHoursRef,
      authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
      description: 'Hours of presence in the district in a calendar year (Swedish time), planned and realised.',
      args: { year: t.arg.int({ required: true }) },
      resolve: async (district, { year }, { db, identity, ruleOccurrences }) => {
        const scope = rowScope(identity, ACCESS.presenceHoursRead);
        if (!scope.all && !scope.districtIds.includes(district.id)) return null;
        const w = swedishYear(checkedYear(year));
        const [stored, expanded] = await Promise.all([storedHoursIn(db, scope, [district.id], w), ruleOccurrences(scope, [district.id], w)]);
        const pieces = [...stored, ...expanded.map((o) => ({ actorKind: o.actorKind, state: o.state, hours: hoursWithin(o, w) }))];
        return { districtId: district.id, week: String(year), ...sumHours(pieces) };
      },
    }),
    presenceHours: t.field({
      type: PresenceHoursRef,
      authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
      description: 'Hours of presence in the district in an ISO week, planned and realised.',
      args: { week: t.arg({ type: 'IsoWeek', required: true }) },
      resolve: (district, { week }, { presenceHours }) => presenceHours.load({ districtId: district.id, week }),
    }),
  }),
});
