/**
 * `npm run import -- plan FILE [--json]`: an activity plan file (plans/*.json) into the plan database
 * (PLAN_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR). Importing the same file again
 * changes nothing; a changed file replaces that plan as a whole; a file with problems writes nothing.
 */
import { createPgDb, createPgliteDb, migrate, readMigrations, type Db } from '@tk/gis';
import { runImportCommand } from '@tk/gis/import/command';
import { planService } from '../index.js';
import { importPlanFile } from '../plan-file/import-file.js';

await runImportCommand({
  kind: 'plan',
  usage: 'npm run import -- plan FILE [--json]',
  async run({ text, encoding, notes, config }) {
    const db: Db = config.databaseUrls.plan ? createPgDb(config.databaseUrls.plan, { max: 2 }) : await createPgliteDb(config.dataDir);
    try {
      await migrate(db, 'plan', readMigrations(planService.migrationsDir));
      return await importPlanFile(db, text, { encoding, notes });
    } finally {
      await db.close();
    }
  },
});
