/**
 * `npm run import -- survey FILE [--source TEXT] [--json]`: safety survey results from CSV
 * (data/surveys/README.md) into the plan database. Every bad row is reported with its line and then
 * nothing is written.
 */
import { swedishDay } from '@tk/time';
import { runImportCommand } from '@tk/gis/import/command';
import { withServiceDatabase } from '@tk/gis/service';
import { basename } from 'node:path';
import { planService } from '../index.js';
import { importSurveyCsv } from '../survey-csv.js';

await runImportCommand({
  kind: 'survey',
  usage: 'npm run import -- survey FILE [--source TEXT] [--json]',
  options: { source: { type: 'string' } },
  run: ({ text, encoding, notes, file, options, config }) =>
    withServiceDatabase(config, planService, (db) => importSurveyCsv(db, text, {
      thisYear: Number(swedishDay(config.clock.now()).slice(0, 4)),
      source: typeof options.source === 'string' ? options.source : basename(file),
      encoding,
      notes,
    })),
});
