/**
 * `npm run import -- survey FILE [--source TEXT] [--json]`: safety survey results from CSV
 * (data/surveys/README.md) into the plan database. Every bad row is reported with its line and then
 * nothing is written.
 */
import { createPgDb, createPgliteDb, migrate, readMigrations, swedishDay, type Db } from '@tk/gis';
import { runImportCommand } from '@tk/gis/import/command';
import { GEO_MIGRATIONS_DIR } from '@tk/gis/service';
import { basename } from 'node:path';
import { planService } from '../index.js';
import { importSurveyCsv } from '../survey-csv.js';

await runImportCommand({
  kind: 'survey',
  usage: 'npm run import -- survey FILE [--source TEXT] [--json]',
  options: { source: { type: 'string' } },
  async run({ text, encoding, notes, file, options, config }) {
    const db: Db = config.databaseUrls.plan ? createPgDb(config.databaseUrls.plan, { max: 2 }) : await createPgliteDb(config.dataDir);
    try {
      await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      await migrate(db, 'plan', readMigrations(planService.migrationsDir));
      const thisYear = Number(swedishDay(config.clock.now()).slice(0, 4));
      const source = typeof options.source === 'string' ? options.source : basename(file);
      return await importSurveyCsv(db, text, { thisYear, source, encoding, notes });
    } finally {
      await db.close();
    }
  },
});
