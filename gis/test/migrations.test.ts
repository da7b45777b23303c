import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.js';
import { migrate, MigrationError, readMigrations } from '../src/migrations.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tk-migrations-'));
  Object.entries(files).forEach(([name, sql]) => writeFileSync(join(dir, name), sql));
  return dir;
}

describe('migrations runner', () => {
  it('applies numbered files in order, records checksums and skips them the second time', async () => {
    const dir = migrationsDir({
      '002_add_column.sql': 'ALTER TABLE t_order.thing ADD COLUMN label text;',
      '001_create.sql': 'CREATE SCHEMA t_order; CREATE TABLE t_order.thing (id int primary key);',
      'notes.txt': 'ignored',
    });
    const first = await migrate(db, 't_order', readMigrations(dir));
    expect(first.applied).toEqual(['t_order/001_create', 't_order/002_add_column']);
    const second = await migrate(db, 't_order', readMigrations(dir));
    expect(second.applied).toEqual([]);
    const rows = await db.query<{ version: number; checksum: string }>(
      `SELECT version, checksum FROM public.schema_migrations WHERE scope = 't_order' ORDER BY version`,
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an applied migration whose file was edited', async () => {
    const dir = migrationsDir({ '001_create.sql': 'CREATE SCHEMA t_edit;' });
    await migrate(db, 't_edit', readMigrations(dir));
    writeFileSync(join(dir, '001_create.sql'), 'CREATE SCHEMA t_edit; -- edited');
    await expect(migrate(db, 't_edit', readMigrations(dir))).rejects.toThrow(/t_edit\/001_create was changed after it was applied/);
  });

  it('rolls a failing migration back whole and records nothing for it', async () => {
    const dir = migrationsDir({
      '001_ok.sql': 'CREATE SCHEMA t_fail;',
      '002_broken.sql': 'CREATE TABLE t_fail.half (id int); SELECT no_such_function();',
    });
    await expect(migrate(db, 't_fail', readMigrations(dir))).rejects.toBeInstanceOf(MigrationError);
    const [table] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 't_fail' AND table_name = 'half'`,
    );
    expect(table!.n).toBe(0);
    const versions = await db.query<{ version: number }>(`SELECT version FROM public.schema_migrations WHERE scope = 't_fail'`);
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('refuses two files with the same version', () => {
    const dir = migrationsDir({ '001_a.sql': 'SELECT 1;', '001_b.sql': 'SELECT 2;' });
    expect(() => readMigrations(dir)).toThrow(/two migrations share version 1/);
  });
});
