import { assertDistrictReadable, districtIdArg, requireRole, type Queryable } from '@tk/gis';
import { ACCESS, rolesFor, rowScope, type Identity } from '@tk/access';
import type { MannKendallResult } from '@tk/stats';
import { analyseHotspots, type HotspotAnalysis, type HotspotCellResult, type HotspotCellWeek } from '../hotspots.js';
import { parseIsoWeek } from '@tk/time';
import { builder } from './builder.js';

const HotspotClass = builder.enumType('HotspotClass', {
  description: 'Gi* class after the false-discovery-rate correction.',
  values: {
    HOT_99: { value: 'hot-99' }, HOT_95: { value: 'hot-95' }, HOT_90: { value: 'hot-90' },
    COLD_99: { value: 'cold-99' }, COLD_95: { value: 'cold-95' }, COLD_90: { value: 'cold-90' }, NONE: { value: 'none' },
  } as const,
});

const EmergingCategory = builder.enumType('EmergingCategory', {
  description: 'A cell\'s pattern over the weeks (as in ArcGIS\'s Emerging Hot Spot Analysis), for hot or cold spots.',
  values: ['new', 'consecutive', 'intensifying', 'persistent', 'diminishing', 'sporadic', 'oscillating', 'historical', 'none'].map((v) => v.toUpperCase()),
});

const HotspotCellWeekRef = builder.objectRef<HotspotCellWeek>('HotspotCellWeek').implement({
  description: 'One week of a cell\'s series: what its emerging pattern and trend are computed from.',
  fields: (t) => ({
    week: t.expose('week', { type: 'IsoWeek' }),
    count: t.exposeInt('count'),
    neighbourhoodCount: t.exposeInt('neighbourhoodCount'),
    z: t.exposeFloat('z', { description: 'That week\'s Gi* z-score.' }),
    p: t.exposeFloat('p', { description: 'Two-sided p-value of z, before correction.' }),
    class: t.expose('class', { type: HotspotClass, description: 'That week\'s class, with the same rules as the week analysed.' }),
  }),
});

const TrendTestRef = builder.objectRef<MannKendallResult>('MannKendallTest').implement({
  description: 'Mann-Kendall test of the weekly z-scores, tie-corrected variance, continuity-corrected z, two-sided p.',
  fields: (t) => ({
    n: t.exposeInt('n', { description: 'Weeks in the series.' }),
    s: t.exposeInt('s', { description: 'S = Σ_{i<j} sgn(z_j − z_i).' }),
    variance: t.exposeFloat('variance', { description: 'Var(S) with the correction for tied z-scores.' }),
    z: t.exposeFloat('z'),
    p: t.exposeFloat('p'),
    tau: t.exposeFloat('tau', { description: 'Kendall\'s tau-a, S / (n(n − 1)/2).' }),
    tieGroups: t.exposeIntList('tieGroups', { description: 'Sizes of the groups of equal z-scores (2 or more), ascending.' }),
  }),
});

const HotspotCell = builder.objectRef<HotspotCellResult>('HotspotCell').implement({
  description: 'One hexagon of the grid with a significant class or an emerging pattern.',
  fields: (t) => ({
    id: t.exposeID('id', { description: '"<ISO week>:<cell size>:<q>:<r>".' }),
    key: t.exposeID('key', { description: 'Axial grid coordinates "q:r" in EPSG:3006.' }),
    incidentTimes: t.field({ type: ['DateTime'], description: 'When the week\'s incidents in the cell happened.', resolve: (c) => c.incidentTimes() }),
    districtId: t.exposeID('districtId'),
    count: t.exposeInt('count', { description: 'Incidents with a place in the cell in the week.' }),
    neighbourhoodCount: t.exposeInt('neighbourhoodCount', {
      description: 'Incidents in the cell and its ring of neighbours; a cell is called hot only when this is at least 3.',
    }),
    z: t.exposeFloat('z'),
    p: t.exposeFloat('p', { description: 'Two-sided p-value of z, before correction.' }),
    class: t.expose('class', { type: HotspotClass }),
    confidence: t.exposeInt('confidence', { description: '99, 95, 90, or 0 when not significant.' }),
    emerging: t.field({ type: EmergingCategory, nullable: true, resolve: (c) => c.emerging?.toUpperCase() ?? null }),
    trend: t.exposeString('trend', { nullable: true, description: 'Mann-Kendall trend of the weekly z: up, down or none.' }),
    trendTest: t.expose('trendTest', { type: TrendTestRef, nullable: true, description: 'The test behind `trend`; null with one week.' }),
    weeks: t.expose('weeks', { type: [HotspotCellWeekRef], description: 'The cell\'s weeks, oldest first, ending with the week analysed (one with trendWeeks 1).' }),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'The hexagon in WGS 84.' }),
  }),
});

const Analysis = builder.objectRef<HotspotAnalysis>('HotspotAnalysis').implement({
  description: 'Hot and cold spots of one ISO week in a hexagon grid, with the method stated.',
  fields: (t) => ({
    week: t.expose('week', { type: 'IsoWeek' }),
    weekStart: t.expose('weekStart', { type: 'DateTime' }),
    weekEnd: t.expose('weekEnd', { type: 'DateTime' }),
    districtIds: t.exposeIDList('districtIds'),
    cellSizeM: t.exposeInt('cellSizeM', { description: 'Hexagon width across the flats, metres (EPSG:3006).' }),
    trendWeeks: t.exposeInt('trendWeeks'),
    neighbourhood: t.exposeString('neighbourhood', { description: 'The method in words (English), for readers of the API; the web states it in its own language from the figures.' }),
    minHotNeighbourhood: t.exposeInt('minHotNeighbourhood', { description: 'A hot spot rests on at least this many incidents in the cell and its ring.' }),
    correction: t.exposeString('correction'),
    studyAreaCells: t.exposeInt('studyAreaCells', { description: 'Cells whose centre lies in the districts, empty ones included.' }),
    incidentsCounted: t.exposeInt('incidentsCounted', { description: 'Incidents with a place, in the week (events known only to an area are not in the grid).' }),
    status: t.exposeString('status', { description: '"ok", "no-variance" (all cells equal) or "too-few-cells".' }),
    cells: t.expose('cells', { type: [HotspotCell] }),
  }),
});

const readers = rolesFor(ACCESS.hotspotRead);

// A cell is an entity so that the measures subgraph can say what presence it had (from its shape and times).
builder.asEntity(HotspotCell, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db, identity, hotspotBudget }) => {
    requireRole(identity, readers, 'HotspotCell');
    const [, label, size, q, r] = /^(\d{4}-W\d{2}):(\d{2,4}):(-?\d+):(-?\d+)$/.exec(id) ?? [];
    const week = parseIsoWeek(label);
    if (!week) return null;
    const analysis = await analyseHotspots(db, { week, districtIds: await districtsFor(db, identity, null), cellSizeM: Number(size) }, hotspotBudget);
    return analysis.cells.find((c) => c.key === `${q}:${r}`) ?? null;
  },
});

/** The districts asked for, checked against the caller's; by default the priority districts (or the area group's own). */
async function districtsFor(db: Queryable, identity: Identity | null, asked: readonly string[] | null | undefined): Promise<string[]> {
  const scope = rowScope(identity, ACCESS.hotspotRead);
  if (asked?.length) {
    asked.forEach((id) => assertDistrictReadable(identity, scope, districtIdArg(id, 'districtIds'), 'hot spots'));
    return [...asked];
  }
  if (!scope.all) return scope.districtIds;
  return (await db.query<{ id: string }>('SELECT id FROM geo.district WHERE priority ORDER BY id')).map((r) => r.id);
}

builder.queryFields((t) => ({
  hotspots: t.field({
    type: Analysis,
    authScopes: { role: readers },
    description: 'Hot spots of an ISO week in the given districts (default: the priority districts, or your own).',
    args: {
      week: t.arg({ type: 'IsoWeek', required: true }),
      districtIds: t.arg.idList(),
      cellSizeM: t.arg.int({ description: 'Default 150.' }),
      trendWeeks: t.arg.int({ description: 'With 2 or more: emerging patterns over that many weeks ending with `week`.' }),
    },
    resolve: async (_root, args, { db, identity, hotspotBudget }) =>
      analyseHotspots(
        db,
        { week: args.week, districtIds: await districtsFor(db, identity, args.districtIds), cellSizeM: args.cellSizeM, trendWeeks: args.trendWeeks },
        hotspotBudget,
      ),
  }),
}));

export { Analysis as HotspotAnalysisRef, districtsFor };
