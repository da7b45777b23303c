import { ConfigError, DataDirectoryLockedError, readConfig } from '@tk/gis';
import { startPlatform } from './platform.js';

const startedAt = Date.now(); // real time: how long the start took
try {
  const config = readConfig();
  const where = config.mode === 'embedded' ? `embedded PostGIS in ${config.dataDir}` : 'PostgreSQL/PostGIS from DATABASE_URL';
  console.log(`Starting Trygghetskartan on ${where} …`);
  if (config.clock.pinned) console.log(`  The clock is pinned to ${config.clock.now().toISOString()} (NOW): "today" and the demo data follow it.`);
  const platform = await startPlatform(config);
  platform.notes.forEach((note) => console.log(`  ${note}`));
  const shown = platform.url.replace('127.0.0.1', 'localhost');
  // real time: how long the start took
  console.log(`\nTrygghetskartan is ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  console.log(`  Map:     ${shown}/`);
  console.log(`  GraphQL: ${shown}/graphql`);
  console.log('  Stop with Ctrl+C.');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping …`);
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirectoryLockedError) {
    console.error(`\n${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const { port } = error as NodeJS.ErrnoException & { port?: number };
    console.error(`\nPort ${port} is already in use (another Trygghetskartan?). Stop it, or choose other ports with PORT and PLAN_PORT … MEASURES_PORT.`);
  } else {
    const e = error as Error & { code?: string };
    // PGlite errors carry a whole minified bundle in their stack: message and code are what help.
    console.error(`\nCould not start: ${e.message}${e.code ? ` (${e.code})` : ''}`);
  }
  process.exit(1);
}
