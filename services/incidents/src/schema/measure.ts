import { badUserInput, parseCalendarDate, type Geometry } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { swedishDaysBetween } from '@tk/time';
import { inRange, NUMBER } from '@tk/input';
import type { IncidentsContext } from '../context.js';
import type { CountValue } from '../db/counts.js';
import { publishedZoneCounts, zoneCounts, type Phase, type Zone } from '../db/effect.js';
import { effectFigures, effectWindows, publishedEffectWindows, type EffectFigures, type EffectWindows } from '../effect.js';
import { builder } from './builder.js';
import { IncidentCount } from './district.js';
import { requiredGeometry, scalarSelection } from './required-geometry.js';

/** What every role may ask about; other radii and windows need the right to see single incidents. */
export const DEFAULT_EFFECT = { radiusM: 200, weeks: 12 } as const;

interface MeasureEffect extends EffectWindows, EffectFigures {
  doneOn: string;
  radiusM: number;
  weeks: number;
  exact: boolean;
  afterComplete: boolean;
  zones: Record<Zone, Record<Phase, CountValue | null>>;
}

const ZoneCountsRef = builder.objectRef<Record<Phase, CountValue | null>>('EffectZoneCounts').implement({
  fields: (t) => ({
    before: t.expose('before', { type: IncidentCount, nullable: true }),
    after: t.expose('after', {
      type: IncidentCount,
      nullable: true,
      description: 'Null while the "after" window is not over, for roles that do not see single incidents.',
    }),
  }),
});

const MeasureEffectRef = builder.objectRef<MeasureEffect>('MeasureEffect').implement({
  description:
    'Incidents with a place near a measure before versus after the day it was done, against a control area: the ' +
    'target (within radiusM of the measure), a buffer ring out to 2 × radiusM (where crime could be displaced to) and ' +
    'the rest of the district(s) the measure lies in. Windows of `weeks` weeks on each side; the day itself is in neither.',
  fields: (t) => ({
    doneOn: t.expose('doneOn', { type: 'Date' }),
    radiusM: t.exposeInt('radiusM'),
    weeks: t.exposeInt('weeks'),
    beforeFrom: t.expose('beforeFrom', { type: 'DateTime' }),
    beforeTo: t.expose('beforeTo', { type: 'DateTime' }),
    afterFrom: t.expose('afterFrom', { type: 'DateTime' }),
    afterTo: t.expose('afterTo', { type: 'DateTime' }),
    afterComplete: t.exposeBoolean('afterComplete', { description: 'False while the "after" window is still running.' }),
    exact: t.exposeBoolean('exact', { description: 'True when every incident counted is one you may see.' }),
    target: t.field({ type: ZoneCountsRef, resolve: (e) => e.zones.target }),
    buffer: t.field({ type: ZoneCountsRef, resolve: (e) => e.zones.buffer }),
    control: t.field({ type: ZoneCountsRef, resolve: (e) => e.zones.control }),
    targetChange: t.exposeFloat('targetChange', { nullable: true, description: 'Change of the daily rate in the target, as a fraction.' }),
    controlChange: t.exposeFloat('controlChange', { nullable: true }),
    relativeChange: t.exposeFloat('relativeChange', {
      nullable: true,
      description: '(target after ÷ before) ÷ (control after ÷ before); under 1 means fewer than the control area\'s trend predicts.',
    }),
    successMeasure: t.exposeFloat('successMeasure', { nullable: true, description: 'Bowers & Johnson: target ÷ control, after minus before.' }),
    wdq: t.exposeFloat('wdq', {
      nullable: true,
      description: 'Weighted displacement quotient: above 0 benefits spread to the buffer, below 0 displacement; read it only when successMeasure < 0.',
    }),
  }),
});

// The figures are worked out from what the caller may know: the exact counts, or the sums of the
// published cells (cells of 1–4 left out, as the counts' `atLeast` says) for the other roles.
const valueOf = (c: CountValue | null) => c?.atLeast ?? null;

async function measureEffect(
  geometry: Geometry,
  doneOn: string,
  args: { radiusM?: number | null; weeks?: number | null },
  { db, scope, now }: IncidentsContext,
): Promise<MeasureEffect> {
  const radiusM = args.radiusM ?? DEFAULT_EFFECT.radiusM;
  const weeks = args.weeks ?? DEFAULT_EFFECT.weeks;
  if (!inRange(radiusM, NUMBER.effectRadiusM)) throw badUserInput('radiusM must be 25–1,000 metres', { field: 'radiusM', reason: 'out_of_range', ...NUMBER.effectRadiusM });
  if (weeks < 4 || weeks > 52) throw badUserInput('weeks must be 4–52', { field: 'weeks', reason: 'out_of_range', min: 4, max: 52 });
  if (!scope.all && (radiusM !== DEFAULT_EFFECT.radiusM || weeks !== DEFAULT_EFFECT.weeks)) {
    throw badUserInput(`Your role sees a measure's effect at ${DEFAULT_EFFECT.radiusM} m over ${DEFAULT_EFFECT.weeks} weeks only`, { field: 'radiusM', reason: 'not_permitted_value' });
  }
  // Published figures: whole 4-week blocks and whole 250 m cells, fixed in time and space, so that
  // no two answers (another measure, another day, the geometry moved or resized) differ by a few incidents.
  const windows = scope.all ? effectWindows(doneOn, weeks) : publishedEffectWindows(doneOn, weeks);
  const afterComplete = windows.afterTo.getTime() <= now.getTime();
  const counts = scope.all ? await zoneCounts(db, scope, geometry, radiusM, windows) : await publishedZoneCounts(db, scope, geometry, radiusM, windows);
  // A running window grows day by day; answers a day apart would tell single incidents apart.
  const zones = Object.fromEntries(Object.entries(counts).map(([zone, c]) => [zone, { before: c.before, after: scope.all || afterComplete ? c.after : null }])) as MeasureEffect['zones'];
  // Rates per Swedish calendar day on both sides: a complete window is weeks × 7 days on each, so the
  // change is after ÷ before − 1 exactly, even when a window holds a 23- or 25-hour day.
  const afterEnd = afterComplete ? windows.afterTo : now;
  const figures = effectFigures({
    ...Object.fromEntries(Object.entries(zones).map(([zone, c]) => [zone, { before: valueOf(c.before), after: valueOf(c.after) }])) as Record<Zone, { before: number | null; after: number | null }>,
    beforeDays: swedishDaysBetween(windows.beforeFrom, windows.beforeTo),
    afterDays: Math.max(swedishDaysBetween(windows.afterFrom, afterEnd), 0),
  });
  return { ...windows, ...figures, doneOn, radiusM, weeks, exact: scope.all, afterComplete, zones };
}

/** Measure is owned by the measures subgraph; incidents adds its effect, from its geometry and the day it was done. */
builder.externalRef('Measure', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id(), geometry: t.field({ type: 'GeoJSON' }), doneOn: t.field({ type: 'Date', nullable: true }) }),
  fields: (t) => ({
    effect: t.field({
      type: MeasureEffectRef,
      nullable: true,
      requires: scalarSelection<{ geometry: unknown; doneOn: unknown }>('geometry doneOn'),
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'Incidents near the measure before versus after it was done, against a control area; null until it is done.',
      args: {
        radiusM: t.arg.int({ description: `25–1,000 metres, default ${DEFAULT_EFFECT.radiusM} (other roles than those who see single incidents: the default only).` }),
        weeks: t.arg.int({ description: `4–52 weeks on each side, default ${DEFAULT_EFFECT.weeks} (likewise).` }),
      },
      resolve: (measure, args, context) =>
        measure.doneOn === null || measure.doneOn === undefined
          ? null
          : measureEffect(requiredGeometry(measure.geometry, 'geometry', ['Point', 'LineString', 'Polygon']), parseCalendarDate(measure.doneOn), args, context),
    }),
  }),
});
