/**
 * The weekly situational picture through the gateway under load: `situation(week, districtId)` with
 * its figures (counts by category, the four weeks before, a year earlier, the week's hot cells), as
 * the EST group, 20 concurrent connections across the four priority districts. Figures, not a test.
 *
 *   DATABASE_URL=postgres://… npx tsx situation/run.ts [--connections 20] [--duration 10]
 */
import { readConfig } from '@tk/gis';
import { lastCompleteWeek } from '@tk/time';
import { startPlatform } from '@tk/gateway/platform';
import { createTestDatabase } from '@tk/gis/testing/database';
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { LoadJob, LoadMessage, LoadResult } from '../gateway/protocol.js';

const LOAD_SCRIPT = fileURLToPath(new URL('../gateway/load.ts', import.meta.url));
const QUERY = `query($w: IsoWeek!, $d: ID!) { situation(week: $w, districtId: $d) { week districtId version status
  figures { total previousFourWeeksAverage sameWeekLastYear byCategory { category count previousFourWeeksAverage sameWeekLastYear change } hotCells { key count z confidence } } } }`;

const { values } = parseArgs({ options: { connections: { type: 'string', default: '20' }, duration: { type: 'string', default: '10' } } });
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL/PostGIS server (the bench makes and drops its own database there).');
  process.exit(1);
}

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m: LoadMessage) => {
      if (m.type === 'result') resolve(m.result);
      if (m.type === 'failed') reject(new Error(m.message));
    });
    child.on('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(job);
  });
}

const database = await createTestDatabase();
const config = readConfig({
  ...process.env, DATABASE_URL: database.url!, AUTH_ISSUER: '', DEMO_DATA: 'true',
  PORT: '0', PLAN_PORT: '0', INCIDENTS_PORT: '0', VENUES_PORT: '0', MEASURES_PORT: '0',
  RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000',
});
const platform = await startPlatform(config, { inMemory: true });
try {
  const { token } = await platform.auth.demo!.issue('est');
  const week = lastCompleteWeek(new Date()).label;
  const bodies = ['berga', 'city', 'ryd', 'skaggetorp'].map((d) => JSON.stringify({ query: QUERY, variables: { w: week, d } }));
  const headers = { authorization: `Bearer ${token}` };
  const expectedBodies: string[] = [];
  const expectedData = [];
  for (const body of bodies) {
    const res = await fetch(platform.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    const parsed = JSON.parse(text);
    if (parsed.errors) throw new Error(`the reference answer has errors: ${text.slice(0, 300)}`);
    expectedBodies.push(text);
    expectedData.push(parsed.data);
  }
  const result = await runLoad({
    url: platform.graphqlUrl, headers, bodies, connections: Number(values.connections), durationSeconds: Number(values.duration),
    warmupSeconds: 2, expectedBodies, expectedData,
  });
  console.log(`situation(week: ${week}) through the gateway as EST, ${values.connections} connections, ${values.duration} s, 4 priority districts`);
  console.log(`requests/s ${result.rps.toFixed(0)}, p50 ${result.latencyMs.p50.toFixed(1)} ms, p95 ${result.latencyMs.p95.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, errors ${result.errors}`);
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; servers share one Node process, the load generator runs in a child process`);
} finally {
  await platform.close();
  await database.drop();
}
