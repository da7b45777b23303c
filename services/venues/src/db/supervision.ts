import { auditLog, type Actor, type Queryable } from '@tk/gis';
import type { Course, Decision, InspectionKind, Inspector, LicenceKind, Network } from '../kinds.js';

export const audit = auditLog('venues');

/** Every supervision row belongs to one venue: lists are read for many venues at once. */
interface OfVenue {
  venueId: string;
}

export interface LicenceRow extends OfVenue {
  id: string;
  kind: LicenceKind;
  /** Latest serving time, "HH:MM" Swedish time, on ordinary nights and on Friday and Saturday nights. */
  servesUntil: string;
  servesUntilWeekend: string;
  validFrom: string;
  validTo: string | null;
}

export interface InspectionRow extends OfVenue {
  id: string;
  inspectedOn: string;
  kind: InspectionKind;
  inspectedBy: Inspector;
  findings: string;
  decision: Decision;
  createdAt: Date;
}

export interface MembershipRow extends OfVenue {
  id: string;
  network: Network;
  joinedOn: string;
  leftOn: string | null;
}

export interface TrainingRow extends OfVenue {
  id: string;
  heldOn: string;
  course: Course;
  participants: number;
}

const day = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;

const INSPECTION_COLUMNS = `id::text, venue_id::text AS "venueId", ${day('inspected_on', 'inspectedOn')}, kind, inspected_by AS "inspectedBy",
  findings, decision, created_at AS "createdAt"`;

/** The SELECT of each list, newest first; `$1` is the venues' ids. */
const LISTS = {
  licences: `SELECT id::text, venue_id::text AS "venueId", kind, to_char(serves_until, 'HH24:MI') AS "servesUntil",
      to_char(serves_until_weekend, 'HH24:MI') AS "servesUntilWeekend", ${day('valid_from', 'validFrom')}, ${day('valid_to', 'validTo')}
    FROM venues.licence WHERE deleted_at IS NULL AND venue_id = ANY($1::uuid[]) ORDER BY valid_from DESC, id`,
  inspections: `SELECT ${INSPECTION_COLUMNS}
    FROM venues.inspection WHERE deleted_at IS NULL AND venue_id = ANY($1::uuid[]) ORDER BY inspected_on DESC, created_at DESC`,
  memberships: `SELECT id::text, venue_id::text AS "venueId", network, ${day('joined_on', 'joinedOn')}, ${day('left_on', 'leftOn')}
    FROM venues.network_membership WHERE deleted_at IS NULL AND venue_id = ANY($1::uuid[]) ORDER BY joined_on DESC, id`,
  trainings: `SELECT id::text, venue_id::text AS "venueId", ${day('held_on', 'heldOn')}, course, participants
    FROM venues.training_session WHERE deleted_at IS NULL AND venue_id = ANY($1::uuid[]) ORDER BY held_on DESC, id`,
} as const;

export interface SupervisionRows {
  licences: LicenceRow;
  inspections: InspectionRow;
  memberships: MembershipRow;
  trainings: TrainingRow;
}

export function listOf<K extends keyof SupervisionRows>(db: Queryable, list: K, venueIds: readonly string[]): Promise<SupervisionRows[K][]> {
  return db.query<SupervisionRows[K]>(LISTS[list], [venueIds]);
}

export type NewInspection = Omit<InspectionRow, 'id' | 'createdAt'>;

/** Records an inspection; the audit log keeps who did it. */
export async function insertInspection(db: Queryable, actor: Actor, i: NewInspection, synthetic = false): Promise<InspectionRow> {
  const [{ id }] = (await db.query<{ id: string }>(
    `INSERT INTO venues.inspection (venue_id, inspected_on, kind, inspected_by, findings, decision, synthetic, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text`,
    [i.venueId, i.inspectedOn, i.kind, i.inspectedBy, i.findings, i.decision, synthetic, actor === 'system' ? 'system' : actor.subject],
  )) as [{ id: string }];
  const [row] = (await db.query<InspectionRow>(`SELECT ${INSPECTION_COLUMNS} FROM venues.inspection WHERE id = $1::uuid`, [id])) as [InspectionRow];
  await audit.record(db, actor, { action: 'create', entity: 'Inspection', entityId: id, before: null, after: row });
  return row;
}

const by = (actor: Actor) => (actor === 'system' ? 'system' : actor.subject);

/** Grants a licence (a new row; the one in force on a day is the newest valid then). */
export async function insertLicence(db: Queryable, actor: Actor, l: Omit<LicenceRow, 'id'>): Promise<LicenceRow> {
  const [row] = (await db.query<LicenceRow>(
    `INSERT INTO venues.licence (venue_id, kind, serves_until, serves_until_weekend, valid_from, valid_to, created_by)
     VALUES ($1, $2, $3::time, $4::time, $5, $6, $7)
     RETURNING id::text, venue_id::text AS "venueId", kind, to_char(serves_until, 'HH24:MI') AS "servesUntil",
       to_char(serves_until_weekend, 'HH24:MI') AS "servesUntilWeekend", ${day('valid_from', 'validFrom')}, ${day('valid_to', 'validTo')}`,
    [l.venueId, l.kind, l.servesUntil, l.servesUntilWeekend, l.validFrom, l.validTo, by(actor)],
  )) as [LicenceRow];
  await audit.record(db, actor, { action: 'create', entity: 'Licence', entityId: row.id, before: null, after: row });
  return row;
}

/** The venue's open membership of a network, if any. */
export async function openMembership(db: Queryable, venueId: string, network: Network): Promise<MembershipRow | null> {
  const [row] = await db.query<MembershipRow>(
    `SELECT id::text, venue_id::text AS "venueId", network, ${day('joined_on', 'joinedOn')}, ${day('left_on', 'leftOn')}
       FROM venues.network_membership WHERE venue_id = $1 AND network = $2 AND left_on IS NULL AND deleted_at IS NULL`,
    [venueId, network],
  );
  return row ?? null;
}

export async function insertMembership(db: Queryable, actor: Actor, m: Omit<MembershipRow, 'id' | 'leftOn'>): Promise<MembershipRow> {
  const [{ id }] = (await db.query<{ id: string }>(
    `INSERT INTO venues.network_membership (venue_id, network, joined_on, created_by) VALUES ($1, $2, $3, $4) RETURNING id::text`,
    [m.venueId, m.network, m.joinedOn, by(actor)],
  )) as [{ id: string }];
  const after = { ...m, id, leftOn: null };
  await audit.record(db, actor, { action: 'create', entity: 'NetworkMembership', entityId: id, before: null, after });
  return after;
}

export async function endMembership(db: Queryable, actor: Actor, before: MembershipRow, leftOn: string): Promise<MembershipRow> {
  await db.query(`UPDATE venues.network_membership SET left_on = $2 WHERE id = $1::uuid`, [before.id, leftOn]);
  const after = { ...before, leftOn };
  await audit.record(db, actor, { action: 'update', entity: 'NetworkMembership', entityId: before.id, before, after });
  return after;
}

export async function insertTraining(db: Queryable, actor: Actor, t: Omit<TrainingRow, 'id'>): Promise<TrainingRow> {
  const [{ id }] = (await db.query<{ id: string }>(
    `INSERT INTO venues.training_session (venue_id, held_on, course, participants, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id::text`,
    [t.venueId, t.heldOn, t.course, t.participants, by(actor)],
  )) as [{ id: string }];
  const after = { ...t, id };
  await audit.record(db, actor, { action: 'create', entity: 'TrainingSession', entityId: id, before: null, after });
  return after;
}

/** Every change to a venue and to what belongs to it, oldest first. */
export function venueHistory(db: Queryable, venueId: string): Promise<{ at: Date; actorName: string; action: string; entity: string }[]> {
  return db.query(
    `SELECT at, actor_name AS "actorName", action, entity FROM venues.audit_log
      WHERE (entity = 'Venue' AND entity_id = $1) OR after->>'venueId' = $1
      ORDER BY at, id`,
    [venueId],
  );
}
