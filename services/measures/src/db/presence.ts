import type { Actor, Geometry, Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import type { IsoWeek } from '@tk/time';
import { MAX_SHIFT_MS, SHIFT_LOOK_BACK } from '../presence/limits.js';
import { expandRule } from '../presence/recurrence.js';
import { audit } from './measures.js';

export const ACTOR_KINDS = ['police', 'municipal_guard', 'security_guard', 'field_assistant', 'leisure_leader', 'safety_host', 'night_walker'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PresenceState = 'planned' | 'realised';

interface PresenceBase {
  actorKind: ActorKind;
  organisation: string;
  geometry: Geometry;
  districtId: string;
  motivationWeek: string | null;
  note: string;
}

export interface PresenceShiftRow extends PresenceBase {
  /** A stored shift's uuid, or "rule:<rule id>:<day>" for an occurrence expanded from a rule. */
  id: string;
  startsAt: Date;
  endsAt: Date;
  state: PresenceState;
  ruleId: string | null;
  occurrenceDate: string | null;
  synthetic: boolean;
}

export interface PresenceRuleRow extends PresenceBase {
  id: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  firstDate: string;
  lastDate: string;
  synthetic: boolean;
}

export interface Window {
  from: Date;
  to: Date;
}

/** Hours of one actor kind in one state: what the database sums for stored shifts, or one occurrence of a rule. */
export interface HoursPiece {
  actorKind: ActorKind;
  state: PresenceShiftRow['state'];
  hours: number;
}

/** An ISO week as the window its shifts are read in (167 or 169 hours across a clock change). */
export const weekWindow = (week: IsoWeek): Window => ({ from: week.start, to: week.end });

const BASE = `actor_kind AS "actorKind", organisation, ST_AsGeoJSON(geom, 6)::json AS geometry, district_id AS "districtId",
  motivation_week AS "motivationWeek", note, synthetic`;
const SHIFT_COLUMNS = `id::text, ${BASE}, starts_at AS "startsAt", ends_at AS "endsAt", state, rule_id::text AS "ruleId",
  to_char(occurrence_date, 'YYYY-MM-DD') AS "occurrenceDate"`;
const RULE_COLUMNS = `id::text, ${BASE}, weekdays::int[] AS weekdays, to_char(start_time, 'HH24:MI') AS "startTime",
  to_char(end_time, 'HH24:MI') AS "endTime", to_char(first_date, 'YYYY-MM-DD') AS "firstDate", to_char(last_date, 'YYYY-MM-DD') AS "lastDate"`;

/** Only presence within `distanceM` of a place (a hot-spot cell, say). */
export interface Near {
  geometry: Geometry;
  distanceM: number;
}

// Parameters are numbered the same in every query below: $1–$3 the scope, $4–$5 the window, $6–$7 the
// place. A query passes only those its SQL uses: PostgreSQL cannot type a parameter it never sees.

// A caller sees all presence, or that of its own districts (an area group); districts may narrow it.
const IN_SCOPE = `($1::boolean OR district_id = ANY($2::text[])) AND ($3::text[] IS NULL OR district_id = ANY($3))`;
const scopeParams = (scope: RowScope, districtIds: readonly string[] | null) => [scope.all, scope.districtIds, districtIds];
// Only presence near a place, when one is given.
const NEAR = `($6::text IS NULL OR (geom && ST_Transform(ST_Expand(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), 3006), $7::float8 + 1), 4326)
  AND ST_DWithin(ST_Transform(geom, 3006), ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), 3006), $7::float8)))`;
const nearParams = (near: Near | null) => [near ? JSON.stringify(near.geometry) : null, near?.distanceM ?? 0];

/** Shifts stored one by one (and realised occurrences of rules) that overlap the window. */
function storedShifts(db: Queryable, scope: RowScope, districtIds: readonly string[] | null, w: Window, near: Near | null): Promise<PresenceShiftRow[]> {
  return db.query<PresenceShiftRow>(
    // A shift lasts at most MAX_SHIFT_HOURS: the bound on starts_at lets the index do the work.
    `SELECT ${SHIFT_COLUMNS} FROM measures.presence_shift
      WHERE deleted_at IS NULL AND ${IN_SCOPE} AND ${NEAR}
        AND starts_at >= $4::timestamptz - ${SHIFT_LOOK_BACK} AND starts_at < $5 AND ends_at > $4`,
    [...scopeParams(scope, districtIds), w.from, w.to, ...nearParams(near)],
  );
}

/**
 * Rules with a day in the window (a day either side: a night shift crosses midnight and the zone's
 * offset), each with the days of its occurrences stored as shifts of their own (realised, moved or
 * cancelled), in one round trip.
 */
function rulesIn(db: Queryable, scope: RowScope, districtIds: readonly string[] | null, w: Window, near: Near | null): Promise<(PresenceRuleRow & { taken: string[] })[]> {
  return db.query(
    `SELECT ${RULE_COLUMNS},
            ARRAY(SELECT to_char(s.occurrence_date, 'YYYY-MM-DD') FROM measures.presence_shift s WHERE s.rule_id = presence_rule.id) AS taken
       FROM measures.presence_rule
      WHERE deleted_at IS NULL AND ${IN_SCOPE} AND ${NEAR}
        AND first_date <= ($5::timestamptz AT TIME ZONE 'Europe/Stockholm')::date + 1
        AND last_date >= ($4::timestamptz AT TIME ZONE 'Europe/Stockholm')::date - 1
      ORDER BY id`,
    [...scopeParams(scope, districtIds), w.from, w.to, ...nearParams(near)],
  );
}

export function occurrencesOf(rule: PresenceRuleRow, w: Window, stored: Set<string>): PresenceShiftRow[] {
  const { id: ruleId, weekdays, startTime, endTime, firstDate, lastDate, ...base } = rule;
  return expandRule({ weekdays, startTime, endTime, firstDate, lastDate }, { from: new Date(w.from.getTime() - MAX_SHIFT_MS), to: w.to })
    .filter((o) => o.endsAt > w.from && !stored.has(`${ruleId}:${o.date}`))
    .map((o) => ({ ...base, id: `rule:${ruleId}:${o.date}`, startsAt: o.startsAt, endsAt: o.endsAt, state: 'planned', ruleId, occurrenceDate: o.date }));
}

/** The occurrences of recurring plans that overlap the window and are not stored as shifts of their own. */
export async function ruleOccurrencesIn(
  db: Queryable,
  scope: RowScope,
  districtIds: readonly string[] | null,
  w: Window,
  near: Near | null = null,
): Promise<PresenceShiftRow[]> {
  const rules = await rulesIn(db, scope, districtIds, w, near);
  return rules.flatMap(({ taken, ...rule }) => occurrencesOf(rule, w, new Set(taken.map((day) => `${rule.id}:${day}`))));
}

/** Every shift that overlaps the window: stored ones and the rules' occurrences, by start. */
export async function presenceIn(
  db: Queryable,
  scope: RowScope,
  districtIds: readonly string[] | null,
  w: Window,
  near: Near | null = null,
): Promise<PresenceShiftRow[]> {
  const [stored, occurrences] = await Promise.all([storedShifts(db, scope, districtIds, w, near), ruleOccurrencesIn(db, scope, districtIds, w, near)]);
  return [...stored, ...occurrences].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Hours of stored shifts inside the window per district, actor kind and state, summed by the
 * database (only the part of a shift inside the window counts).
 */
export function storedHoursIn(
  db: Queryable,
  scope: RowScope,
  districtIds: readonly string[],
  w: Window,
): Promise<(HoursPiece & { districtId: string })[]> {
  return db.query(
    `SELECT district_id AS "districtId", actor_kind AS "actorKind", state,
            sum(extract(epoch FROM least(ends_at, $5::timestamptz) - greatest(starts_at, $4::timestamptz)))::float8 / 3600 AS hours
       FROM measures.presence_shift
      WHERE deleted_at IS NULL AND ${IN_SCOPE}
        AND starts_at >= $4::timestamptz - ${SHIFT_LOOK_BACK} AND starts_at < $5 AND ends_at > $4
      GROUP BY 1, 2, 3`,
    [...scopeParams(scope, districtIds), w.from, w.to],
  );
}

export function listRules(db: Queryable, scope: RowScope, districtIds: readonly string[] | null): Promise<PresenceRuleRow[]> {
  return db.query<PresenceRuleRow>(
    `SELECT ${RULE_COLUMNS} FROM measures.presence_rule WHERE deleted_at IS NULL AND ${IN_SCOPE} ORDER BY first_date, id`,
    scopeParams(scope, districtIds),
  );
}

export async function findShift(db: Queryable, id: string): Promise<PresenceShiftRow | null> {
  const [row] = await db.query<PresenceShiftRow>(`SELECT ${SHIFT_COLUMNS} FROM measures.presence_shift WHERE id = $1::uuid AND deleted_at IS NULL`, [id]);
  return row ?? null;
}

export async function findRule(db: Queryable, id: string): Promise<PresenceRuleRow | null> {
  const [row] = await db.query<PresenceRuleRow>(`SELECT ${RULE_COLUMNS} FROM measures.presence_rule WHERE id = $1::uuid AND deleted_at IS NULL`, [id]);
  return row ?? null;
}

const who = (actor: Actor) => (actor === 'system' ? 'system' : actor.subject);

export type NewShift = PresenceBase & { startsAt: Date; endsAt: Date; state: PresenceState; ruleId?: string | null; occurrenceDate?: string | null; synthetic?: boolean };

export async function insertShift(db: Queryable, actor: Actor, s: NewShift): Promise<PresenceShiftRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO measures.presence_shift (actor_kind, organisation, geom, district_id, starts_at, ends_at, state, rule_id, occurrence_date,
                                         motivation_week, note, synthetic, created_by)
     VALUES ($1, $2, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id::text`,
    [s.actorKind, s.organisation, JSON.stringify(s.geometry), s.districtId, s.startsAt, s.endsAt, s.state, s.ruleId ?? null,
      s.occurrenceDate ?? null, s.motivationWeek, s.note, s.synthetic ?? false, who(actor)],
  );
  const created = (await findShift(db, row!.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'PresenceShift', entityId: created.id, before: null, after: created });
  return created;
}

export type NewRule = PresenceBase & Omit<PresenceRuleRow, keyof PresenceBase | 'id' | 'synthetic'> & { synthetic?: boolean };

export async function insertRule(db: Queryable, actor: Actor, r: NewRule): Promise<PresenceRuleRow> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO measures.presence_rule (actor_kind, organisation, geom, district_id, weekdays, start_time, end_time, first_date, last_date,
                                        motivation_week, note, synthetic, created_by)
     VALUES ($1, $2, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), $4, $5::smallint[], $6::time, $7::time, $8::date, $9::date, $10, $11, $12, $13)
     RETURNING id::text`,
    [r.actorKind, r.organisation, JSON.stringify(r.geometry), r.districtId, r.weekdays, r.startTime, r.endTime, r.firstDate, r.lastDate,
      r.motivationWeek, r.note, r.synthetic ?? false, who(actor)],
  );
  const created = (await findRule(db, row!.id))!;
  await audit.record(db, actor, { action: 'create', entity: 'PresenceRule', entityId: created.id, before: null, after: created });
  return created;
}

export async function markRealised(db: Queryable, actor: Actor, before: PresenceShiftRow): Promise<PresenceShiftRow> {
  await db.query(`UPDATE measures.presence_shift SET state = 'realised', updated_at = now() WHERE id = $1::uuid`, [before.id]);
  const after = (await findShift(db, before.id))!;
  await audit.record(db, actor, { action: 'realised', entity: 'PresenceShift', entityId: before.id, before, after });
  return after;
}

/** Soft delete with the reason in the audit log; a cancelled occurrence of a rule stays stored so it is not expanded again. */
export async function cancelShift(db: Queryable, actor: Actor, shift: PresenceShiftRow, reason: string): Promise<void> {
  const id = shift.ruleId && shift.id.startsWith('rule:')
    ? (await insertShift(db, actor, { ...shift, state: 'planned' })).id
    : shift.id;
  await db.query(`UPDATE measures.presence_shift SET deleted_at = now(), updated_at = now() WHERE id = $1::uuid`, [id]);
  await audit.record(db, actor, { action: 'cancel', entity: 'PresenceShift', entityId: id, before: shift, after: { cancelled: true, reason } });
}

export async function cancelRule(db: Queryable, actor: Actor, rule: PresenceRuleRow, reason: string): Promise<void> {
  await db.query(`UPDATE measures.presence_rule SET deleted_at = now(), updated_at = now() WHERE id = $1::uuid`, [rule.id]);
  await audit.record(db, actor, { action: 'cancel', entity: 'PresenceRule', entityId: rule.id, before: rule, after: { cancelled: true, reason } });
}
