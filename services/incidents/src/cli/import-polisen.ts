/**
 * `npm run import -- polisen FILE [--json]`: the Police's open events (the /api/events format) into
 * the incidents database (INCIDENTS_DATABASE_URL / DATABASE_URL, or the embedded one in DATA_DIR).
 * Every invalid event is named with its line, and then nothing is written (exit code 2).
 */
import { runImportCommand } from '@tk/gis/import/command';
import { withServiceDatabase } from '@tk/gis/service';
import { incidentsService } from '../index.js';
import { importPolisenFile } from '../import/polisen-file.js';

await runImportCommand({
  kind: 'polisen',
  usage: 'npm run import -- polisen FILE [--json]',
  run: ({ text, encoding, notes, config }) => withServiceDatabase(config, incidentsService, (db) => importPolisenFile(db, text, { encoding, notes })),
});
