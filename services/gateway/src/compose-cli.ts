import { readFileSync, writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, composeSupergraph, CompositionError, SUPERGRAPH_FILE } from './compose.js';

// `compose` writes the files; `compose --check` only says whether the committed ones are current.
const check = process.argv.includes('--check');
try {
  const { supergraphSdl, publicSdl } = composeSupergraph();
  const files = [[SUPERGRAPH_FILE, supergraphSdl], [API_SCHEMA_FILE, publicSdl]] as const;
  const read = (file: string) => { try { return readFileSync(file, 'utf8'); } catch { return ''; } };
  const stale = files.filter(([file, sdl]) => read(file) !== sdl);
  if (check) {
    if (stale.length > 0) {
      console.error(`Stale: ${stale.map(([f]) => f).join(', ')}. Run \`npm run compose\` and commit the result.`);
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    files.forEach(([file, sdl]) => writeFileSync(file, sdl));
    console.log(stale.length > 0 ? `wrote ${stale.map(([f]) => f).join(', ')}` : 'supergraph unchanged');
  }
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
