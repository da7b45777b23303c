import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/types.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_PATTERN = /^(\d{3,})_([\w-]+)\.sql$/;

/** Reads `NNN_name.sql` files in version order; other files are ignored, duplicates refused. */
export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2]!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1]!.version === m.version) {
      throw new MigrationError(`${dir}: two migrations share version ${m.version}`);
    }
  });
  return migrations;
}

const LEDGER = `
  CREATE TABLE IF NOT EXISTS public.schema_migrations (
    scope      text        NOT NULL,
    version    integer     NOT NULL,
    name       text        NOT NULL,
    checksum   text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, version)
  )`;

export interface MigrationReport {
  scope: string;
  applied: string[];
}

/**
 * Applies the scope's pending migrations, each in its own transaction, and records each with its
 * checksum. An applied migration whose file has since changed is an error: write a new one instead.
 * An advisory lock makes concurrent starts of several services on one database safe.
 */
export async function migrate(db: Db, scope: string, migrations: Migration[]): Promise<MigrationReport> {
  await db.exec(LEDGER);
  const applied: string[] = [];
  for (const migration of migrations) {
    const label = `${scope}/${String(migration.version).padStart(3, '0')}_${migration.name}`;
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['schema_migrations']);
      const [row] = await tx.query<{ checksum: string }>(
        'SELECT checksum FROM public.schema_migrations WHERE scope = $1 AND version = $2',
        [scope, migration.version],
      );
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${label} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
              `in the database, ${migration.checksum.slice(0, 12)}… on disk). Restore the file and add a new migration.`,
          );
        }
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${label} failed: ${(error as Error).message}`);
      }
      await tx.query(
        'INSERT INTO public.schema_migrations (scope, version, name, checksum) VALUES ($1, $2, $3, $4)',
        [scope, migration.version, migration.name, migration.checksum],
      );
      return true;
    });
    if (done) applied.push(label);
  }
  return { scope, applied };
}
