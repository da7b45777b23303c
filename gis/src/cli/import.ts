/**
 * `npm run import -- districts FILE [--srid 3006|4326] [--json]`
 * `npm run import -- organisations FILE [--json]` (JSON: { "organisations": [{ id, name, kind }] })
 * `npm run import -- properties FILE [--json]` (GeoJSON polygons with properties id, name, owner_id)
 * Loads reference geography into every service database (DATABASE_URL / <SERVICE>_DATABASE_URL, or
 * the embedded database in DATA_DIR). A file with a problem writes nothing (geo/reference-file.ts).
 */
import { SERVICES, type PlatformConfig } from '../config.js';
import { createPgDb } from '../db/pg.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Srid } from '../geo/districts.js';
import { importGeoFile, type GeoFileKind, type LabelledDb } from '../geo/reference-file.js';
import { runImportCommand, UsageError } from '../import/command.js';
import { migrate, readMigrations } from '../migrations.js';
import { GEO_MIGRATIONS_DIR } from '../service.js';

async function databases(config: PlatformConfig): Promise<LabelledDb[]> {
  if (config.mode === 'embedded') return [{ label: `embedded (${config.dataDir})`, db: await createPgliteDb(config.dataDir) }];
  const urls = [...new Set(SERVICES.map((s) => config.databaseUrls[s]!))];
  return urls.map((url) => ({ label: url.replace(/\/\/[^@]*@/, '//'), db: createPgDb(url, { max: 2 }) }));
}

const kind = process.argv[2] as GeoFileKind;
await runImportCommand({
  kind,
  usage: kind === 'districts' ? 'npm run import -- districts FILE [--srid 3006|4326] [--json]' : `npm run import -- ${kind} FILE [--json]`,
  options: kind === 'districts' ? { srid: { type: 'string' } } : {},
  async run({ text, encoding, notes, file, options, config }) {
    const srid = options.srid;
    if (srid !== undefined && srid !== '3006' && srid !== '4326') throw new UsageError('--srid must be 3006 or 4326');
    const dbs = await databases(config);
    try {
      for (const { db } of dbs) await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
      return await importGeoFile(kind, dbs, text, { encoding, notes, source: `import:${file.split('/').pop()}`, srid: srid ? (Number(srid) as Srid) : undefined });
    } finally {
      await Promise.all(dbs.map(({ db }) => db.close()));
    }
  },
});
