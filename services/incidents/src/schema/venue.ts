import { badUserInput, parseCalendarDate, type Geometry } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { addWeeks, lastCompleteWeek, swedishDay, swedishQuartersBefore, type IsoWeek } from '@tk/time';
import { inRange, NUMBER } from '@tk/input';
import type { IncidentsContext } from '../context.js';
import type { CountValue } from '../db/counts.js';
import { hourOfWeekCounts, nearbyCounts, type HourOfWeekCount, type Window } from '../db/nearby.js';
import { RISK_WEIGHTS, supervisionRisk, type RiskPart, type SupervisionFacts, type SupervisionRisk } from '../supervision-risk.js';
import { builder } from './builder.js';
import { IncidentCount } from './district.js';
import { requiredGeometry, scalarSelection } from './required-geometry.js';

/** The radius that every role may ask about; other radii need the right to see single incidents. */
export const DEFAULT_NEARBY_RADIUS_M = 200;

interface NearbyIncidents extends Window {
  radiusM: number;
  exact: boolean;
  total: CountValue;
  lateHours: CountValue;
  byHour: HourOfWeekCount[] | null;
}

const HourOfWeekCountRef = builder.objectRef<HourOfWeekCount>('HourOfWeekCount').implement({
  description: 'Incidents in one hour of the week (Swedish time), summed over the window.',
  fields: (t) => ({
    dayOfWeek: t.exposeInt('dayOfWeek', { description: '1 = Monday … 7 = Sunday.' }),
    hour: t.exposeInt('hour', { description: '0–23: 22 means 22:00–22:59.' }),
    count: t.exposeInt('count'),
  }),
});

const NearbyIncidentsRef = builder.objectRef<NearbyIncidents>('NearbyIncidents').implement({
  description:
    'Incidents with a place within a radius of a venue, in a stated window. Events known only to a district or the ' +
    'municipality have no place and are not counted. Roles that see single incidents get the exact counts and the ' +
    'hours of the week; other roles get counts built from published cells (calendar quarter × late or other hours) ' +
    'over the four whole quarters up to the week asked for, at the default radius.',
  fields: (t) => ({
    radiusM: t.exposeInt('radiusM'),
    from: t.expose('from', { type: 'DateTime', description: 'Start of the window (inclusive).' }),
    to: t.expose('to', { type: 'DateTime', description: 'End of the window (exclusive).' }),
    exact: t.exposeBoolean('exact'),
    total: t.expose('total', { type: IncidentCount }),
    lateHours: t.expose('lateHours', { type: IncidentCount, description: 'Incidents between 22:00 and 04:59.' }),
    byHour: t.expose('byHour', {
      type: [HourOfWeekCountRef],
      nullable: true,
      description: 'All 168 hours of the week, Monday 00 first; null for roles that do not see single incidents.',
    }),
  }),
});

async function incidentsNearby(
  location: Geometry,
  args: { radiusM?: number | null; lastWeek?: IsoWeek | null; weeks?: number | null },
  { db, scope, now }: IncidentsContext,
): Promise<NearbyIncidents> {
  const radiusM = args.radiusM ?? DEFAULT_NEARBY_RADIUS_M;
  const weeks = args.weeks ?? 52;
  if (!inRange(radiusM, NUMBER.effectRadiusM)) throw badUserInput('radiusM must be 25–1,000 metres', { field: 'radiusM', reason: 'out_of_range', ...NUMBER.effectRadiusM });
  if (weeks < 1 || weeks > 104) throw badUserInput('weeks must be 1–104', { field: 'weeks', reason: 'out_of_range', min: 1, max: 104 });
  const week = args.lastWeek ?? lastCompleteWeek(now);
  if (!scope.all) {
    // Fixed radius and whole quarters: no two answers differ by a few incidents the caller cannot see.
    if (radiusM !== DEFAULT_NEARBY_RADIUS_M) {
      throw badUserInput(`Your role sees incidents near a venue at ${DEFAULT_NEARBY_RADIUS_M} m only`, { field: 'radiusM', reason: 'not_permitted_value' });
    }
    const window = swedishQuartersBefore(week.end, 4);
    return { ...window, radiusM, exact: false, byHour: null, ...(await nearbyCounts(db, scope, location, radiusM, window)) };
  }
  const window = { from: addWeeks(week, 1 - weeks).start, to: week.end };
  const [counts, byHour] = await Promise.all([nearbyCounts(db, scope, location, radiusM, window), hourOfWeekCounts(db, location, radiusM, window)]);
  return { ...window, radiusM, exact: true, byHour, ...counts };
}

const RiskFactorRef = builder.enumType('SupervisionRiskFactor', {
  values: {
    SINCE_INSPECTION: { description: `Months since the latest inspection: ${RISK_WEIGHTS.sinceInspection.perMonth} point a month, at most ${RISK_WEIGHTS.sinceInspection.max} (also when never inspected).` },
    REMARKS: { description: `Remarks (${RISK_WEIGHTS.remarks.perRemark} points) and warnings (${RISK_WEIGHTS.remarks.perWarning}) in the last three years, at most ${RISK_WEIGHTS.remarks.max}.` },
    SERVING_HOURS: { description: `Weekend serving past 01:00: ${RISK_WEIGHTS.servingHours.perHourPast1} points an hour, at most ${RISK_WEIGHTS.servingHours.max}.` },
    NETWORK: { description: `A member of Krogar mot knark: ${RISK_WEIGHTS.network.member} points.` },
    LATE_INCIDENTS: { description: `Incidents within ${DEFAULT_NEARBY_RADIUS_M} m between 22:00 and 04:59 over the last year: ${RISK_WEIGHTS.lateIncidents.perIncident} point each, at most ${RISK_WEIGHTS.lateIncidents.max}.` },
  } as const,
});

const RiskPartRef = builder.objectRef<RiskPart>('SupervisionRiskPart').implement({
  description: 'One part of a supervision risk score: what it counts, its points and the fact behind them.',
  fields: (t) => ({
    factor: t.expose('factor', { type: RiskFactorRef }),
    points: t.exposeInt('points'),
    limit: t.exposeInt('limit', { description: 'The most this part gives (for NETWORK: the points off).' }),
    value: t.exposeFloat('value', { nullable: true, description: 'Months, a count, hours past 01:00, 1/0 for a member; null: none (never inspected, no licence).' }),
    exact: t.exposeBoolean('exact', { description: 'False when the value is a lower bound (published cells, some under 5 hidden).' }),
  }),
});

const SupervisionRiskRef = builder.objectRef<SupervisionRisk>('SupervisionRisk').implement({
  description: 'Which licensed premises to inspect first: the sum of stated parts (0 or more), each with its points.',
  fields: (t) => ({
    score: t.exposeInt('score'),
    parts: t.expose('parts', { type: [RiskPartRef] }),
  }),
});

interface RequiredFacts extends SupervisionFacts {
  location: unknown;
  licensed: boolean;
}


/** The facts came in a federation representation, past the scalars: checked here before they are scored. */
function requiredFacts(v: RequiredFacts): SupervisionFacts {
  const count = (n: unknown, field: string) => {
    if (!Number.isInteger(n) || (n as number) < 0) throw badUserInput(`Invalid ${field}: a count was expected`, { field, reason: 'invalid_format' });
    return n as number;
  };
  // A null field may come as absent.
  const lastInspectedOn = v.lastInspectedOn ?? null;
  const servesUntilWeekend = v.servesUntilWeekend ?? null;
  if (lastInspectedOn !== null) parseCalendarDate(lastInspectedOn);
  if (servesUntilWeekend !== null && !/^\d{2}:\d{2}$/.test(String(servesUntilWeekend))) {
    throw badUserInput('Invalid servesUntilWeekend: a time such as "01:00" was expected', { field: 'servesUntilWeekend', reason: 'invalid_format' });
  }
  return {
    lastInspectedOn,
    remarksLast3Years: count(v.remarksLast3Years, 'remarksLast3Years'),
    warningsLast3Years: count(v.warningsLast3Years, 'warningsLast3Years'),
    servesUntilWeekend,
    inNetwork: v.inNetwork === true,
  };
}

/** Venue is owned by the venues subgraph; incidents adds what happened around it, from its location. */
builder.externalRef('Venue', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({
    id: t.id(),
    location: t.field({ type: 'GeoJSON' }),
    licensed: t.boolean(),
    lastInspectedOn: t.field({ type: 'Date', nullable: true }),
    remarksLast3Years: t.int(),
    warningsLast3Years: t.int(),
    servesUntilWeekend: t.string({ nullable: true }),
    inNetwork: t.boolean(),
  }),
  fields: (t) => ({
    supervisionRisk: t.field({
      type: SupervisionRiskRef,
      nullable: true,
      requires: scalarSelection<RequiredFacts>('location licensed lastInspectedOn remarksLast3Years warningsLast3Years servesUntilWeekend inNetwork'),
      authScopes: { role: rolesFor(ACCESS.venueRead) },
      description: 'For licensed premises: a risk score for planning inspections, with its parts. Null for other venues. ' +
        'Late incidents are counted as the caller may see them (published cells for roles without single incidents).',
      resolve: async (venue, _args, context) => {
        if (!venue.licensed) return null;
        const nearby = await incidentsNearby(requiredGeometry(venue.location, 'location', ['Point']), {}, context);
        return supervisionRisk(requiredFacts(venue), nearby.lateHours, swedishDay(context.now));
      },
    }),
    incidentsNearby: t.field({
      type: NearbyIncidentsRef,
      requires: scalarSelection<{ location: unknown }>('location'),
      authScopes: { role: rolesFor(ACCESS.venueRead) },
      description: `Incidents within radiusM (default ${DEFAULT_NEARBY_RADIUS_M} m) of the venue, for the weeks ending with lastWeek (default: the last whole week).`,
      args: {
        radiusM: t.arg.int({ description: `25–1,000 metres; roles that do not see single incidents: ${DEFAULT_NEARBY_RADIUS_M} only.` }),
        lastWeek: t.arg({ type: 'IsoWeek' }),
        weeks: t.arg.int({ description: '1–104, default 52 (roles that see single incidents).' }),
      },
      resolve: (venue, args, context) => incidentsNearby(requiredGeometry(venue.location, 'location', ['Point']), args, context),
    }),
  }),
});
