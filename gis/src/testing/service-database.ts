import { afterAll, beforeAll } from 'vitest';
import { loadDemoDistrictsIfEmpty } from '../geo/districts.js';
import { migrate, readMigrations } from '../migrations.js';
import { GEO_MIGRATIONS_DIR } from '../service.js';
import type { Db } from '../db/types.js';
import { createTestDatabase } from './database.js';

/**
 * A fresh database for a service's test file, with the geo schema, the service's own schema and the
 * demo districts, opened before its tests and dropped after them. Read `db()` inside a test or hook.
 */
export function serviceTestDatabase(schema: string, migrationsDir: string): () => Db {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await database.open();
    await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
    await migrate(db, schema, readMigrations(migrationsDir));
    await loadDemoDistrictsIfEmpty(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });
  return () => db!;
}
