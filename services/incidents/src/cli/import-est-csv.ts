/** `npm run import -- est-csv FILE [--json]`: the EST group's reports from CSV (columns in the README). */
import { createPgDb, createPgliteDb, loadDemoDistrictsIfEmpty, migrate, readMigrations, type Db } from '@tk/gis';
import { runImportCommand } from '@tk/gis/import/command';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { incidentsService } from '../index.js';
import { importEstCsv } from '../import/est-csv.js';

await runImportCommand({
  kind: 'est-csv',
  usage: 'npm run import -- est-csv FILE [--json]',
  async run({ text, encoding, notes, config }) {
    const db: Db = config.databaseUrls.incidents ? createPgDb(config.databaseUrls.incidents, { max: 2 }) : await createPgliteDb(config.dataDir);
    try {
      await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      await migrate(db, 'incidents', readMigrations(incidentsService.migrationsDir));
      await loadDemoDistrictsIfEmpty(db);
      return await importEstCsv(db, text, config.clock.now(), { encoding, notes });
    } finally {
      await db.close();
    }
  },
});
