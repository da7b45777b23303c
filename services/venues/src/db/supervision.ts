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
