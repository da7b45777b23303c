import { assertDistrictReadable, assertNoPersonalData, assertTopologicallyValid, badUserInput, districtIdArg, enumValues, forbidden, GeometryError, notFound, parseCalendarDate, uuidArg, validateGeometry, type Geometry, type Queryable, checkLength } from '@tk/gis';
import { ACCESS, rolesFor, rowScope, type Identity, type RowScope } from '@tk/access';
import { addDays, clockHoursBetween, FIRST_YEAR, LAST_YEAR, parseIsoWeek, swedishDaysBetween, swedishMidnight } from '@tk/time';
import { TEXT } from '@tk/input';
import { districtOf } from '../db/measures.js';
import {
  ACTOR_KINDS, cancelRule, cancelShift, findRule, findShift, insertRule, insertShift, listRules, markRealised, presenceIn,
  type PresenceRuleRow, type PresenceShiftRow, type Window,
} from '../db/presence.js';
import type { HoursByActor, PresenceHours } from '../presence/hours.js';
import { MAX_SHIFT_CLOCK_HOURS } from '../presence/limits.js';
import { ruleProblems } from '../presence/recurrence.js';
import { builder } from './builder.js';

const ACTOR_NAMES = {
  police: 'Polis', municipal_guard: 'Kommunväktare', security_guard: 'Ordningsvakt', field_assistant: 'Fältassistent',
  leisure_leader: 'Fritidsledare', safety_host: 'Trygghetsvärd', night_walker: 'Nattvandrare',
} as const satisfies Record<(typeof ACTOR_KINDS)[number], string>;

export const ActorKind = builder.enumType('PresenceActorKind', { values: enumValues(ACTOR_NAMES) });
export const PresenceState = builder.enumType('PresenceState', {
  values: { PLANNED: { value: 'planned' }, REALISED: { value: 'realised' } } as const,
});

const READ = { role: rolesFor(ACCESS.presenceRead) };
const WRITE = { role: rolesFor(ACCESS.presenceWrite) };
const HOUR_MS = 3_600_000;

export const PresenceShift = builder.objectRef<PresenceShiftRow>('PresenceShift').implement({
  description: 'A shift of presence (närvaro): who, where, when; planned or realised.',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'A uuid, or "rule:<rule id>:<day>" for an occurrence of a recurring plan not yet recorded.' }),
    actorKind: t.expose('actorKind', { type: ActorKind }),
    organisation: t.exposeString('organisation'),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'A Point or Polygon in WGS 84.' }),
    districtId: t.exposeID('districtId'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    hours: t.float({ resolve: (s) => Math.round(((s.endsAt.getTime() - s.startsAt.getTime()) / HOUR_MS) * 100) / 100 }),
    state: t.expose('state', { type: PresenceState }),
    ruleId: t.exposeID('ruleId', { nullable: true, description: 'The recurring plan it belongs to.' }),
    motivationWeek: t.exposeString('motivationWeek', { nullable: true, description: 'The weekly picture (ISO week) it answers.' }),
    note: t.exposeString('note'),
    synthetic: t.exposeBoolean('synthetic'),
  }),
});

export const PresenceRule = builder.objectRef<PresenceRuleRow>('PresenceRule').implement({
  description: 'A recurring plan of presence, e.g. Fridays and Saturdays 20:00–02:00 for eight weeks (Swedish time).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    actorKind: t.expose('actorKind', { type: ActorKind }),
    organisation: t.exposeString('organisation'),
    geometry: t.expose('geometry', { type: 'GeoJSON' }),
    districtId: t.exposeID('districtId'),
    weekdays: t.exposeIntList('weekdays', { description: 'ISO weekdays the shift starts on: 1 = Monday … 7 = Sunday.' }),
    startTime: t.exposeString('startTime', { description: '"HH:MM", Swedish time.' }),
    endTime: t.exposeString('endTime', { description: '"HH:MM"; at or before startTime: the next day.' }),
    firstDate: t.expose('firstDate', { type: 'Date' }),
    lastDate: t.expose('lastDate', { type: 'Date' }),
    motivationWeek: t.exposeString('motivationWeek', { nullable: true }),
    note: t.exposeString('note'),
    shifts: t.field({
      type: [PresenceShift],
      description: 'The plan\'s occurrences in [from, to) (default: all), realised ones as recorded.',
      args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
      resolve: async (rule, { from, to }, { db, presenceScope }) => {
        // By default every occurrence: from the first day's Swedish midnight to the end of the day after the last (a night shift ends then).
        const w = { from: from ?? swedishMidnight(rule.firstDate), to: to ?? swedishMidnight(addDays(rule.lastDate, 2)) };
        return (await presenceIn(db, presenceScope, [rule.districtId], w)).filter((s) => s.ruleId === rule.id);
      },
    }),
  }),
});

const HoursByActorRef = builder.objectRef<HoursByActor>('PresenceHoursByActor').implement({
  fields: (t) => ({
    actorKind: t.expose('actorKind', { type: ActorKind }),
    planned: t.exposeFloat('planned'),
    realised: t.exposeFloat('realised'),
  }),
});

export const PresenceHoursRef = builder.objectRef<PresenceHours & { districtId: string; week: string }>('PresenceHours').implement({
  description: 'Hours of presence in a district in an ISO week or a calendar year (the parts of shifts inside it), planned and realised.',
  fields: (t) => ({
    districtId: t.exposeID('districtId'),
    week: t.exposeString('week', { description: 'The ISO week ("2026-W47"), or the year ("2025") for presenceHoursInYear.' }),
    planned: t.exposeFloat('planned', { description: 'Hours of shifts still planned.' }),
    realised: t.exposeFloat('realised', { description: 'Hours of shifts recorded as realised.' }),
    byActor: t.expose('byActor', { type: [HoursByActorRef] }),
  }),
});

function checkWindow(from: Date, to: Date, maxDays: number): Window {
  if (from >= to) throw badUserInput('"from" must be before "to"', { field: 'from', reason: 'too_early' });
  if (swedishDaysBetween(from, to) > maxDays) throw badUserInput(`a window may be at most ${maxDays} days`, { field: 'to', reason: 'too_long', max: maxDays });
  return { from, to };
}

builder.queryFields((t) => ({
  presence: t.field({
    type: [PresenceShift],
    authScopes: READ,
    description: 'Shifts that overlap [from, to) (at most 93 days), one-off and from recurring plans, by start.',
    args: { districtId: t.arg.id(), from: t.arg({ type: 'DateTime', required: true }), to: t.arg({ type: 'DateTime', required: true }) },
    resolve: (_root, args, { db, identity, presenceScope }) => {
      assertDistrictReadable(identity, presenceScope, districtIdArg(args.districtId), 'presence');
      return presenceIn(db, presenceScope, args.districtId ? [args.districtId] : null, checkWindow(args.from, args.to, 93));
    },
  }),
  presenceRules: t.field({
    type: [PresenceRule],
    authScopes: READ,
    description: 'Recurring plans of presence you may see.',
    args: { districtId: t.arg.id() },
    resolve: (_root, args, { db, identity, presenceScope }) => {
      assertDistrictReadable(identity, presenceScope, districtIdArg(args.districtId), 'presence');
      return listRules(db, presenceScope, args.districtId ? [args.districtId] : null);
    },
  }),
  presenceHours: t.field({
    type: [PresenceHoursRef],
    authScopes: { role: rolesFor(ACCESS.presenceHoursRead) },
    description: 'Hours of presence per district in an ISO week.',
    args: { week: t.arg({ type: 'IsoWeek', required: true }), districtIds: t.arg.idList({ required: true }) },
    resolve: (_root, { week, districtIds }, { identity, presenceHours }) => {
      const scope = rowScope(identity, ACCESS.presenceHoursRead);
      districtIds.forEach((id) => assertDistrictReadable(identity, scope, districtIdArg(id), 'presence hours'));
      return Promise.all([...new Set(districtIds)].map((districtId) => presenceHours.load({ districtId, week })));
    },
  }),
}));

const PresenceInput = builder.inputType('PresenceInput', {
  description: 'A one-off shift. Its district is the one its place lies in.',
  fields: (t) => ({
    actorKind: t.field({ type: ActorKind, required: true }),
    organisation: t.string({ required: true, description: '1–200 characters.' }),
    geometry: t.field({ type: 'GeoJSON', required: true, description: 'A Point or Polygon inside a district.' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'After startsAt, at most 24 hours later.' }),
    state: t.field({ type: PresenceState, description: 'Default PLANNED; REALISED only for a shift that has begun.' }),
    motivationWeek: t.string({ description: 'The weekly picture (ISO week) it answers.' }),
    note: t.string({ description: 'Up to 500 characters, no personal data.' }),
  }),
});

const PresenceRuleInput = builder.inputType('PresenceRuleInput', {
  description: 'A recurring plan, in Swedish time. "Fridays and Saturdays 20–02 for eight weeks": weekdays [5, 6], 20:00, 02:00, first and last day.',
  fields: (t) => ({
    actorKind: t.field({ type: ActorKind, required: true }),
    organisation: t.string({ required: true }),
    geometry: t.field({ type: 'GeoJSON', required: true }),
    weekdays: t.intList({ required: true, description: '1 = Monday … 7 = Sunday: the days a shift starts.' }),
    startTime: t.string({ required: true, description: '"HH:MM".' }),
    endTime: t.string({ required: true, description: '"HH:MM"; at or before startTime means the next day.' }),
    firstDate: t.field({ type: 'Date', required: true }),
    lastDate: t.field({ type: 'Date', required: true, description: 'Inclusive; at most 366 days after firstDate.' }),
    motivationWeek: t.string(),
    note: t.string(),
  }),
});

interface Place {
  actorKind: (typeof ACTOR_KINDS)[number];
  organisation: string;
  geometry: Geometry;
  motivationWeek?: string | null;
  note?: string | null;
}

/** The parts every shift and plan shares, checked; the district is the one the place lies in, and must be the caller's. */
async function place(tx: Queryable, identity: Identity, scope: RowScope, input: Place) {
  const organisation = input.organisation.trim();
  const note = (input.note ?? '').trim();
  checkLength('organisation', organisation, TEXT.presenceOrganisation);
  checkLength('note', note, TEXT.presenceNote);
  assertNoPersonalData({ organisation, note });
  const week = input.motivationWeek?.trim() || null;
  if (week && !parseIsoWeek(week)) throw badUserInput(`motivationWeek must be an ISO week such as "2026-W48" in ${FIRST_YEAR}–${LAST_YEAR}`, { field: 'motivationWeek', reason: 'invalid_format' });
  let geometry: Geometry;
  try {
    geometry = validateGeometry(input.geometry, { allowedTypes: ['Point', 'Polygon'] });
  } catch (error) {
    if (error instanceof GeometryError) throw badUserInput(`Invalid geometry: ${error.message}`, { field: 'geometry', reason: 'invalid_geometry' });
    throw error;
  }
  await assertTopologicallyValid(tx, geometry);
  const districtId = await districtOf(tx, geometry);
  if (!districtId) throw badUserInput('The place lies outside every district of the municipality', { field: 'geometry', reason: 'outside_area' });
  if (!scope.all && !scope.districtIds.includes(districtId)) throw forbidden(`${identity.name} may not plan presence in the district "${districtId}".`);
  return { actorKind: input.actorKind, organisation, geometry, districtId, motivationWeek: week, note };
}

/** A stored shift, or a rule's occurrence ("rule:<id>:<day>") as it would be expanded. */
async function shiftById(db: Queryable, scope: RowScope, id: string): Promise<PresenceShiftRow> {
  const occurrence = /^rule:([0-9a-f-]{36}):(\d{4}-\d{2}-\d{2})$/.exec(id);
  const shift = occurrence ? await ruleOccurrence(db, scope, occurrence[1]!, parseCalendarDate(occurrence[2])) : await findShift(db, uuidArg(id)!);
  if (!shift) throw notFound(`There is no shift ${id}`);
  return shift;
}

async function ruleOccurrence(db: Queryable, scope: RowScope, ruleId: string, day: string): Promise<PresenceShiftRow | null> {
  const rule = await findRule(db, ruleId);
  if (!rule) return null;
  // An occurrence starts on its day, so it overlaps that day and the next.
  const w = { from: swedishMidnight(day), to: swedishMidnight(addDays(day, 2)) };
  return (await presenceIn(db, scope, [rule.districtId], w)).find((s) => s.id === `rule:${ruleId}:${day}`) ?? null;
}

const mayWrite = (scope: RowScope, districtId: string) => scope.all || scope.districtIds.includes(districtId);

builder.mutationFields((t) => ({
  planPresence: t.field({
    type: PresenceShift,
    authScopes: WRITE,
    args: { input: t.arg({ type: PresenceInput, required: true }) },
    resolve: (_root, { input }, { db, identity, now, presenceWriteScope }) => {
      const { startsAt, endsAt } = input;
      if (endsAt <= startsAt) throw badUserInput('endsAt must be after startsAt', { field: 'endsAt', reason: 'too_early' });
      if (clockHoursBetween(startsAt, endsAt) > MAX_SHIFT_CLOCK_HOURS) {
        throw badUserInput(`a shift may be at most ${MAX_SHIFT_CLOCK_HOURS} hours on the clock; plan longer presence as a recurring plan`, { field: 'endsAt', reason: 'too_long', max: MAX_SHIFT_CLOCK_HOURS });
      }
      if (Math.abs(startsAt.getTime() - now.getTime()) > 2 * 366 * 86_400_000) throw badUserInput('startsAt must be within two years of today', { field: 'startsAt', reason: 'out_of_range' });
      const state = input.state ?? 'planned';
      if (state === 'realised' && startsAt.getTime() > now.getTime()) throw badUserInput('a shift that has not begun cannot be realised', { field: 'state', reason: 'in_future' });
      return db.transaction(async (tx) => insertShift(tx, identity!, { ...(await place(tx, identity!, presenceWriteScope, input)), startsAt, endsAt, state }));
    },
  }),
  planRecurringPresence: t.field({
    type: PresenceRule,
    authScopes: WRITE,
    args: { input: t.arg({ type: PresenceRuleInput, required: true }) },
    resolve: (_root, { input }, { db, identity, presenceWriteScope }) => {
      const rule = { weekdays: input.weekdays, startTime: input.startTime, endTime: input.endTime, firstDate: input.firstDate, lastDate: input.lastDate };
      const problems = ruleProblems(rule);
      if (problems.length > 0) throw badUserInput(`The recurring plan is not valid: ${problems.join('; ')}`, { field: 'rule', reason: 'invalid_format', problems });
      return db.transaction(async (tx) => insertRule(tx, identity!, { ...(await place(tx, identity!, presenceWriteScope, input)), ...rule }));
    },
  }),
  recordPresenceRealised: t.field({
    type: PresenceShift,
    authScopes: WRITE,
    description: 'Records that a planned shift (or an occurrence of a recurring plan) took place.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { db, identity, now, presenceWriteScope }) =>
      db.transaction(async (tx) => {
        const shift = await shiftById(tx, { all: true, districtIds: [], ownerId: null }, id);
        if (!mayWrite(presenceWriteScope, shift.districtId)) throw forbidden(`${identity!.name} may not change presence in the district "${shift.districtId}".`);
        if (shift.startsAt.getTime() > now.getTime()) throw badUserInput('a shift that has not begun cannot be realised', { field: 'id', reason: 'in_future' });
        if (shift.state === 'realised') return shift;
        return shift.id.startsWith('rule:') ? insertShift(tx, identity!, { ...shift, state: 'realised' }) : markRealised(tx, identity!, shift);
      }),
  }),
  cancelPresence: t.field({
    type: 'Boolean',
    authScopes: WRITE,
    description: 'Cancels a shift (or one occurrence of a recurring plan); the history keeps it with the reason.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, { db, identity, presenceWriteScope }) =>
      db.transaction(async (tx) => {
        const why = checkedReason(reason);
        const shift = await shiftById(tx, { all: true, districtIds: [], ownerId: null }, id);
        if (!mayWrite(presenceWriteScope, shift.districtId)) throw forbidden(`${identity!.name} may not change presence in the district "${shift.districtId}".`);
        await cancelShift(tx, identity!, shift, why);
        return true;
      }),
  }),
  cancelPresenceRule: t.field({
    type: 'Boolean',
    authScopes: WRITE,
    description: 'Ends a recurring plan: no more occurrences are expanded; realised ones stay.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, { db, identity, presenceWriteScope }) =>
      db.transaction(async (tx) => {
        const why = checkedReason(reason);
        const rule = await findRule(tx, uuidArg(id)!);
        if (!rule) throw notFound(`There is no recurring plan ${id}`);
        if (!mayWrite(presenceWriteScope, rule.districtId)) throw forbidden(`${identity!.name} may not change presence in the district "${rule.districtId}".`);
        await cancelRule(tx, identity!, rule, why);
        return true;
      }),
  }),
}));

function checkedReason(reason: string): string {
  const why = reason.trim();
  checkLength('reason', why, TEXT.changeReason);
  assertNoPersonalData({ reason: why });
  return why;
}

