import { badUserInput } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { swedishYear, weeksEndingWith } from '@tk/time';
import { weeklyCounts, type CountValue, type WeekCount } from '../db/counts.js';
import { analyseHotspots } from '../hotspots.js';
import { builder } from './builder.js';
import { districtsFor, HotspotAnalysisRef } from './hotspots.js';
import { Situation, situationFor } from './situation.js';

const CountMissing = builder.enumType('IncidentCountMissing', {
  description: 'Why a count has no value for your role.',
  values: {
    HIDDEN_CELLS: { description: 'Some district-weeks held 1–4 incidents you may not see one by one: the count is at least `atLeast`.' },
    NO_WEEK_STARTS: { description: 'No ISO week starts in the period: counts for your role are sums of whole weeks, so there is none to give.' },
  } as const,
});

export const IncidentCount = builder.objectRef<CountValue>('IncidentCount').implement({
  description:
    'A count as your role may see it. Exact where you may see every incident counted; otherwise the sum of ' +
    'district-weeks (ISO weeks starting within the period) that hold no incident you cannot see or at least 5, ' +
    'so a count under 5 is never shown and cannot be worked out from other answers.',
  fields: (t) => ({
    exact: t.exposeBoolean('exact', { description: 'True when every incident in the period is counted one by one.' }),
    value: t.exposeInt('value', { nullable: true, description: 'The count, when nothing was hidden.' }),
    atLeast: t.exposeInt('atLeast', { description: 'The count is at least this (the published part).' }),
    hiddenCells: t.exposeInt('hiddenCells', { description: 'District-weeks left out because they held 1–4 incidents (shown as "under 5").' }),
    missing: t.field({
      type: CountMissing,
      nullable: true,
      description: 'Why `value` is null: district-weeks under 5 were hidden, or no ISO week starts in the period (published counts are whole weeks).',
      resolve: (c) => (c.noWeekStarts ? 'NO_WEEK_STARTS' : c.value === null ? 'HIDDEN_CELLS' : null),
    }),
  }),
});

const WeekCountRef = builder.objectRef<WeekCount>('WeekCount').implement({
  description: 'Incidents in one ISO week; null when the week holds 1–4 incidents your role may not see one by one.',
  fields: (t) => ({
    week: t.expose('week', { type: 'IsoWeek' }),
    count: t.exposeInt('count', { nullable: true }),
    exact: t.exposeBoolean('exact'),
  }),
});

interface IncidentRate {
  year: number;
  count: CountValue;
  population: number | null;
  perThousand: number | null;
  perThousandAtLeast: number | null;
}

const IncidentRateRef = builder.objectRef<IncidentRate>('IncidentRate').implement({
  description: "Incidents in a calendar year (Swedish time) per 1,000 inhabitants, from the district's latest population figure.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    count: t.expose('count', { type: IncidentCount }),
    population: t.exposeInt('population', { nullable: true }),
    perThousand: t.exposeFloat('perThousand', {
      nullable: true,
      description: 'Null without a population figure, or when the count is not complete for your role (some district-weeks under 5 hidden).',
    }),
    perThousandAtLeast: t.exposeFloat('perThousandAtLeast', {
      nullable: true,
      description: 'The rate is at least this: from the published part of the count (equal to perThousand when nothing is hidden).',
    }),
  }),
});


/** District is owned by the plan subgraph; incidents adds its counts. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id(), populationCount: t.int({ nullable: true }) }),
  fields: (t) => ({
    incidentRate: t.field({
      type: IncidentRateRef,
      authScopes: { signedIn: true },
      requires: builder.selection<{ populationCount: number | null }>('populationCount'),
      description: 'Incidents in a calendar year per 1,000 inhabitants (the steering group\'s overview).',
      args: { year: t.arg.int({ required: true }) },
      resolve: async (district, { year }, { incidentCounts }) => {
        if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year must be 2000–2100', { field: 'year', reason: 'out_of_range', min: 2000, max: 2100 });
        const count = await incidentCounts.load({ districtId: district.id, ...swedishYear(year) });
        const population = Number.isInteger(district.populationCount) && district.populationCount! > 0 ? district.populationCount! : null;
        const rate = (n: number | null) => (population !== null && n !== null ? Math.round((n / population) * 10_000) / 10 : null);
        return { year, count, population, perThousand: rate(count.value), perThousandAtLeast: rate(count.atLeast) };
      },
    }),
    incidentCount: t.field({
      type: IncidentCount,
      authScopes: { signedIn: true },
      description: 'Reported incidents in the district in the period [from, to).',
      args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
      resolve: (district, { from, to }, { incidentCounts }) => {
        if (from && to && from >= to) throw badUserInput('"from" must be before "to"', { field: 'from', reason: 'too_early' });
        return incidentCounts.load({ districtId: district.id, from: from ?? null, to: to ?? null });
      },
    }),
    weeklyIncidents: t.field({
      type: [WeekCountRef],
      authScopes: { signedIn: true },
      description: 'Incidents per ISO week for the weeks ending with `lastWeek` (a trend), oldest first.',
      args: { lastWeek: t.arg({ type: 'IsoWeek', required: true }), weeks: t.arg.int({ defaultValue: 26 }) },
      resolve: async (district, { lastWeek, weeks }, { db, scope }) => {
        const n = weeks ?? 26;
        if (n < 1 || n > 104) throw badUserInput('weeks must be 1–104', { field: 'weeks', reason: 'out_of_range', min: 1, max: 104 });
        const span = weeksEndingWith(lastWeek, n);
        return weeklyCounts(db, scope, district.id, span, scope.all || scope.districtIds.includes(district.id));
      },
    }),
    situation: t.field({
      type: Situation,
      authScopes: { role: rolesFor(ACCESS.situationRead) },
      description: 'The district\'s situational picture (lägesbild) for an ISO week.',
      args: { week: t.arg({ type: 'IsoWeek', required: true }) },
      resolve: (district, { week }, { db, identity }) => situationFor(db, identity, week, district.id),
    }),
    hotspots: t.field({
      type: HotspotAnalysisRef,
      authScopes: { role: rolesFor(ACCESS.hotspotRead) },
      description: 'Hot spots of an ISO week in this district.',
      args: { week: t.arg({ type: 'IsoWeek', required: true }), cellSizeM: t.arg.int(), trendWeeks: t.arg.int() },
      resolve: async (district, args, { db, identity, hotspotBudget }) =>
        analyseHotspots(db, { ...args, districtIds: await districtsFor(db, identity, [district.id]) }, hotspotBudget),
    }),
  }),
});
