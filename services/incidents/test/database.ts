import { loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { createTestDatabase } from '@tk/gis/testing/database';
import { afterAll, beforeAll } from 'vitest';
import { incidentsService } from '../src/index.js';

/**
 * A fresh database for the test file with the incidents schema and the demo districts, opened
 * before its tests and dropped after them. Read `db()` inside a test or hook.
 */
export function incidentsDatabase(): () => Db {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await database.open();
    await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
    await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
    await loadDemoDistrictsIfEmpty(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });
  return () => db!;
}
