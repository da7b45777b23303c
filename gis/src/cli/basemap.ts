/**
 * `npm run basemap -- EXTRACT.osm.pbf [OUT.pmtiles] [--max-zoom 15]`
 * Builds the offline basemap from an OpenStreetMap extract (GDAL's ogr2ogr reads it: Debian's
 * `gdal-bin`). OUT defaults to `basemap.pmtiles` in DATA_DIR, which `BASEMAP_PMTILES=basemap.pmtiles`
 * then serves.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBasemap } from '../basemap/build.js';

const USAGE = 'Usage: npm run basemap -- EXTRACT.osm.pbf [OUT.pmtiles] [--max-zoom 15] [--ogr2ogr PATH]';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { 'max-zoom': { type: 'string', default: '15' }, ogr2ogr: { type: 'string', default: 'ogr2ogr' } },
  });
  const [extract, outArg] = positionals;
  const maxZoom = Number(values['max-zoom']);
  if (!extract || positionals.length > 2 || !Number.isInteger(maxZoom) || maxZoom < 10 || maxZoom > 16) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(outArg ?? resolve(process.env.DATA_DIR ?? '.data', 'basemap.pmtiles'));
  await mkdir(dirname(out), { recursive: true });
  const report = await buildBasemap(resolve(extract), out, { minZoom: 0, maxZoom, ogr2ogr: values.ogr2ogr });
  console.log(JSON.stringify({ out, ...report }));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'ENOENT' ? `ogr2ogr or the extract was not found (${(error as Error).message}); install Debian's gdal-bin` : (error as Error).message);
  process.exitCode = 1;
}
