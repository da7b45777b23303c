import { ACCESS, rolesFor } from '@tk/gis';
import { isoWeek } from '../presence/iso-week.js';
import { EMPTY_LAYER, measureLayer } from '../db/layer.js';
import { checkedView, type MapView } from '../layer/view.js';
import { MapLayerRef, MapViewInput, presenceLayerOf } from './map-layer.js';
import { PresenceHoursRef, PresenceShift } from './presence.js';
import { builder } from './builder.js';
import { Measure, MeasureKind, MeasureStatus } from './measure.js';

/** The label itself once it names a week (isoWeek refuses one that does not). */
const checkedWeek = (week: string): string => (isoWeek(week), week);

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
    presenceLayer: t.field({
      type: MapLayerRef,
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'The week\'s shifts in the district within a map view: see MapLayer.',
      args: { week: t.arg.string({ required: true }), view: t.arg({ type: MapViewInput, required: true }) },
      resolve: (district, { week, view }, context) => {
        const checked = checkedView(view as MapView);
        const { presenceScope } = context;
        const mine = presenceScope.all || presenceScope.districtIds.includes(district.id);
        return mine ? presenceLayerOf(context, presenceScope, [district.id], checkedWeek(week), checked) : EMPTY_LAYER;
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
    presenceHours: t.field({
      type: PresenceHoursRef,
      authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
      description: 'Hours of presence in the district in an ISO week, planned and realised.',
      args: { week: t.arg.string({ required: true }) },
      resolve: (district, { week }, { presenceHours }) => presenceHours.load({ districtId: district.id, week: checkedWeek(week) }),
    }),
  }),
});
