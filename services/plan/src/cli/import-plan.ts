/**
 * `npm run import -- plan FILE [--json]`: an activity plan file (plans/*.json) into the plan database
 * (PLAN_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR). Importing the same file again
 * changes nothing; a changed file replaces that plan as a whole; a file with problems writes nothing.
 */
import { runImportCommand } from '@tk/gis/import/command';
import { withServiceDatabase } from '@tk/gis/service';
import { planService } from '../index.js';
import { importPlanFile } from '../plan-file/import-file.js';

await runImportCommand({
  kind: 'plan',
  usage: 'npm run import -- plan FILE [--json]',
  run: ({ text, encoding, notes, config }) => withServiceDatabase(config, planService, (db) => importPlanFile(db, text, { encoding, notes })),
});
