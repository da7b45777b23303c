#!/usr/bin/env node
// `npm run test:calendar`: the calendar sweep. The suites whose answers depend on the date — hot
// spots, the weekly picture, presence and recurring plans, a measure's effect, rates per year,
// supervision months, follow-up years, the access table's weekly probes — run once for each instant
// below with the platform's clock pinned there (NOW). Like `npm test`, on the PostgreSQL server
// DATABASE_URL names, else on the embedded PostGIS. Other vitest arguments (a file, -t …) pass on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, ROOT } from './prepare.mjs';

export const SWEEP = [
  ['2026-11-23T00:30:00+01:00', 'Monday 00:30: a new week, still Sunday in UTC'],
  ['2026-03-29T03:30:00+02:00', 'spring forward: the night the clock skips 02:00–03:00'],
  ['2026-10-25T02:30:00+01:00', 'fall back: the repeated hour, the second time'],
  ['2026-12-31T23:30:00+01:00', 'the last evening of a year with ISO week 53'],
  ['2025-12-30T12:00:00+01:00', 'the last days of a year without week 53: already 2026-W01'],
  ['2027-01-01T00:30:00+01:00', '1 January, in week 53 of the year before'],
  ['2028-02-29T12:00:00+01:00', 'a leap day'],
];
const DATE_SENSITIVE = ['test/integration', 'test/security/access-table.test.ts'];

prepare();
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : DATE_SENSITIVE;
const results = [];
for (const [at, why] of SWEEP) {
  console.log(`\n== NOW=${at} (${why})`);
  const report = join(ROOT, 'artifacts', `vitest-calendar-${at.slice(0, 16).replace(/:/g, '')}.json`);
  rmSync(report, { force: true });
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files, ...args],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NOW: at } },
  );
  const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { numPassedTests: 0, numFailedTests: 0 };
  results.push({ at, why, passed: counts.numPassedTests, failed: counts.numFailedTests, status: run.status ?? 1 });
}
console.log('\nCalendar sweep:');
for (const r of results) console.log(`  ${r.status === 0 ? '✓' : '✗'} NOW=${r.at}  ${r.passed} passed, ${r.failed} failed  (${r.why})`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`\ncalendar sweep: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
