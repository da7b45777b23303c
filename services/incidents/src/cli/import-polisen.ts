/**
 * `npm run import -- polisen FILE [--json]`: the Police's open events (the /api/events format) into
 * the incidents database (INCIDENTS_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR).
 * An invalid event is skipped and named with its line; the rest is imported (exit code 3 then).
 */
import { createPgDb, createPgliteDb, loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { runImportCommand } from '@tk/gis/import/command';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { incidentsService } from '../index.js';
import { importPolisenFile } from '../import/polisen-file.js';

await runImportCommand({
  kind: 'polisen',
  usage: 'npm run import -- polisen FILE [--json]',
  async run({ text, encoding, notes, config }) {
    const db: Db = config.databaseUrls.incidents ? createPgDb(config.databaseUrls.incidents, { max: 2 }) : await createPgliteDb(config.dataDir);
    try {
      await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
      await loadDemoDistrictsIfEmpty(db);
      return await importPolisenFile(db, text, { encoding, notes });
    } finally {
      await db.close();
    }
  },
});
