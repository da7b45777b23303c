/** `npm run import -- est-csv FILE [--json]`: the EST group's reports from CSV (columns in the README). */
import { runImportCommand } from '@tk/gis/import/command';
import { withServiceDatabase } from '@tk/gis/service';
import { incidentsService } from '../index.js';
import { importEstCsv } from '../import/est-csv.js';

await runImportCommand({
  kind: 'est-csv',
  usage: 'npm run import -- est-csv FILE [--json]',
  run: ({ text, encoding, notes, config }) =>
    withServiceDatabase(config, incidentsService, (db) => importEstCsv(db, text, config.clock.now(), { encoding, notes })),
});
