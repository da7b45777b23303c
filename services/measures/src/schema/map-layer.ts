import { assertDistrictReadable, districtIdArg } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { measureLayer, type MapLayer } from '../db/layer.js';
import type { RowScope } from '@tk/access';
import type { IsoWeek } from '@tk/time';
import type { MeasuresContext } from '../context.js';
import { weekWindow } from '../db/presence.js';
import { storedShiftsInView } from '../db/presence-layer.js';
import { presenceLayer } from '../layer/presence.js';
import { checkedView, CLUSTER_CELL_PX, MAX_FEATURES_IN_VIEW, NEVER_CLUSTER_FROM_ZOOM, type MapView } from '../layer/view.js';
import { builder } from './builder.js';
import { MeasureKind, MeasureStatus } from './measure.js';

export const MapViewInput = builder.inputType('MapViewInput', {
  description: 'What the map shows: its bounds in WGS 84 degrees and its zoom (MapLibre\'s).',
  fields: (t) => ({
    west: t.float({ required: true }),
    south: t.float({ required: true }),
    east: t.float({ required: true }),
    north: t.float({ required: true }),
    zoom: t.float({ required: true }),
  }),
});

export const MapLayerRef = builder.objectRef<MapLayer>('MapLayer').implement({
  description:
    `A map layer for one view. Up to ${MAX_FEATURES_IN_VIEW} objects in view come one by one; above that, below zoom ${NEVER_CLUSTER_FROM_ZOOM}, ` +
    `as clusters: one Point per ${CLUSTER_CELL_PX} px square of the Web Mercator grid with properties cluster (true), count, kind (the most common), ` +
    'kinds (count per kind) and bbox (the members\' bounds, to zoom to). Ask again when the view changes.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Objects in view that match.' }),
    clustered: t.exposeBoolean('clustered'),
    features: t.expose('features', { type: 'FeatureCollection' }),
  }),
});

/** A week's presence in a view: stored shifts and the rules' occurrences read side by side. */
export async function presenceLayerOf(
  { db, ruleOccurrences }: Pick<MeasuresContext, 'db' | 'ruleOccurrences'>,
  scope: RowScope,
  districtIds: readonly string[] | null,
  week: IsoWeek,
  view: MapView,
): Promise<MapLayer> {
  const w = weekWindow(week);
  const [stored, occurrences] = await Promise.all([storedShiftsInView(db, scope, districtIds, w, view), ruleOccurrences(scope, districtIds, w)]);
  return presenceLayer(stored, occurrences, view);
}

builder.queryFields((t) => ({
  measureLayer: t.field({
    type: MapLayerRef,
    authScopes: { role: rolesFor(ACCESS.measureRead) },
    description: 'The measures you may see in a map view (cameras also as their view, part "view"), optionally in one district, with some statuses and kinds.',
    args: {
      view: t.arg({ type: MapViewInput, required: true }),
      districtId: t.arg.id(),
      statuses: t.arg({ type: [MeasureStatus] }),
      kinds: t.arg({ type: [MeasureKind] }),
    },
    resolve: (_root, args, { db, identity, readScope }) => {
      const districtId = districtIdArg(args.districtId);
      assertDistrictReadable(identity, readScope, districtId, 'measures');
      return measureLayer(db, readScope, { districtIds: districtId ? [districtId] : null, statuses: args.statuses ?? null, kinds: args.kinds ?? null }, checkedView(args.view as MapView));
    },
  }),
  presenceLayer: t.field({
    type: MapLayerRef,
    authScopes: { role: rolesFor(ACCESS.presenceRead) },
    description: 'The shifts you may see one by one in a map view during an ISO week (properties: id, actorKind, state, startsAt, endsAt), optionally in one district.',
    args: { week: t.arg({ type: 'IsoWeek', required: true }), view: t.arg({ type: MapViewInput, required: true }), districtId: t.arg.id() },
    resolve: (_root, args, context) => {
      const { identity, presenceScope } = context;
      const districtId = districtIdArg(args.districtId);
      assertDistrictReadable(identity, presenceScope, districtId, 'presence');
      return presenceLayerOf(context, presenceScope, districtId ? [districtId] : null, args.week, checkedView(args.view as MapView));
    },
  }),
}));
