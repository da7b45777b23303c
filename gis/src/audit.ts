import type { Identity } from '@tk/access';
import type { Queryable } from './db/types.js';

/** Who acted: the signed-in user, or the system itself (demo data, migrations). */
export type Actor = Identity | 'system';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditRecord {
  id: string;
  at: Date;
  actor: string;
  actorName: string;
  actorRoles: string[];
}

/**
 * Each service keeps its own audit log (`<schema>.audit_log`), written in the same transaction as
 * the change it records. `schema` is the service's own constant, never user input.
 */
export function auditLog(schema: 'measures' | 'incidents' | 'venues' | 'plan') {
  const table = `${schema}.audit_log`;
  return {
    async record(tx: Queryable, actor: Actor, r: AuditRecord): Promise<void> {
      const who = actor === 'system' ? { subject: 'system', name: 'System', roles: [] as string[] } : actor;
      await tx.query(
        `INSERT INTO ${table} (actor, actor_name, actor_roles, action, entity, entity_id, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
        [who.subject, who.name, who.roles, r.action, r.entity, r.entityId, JSON.stringify(r.before ?? null), JSON.stringify(r.after ?? null)],
      );
    },
    list(db: Queryable, f: { entity?: string | null; entityId?: string | null; limit: number }): Promise<AuditEntry[]> {
      return db.query<AuditEntry>(
        `SELECT id::text, at, actor, actor_name AS "actorName", actor_roles AS "actorRoles", action, entity,
                entity_id AS "entityId", before, after
           FROM ${table}
          WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2)
          ORDER BY at DESC, id DESC LIMIT $3`,
        [f.entity ?? null, f.entityId ?? null, f.limit],
      );
    },
  };
}
