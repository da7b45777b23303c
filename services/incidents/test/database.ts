import type { Db } from '@tk/gis';
import { serviceTestDatabase } from '@tk/gis/testing/service-database';
import { incidentsService } from '../src/index.js';

/**
 * A fresh database for the test file with the incidents schema and the demo districts, opened
 * before its tests and dropped after them. Read `db()` inside a test or hook.
 */
export function incidentsDatabase(): () => Db {
  return serviceTestDatabase('incidents', incidentsService.migrationsDir);
}
