import { createPgDb, createPgliteDb, type Db } from '@tk/gis';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The import commands as people run them (`npm run import -- <kind> FILE [--json]`), on the files
// municipal systems and Excel really write (issue 26): each case a real process against a real
// database, its exit code, its report, and what it wrote or did not write.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const NOW = '2026-11-26T12:00:00+01:00';
const HEADER = 'occurred_at;category;latitude;longitude;description;reported_by';

let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'tk-import-'));
});
afterAll(async () => {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let files = 0;
/** Runs the command on a file with these bytes; the embedded database lives in the test's folder. */
function importFile(kind: string, bytes: Uint8Array | string, args: string[] = ['--json'], env: Record<string, string> = {}): Promise<Run> {
  const file = join(dir, `file-${files++}.csv`);
  writeFileSync(file, bytes);
  const databaseEnv = database.url ? { DATABASE_URL: database.url } : { DATA_DIR: join(dir, 'data') };
  const child = spawn(TSX, [join(ROOT, 'scripts/import.ts'), kind, file, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NOW, DEMO_DATA: 'false', ...databaseEnv, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = database.url ? createPgDb(database.url) : await createPgliteDb(join(dir, 'data'));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const incidents = () => withDb(async (db) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM incidents.incident'))[0]!.n);

/** Windows-1252, as older Excel saves "CSV (semikolonavgränsad)": one byte per letter. */
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

function report(run: Run): { rejected: boolean; encoding: string; imported: number; rows: number; problems: { line: number; column: string | null; message: string }[]; notes: string[] } {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return JSON.parse(run.stdout);
}

describe('the EST group\'s CSV import, as a command', () => {
  const row = (description: string, by = 'EST-gruppen Skäggetorp') => `2026-11-20T21:40:00+01:00;Skadegörelse;58,4262;15,5871;${description};${by}`;

  it('reads a Windows-1252 file into å, ä and ö, and says so', async () => {
    const run = await importFile('est-csv', latin1([HEADER, row('Krossad ruta vid förskolan, gården öppen'), row('Sönderslagen lykta')].join('\r\n')));
    expect(run.code).toBe(0);
    expect(report(run)).toMatchObject({ rejected: false, encoding: 'windows-1252', imported: 2, problems: [], notes: [expect.stringMatching(/not UTF-8 and was read as Windows-1252 .* from line 2/)] });
    const stored = await withDb((db) => db.query<{ description: string; reported_by: string }>(
      `SELECT description, reported_by FROM incidents.incident WHERE description LIKE 'Krossad%'`));
    expect(stored).toEqual([{ description: 'Krossad ruta vid förskolan, gården öppen', reported_by: 'EST-gruppen Skäggetorp' }]);
  });

  it('refuses it by name when the setting says legacy files are refused, and writes nothing', async () => {
    const before = await incidents();
    const run = await importFile('est-csv', latin1([HEADER, row('Brand i papperskorg vid gångtunneln'), row('Klotter på förrådet')].join('\n')), ['--json'], { IMPORT_LEGACY_ENCODING: 'refuse' });
    expect(run.code).toBe(2);
    expect(report(run)).toMatchObject({ rejected: true, encoding: 'windows-1252', problems: [{ line: 2, column: null, message: expect.stringMatching(/^the file is not UTF-8: from line 2 it looks like Windows-1252/) }] });
    expect(await incidents()).toBe(before);
  });

  it('refuses a column that is there twice, naming both copies', async () => {
    const run = await importFile('est-csv', `${HEADER};latitude;description\n${row('Klotter')};59,33;Anmälare 811218-9876\n`);
    expect(run.code).toBe(2);
    expect(report(run).problems).toEqual([
      { line: 1, column: 'latitude', message: 'the column "latitude" is there twice (columns 3 and 7): which one holds the value is unclear' },
      { line: 1, column: 'description', message: 'the column "description" is there twice (columns 5 and 8): which one holds the value is unclear' },
    ]);
  });

  it('reports a quote that is never closed by its line, as JSON, without a stack trace', async () => {
    const run = await importFile('est-csv', [HEADER, row('Klotter'), row('"Rökutveckling i trapphus'), row('Krossad ruta')].join('\n'));
    expect(run.code).toBe(2);
    expect(report(run).problems).toEqual([{ line: 3, column: null, message: expect.stringMatching(/^the quoted field at character \d+ is never closed/) }]);
  });

  it('names the true line of text after a closing quote, one the file has', async () => {
    const text = [HEADER, row('"Klotter\npå två rader"'), row('"citerat" och mer'), row('Krossad ruta')].join('\n');
    const run = await importFile('est-csv', text);
    expect(run.code).toBe(2);
    const problems = report(run).problems;
    expect(problems[0]).toEqual({ line: 4, column: null, message: expect.stringMatching(/^text follows the closing quote/) });
    expect(text.split('\n')[3]).toContain('"citerat" och mer');
  });

  it('says that the time zone is what a time without one lacks', async () => {
    const run = await importFile('est-csv', `${HEADER}\n2026-11-20 21:40;Klotter;58,4262;15,5871;Klotter;EST\n`);
    expect(report(run).problems).toEqual([{
      line: 2, column: 'occurred_at',
      message: 'occurred_at "2026-11-20 21:40" has no time zone: write it as 2026-11-20T21:40:00+01:00 (Swedish winter time), +02:00 in summer time, or Z for UTC',
    }]);
  });

  it('finds a personal identity number written with a space', async () => {
    const run = await importFile('est-csv', `${HEADER}\n${row('Anmälare 811218 9876 hördes')}\n`);
    expect(report(run).problems).toEqual([{ line: 2, column: 'description', message: 'description contains what looks like personal data (personal identity number)' }]);
  });

  it('keeps formula-like text as text, as written', async () => {
    const formulas = ['=HYPERLINK("http://evil.example","Klicka")', '+cmd|\' /C calc\'!A0', '@SUM(A1:A9)', '-2+3'];
    const run = await importFile('est-csv', [HEADER, ...formulas.map((f) => row(`"${f.replaceAll('"', '""')}"`))].join('\n'));
    expect(report(run)).toMatchObject({ rejected: false, imported: 4 });
    const stored = await withDb((db) => db.query<{ description: string }>(`SELECT description FROM incidents.incident WHERE description = ANY($1::text[]) ORDER BY description`, [formulas]));
    expect(stored.map((r) => r.description)).toEqual([...formulas].sort());
  });

  it('answers a wrong option in one line with the usage, exit 1', async () => {
    const run = await importFile('est-csv', `${HEADER}\n`, ['--jsn']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--jsn'[\s\S]*Usage: npm run import -- est-csv FILE \[--json\]/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an import that cannot run', () => {
  it('says so in one line when the database cannot be reached, exit 1', async () => {
    const run = await importFile('survey', 'district,year,indicator,value\nryd,2022,safe_at_night,50\n', ['--json'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The import could not run: .*ECONNREFUSED/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the survey import, as a command', () => {
  it("imports Swedish Excel's semicolon file with decimal commas, and reports as JSON", async () => {
    const csv = '\uFEFFdistrict;year;indicator;value;respondents\r\nskaggetorp;2022;safe_at_night;51,3;412\r\nryd;2022;worried_about_crime;"33,5";380\r\n';
    const run = await importFile('survey', csv, ['--json', '--source', 'Trygghetsmätning 2022']);
    expect(run.code).toBe(0);
    expect(report(run)).toMatchObject({ rejected: false, encoding: 'utf-8', rows: 2, imported: 2, problems: [] });
    const stored = await withDb((db) => db.query<{ value: string; source: string }>(
      `SELECT value::text, source FROM plan.survey_result WHERE year = 2022 ORDER BY district_id`));
    expect(stored).toEqual([{ value: '33.5', source: 'Trygghetsmätning 2022' }, { value: '51.3', source: 'Trygghetsmätning 2022' }]);
  });

  it('refuses a bad file with exit 2 and the same report, in words without --json', async () => {
    const run = await importFile('survey', 'district;year;indicator;value\nryd;2022;safe_at_night;51,3;9\n', []);
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n')).toEqual(['line 2: has 5 fields, the header has 4', 'refused: 1 problem on 1 line of 1 rows; nothing was imported']);
  });
});

describe('the JSON importers, as commands', () => {
  const event = (id: number, name: string) => ({
    id, datetime: '2026-11-21 20:22:30 +01:00', name: `21 november 20:13, Skadegörelse, ${name}`, summary: 'Krossad ruta i Skäggetorp',
    url: `/aktuellt/handelser/2026/november/21/${id}/`, type: 'Skadegörelse', location: { name, gps: '58.410807,15.621373' },
  });

  it("refuses the Police's events when one is invalid, naming its line, and writes none (exit 2)", async () => {
    const before = await incidents();
    const file = JSON.stringify([event(1, 'Linköping'), { id: 2, name: 'no datetime' }, event(3, 'Linköping')], null, 2);
    const run = await importFile('polisen', file);
    expect(run.code).toBe(2);
    const r = report(run);
    expect(r).toMatchObject({ rejected: true, rows: 3, imported: 0 });
    const line = file.split('\n').findIndex((l) => l.includes('"no datetime"'));
    // The event's object opens the line before its "id".
    expect(r.problems).toEqual([{ line: line - 1, column: 'datetime', message: expect.stringMatching(/^event 2: datetime: expected/) }]);
    expect(await incidents()).toBe(before);
  });

  it('names the line and character of a syntax error, in Windows-1252 too', async () => {
    const run = await importFile('polisen', latin1('[\n  {"id": 1, "name": "Linköping"}\n  {"id": 2}\n]\n'));
    expect(run.code).toBe(2);
    expect(report(run)).toMatchObject({ encoding: 'windows-1252', problems: [{ line: 3, column: null, message: 'not JSON at line 3, character 3: a comma was expected' }] });
  });

  it('refuses a plan file by the line of its problem, and imports a good one (again: unchanged)', async () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'plans/linkoping-2019-2022.json'), 'utf8')) as { areas: { activities: { goal: unknown }[] }[] };
    plan.areas[1]!.activities[2]!.goal = 42;
    const text = JSON.stringify(plan, null, 2);
    const bad = await importFile('plan', text);
    expect(bad.code).toBe(2);
    const [problem] = report(bad).problems;
    expect(problem).toMatchObject({ column: 'goal', message: expect.stringMatching(/^areas\[1\]\.activities\[2\]\.goal: /) });
    expect(text.split('\n')[problem!.line - 1]).toContain('"goal": 42');

    const good = readFileSync(join(ROOT, 'plans/linkoping-2019-2022.json'));
    const first = await importFile('plan', good);
    expect(first.code).toBe(0);
    expect(report(first)).toMatchObject({ imported: 1, alreadyImported: 0 });
    expect(report(await importFile('plan', good))).toMatchObject({ imported: 0, alreadyImported: 1 });
  });

  it('refuses official districts with features it cannot use, by their lines, and writes none (exit 2)', async () => {
    const districts = () => withDb((db) => db.query('SELECT id, geom::text FROM geo.district ORDER BY id'));
    const before = await districts();
    const text = readFileSync(join(ROOT, 'gis/test/fixtures/stadsdelar-sweref99tm.geojson'), 'utf8');
    const run = await importFile('districts', text);
    expect(run.code).toBe(2);
    const r = report(run);
    expect(r).toMatchObject({ rejected: true, rows: 5, imported: 0 });
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^feature 4 \(Fjärilen\): invalid geometry/), 'feature 5: no name (expected a NAMN or name property)']);
    expect(text.split('\n').slice(r.problems[0]!.line - 1).join('\n')).toMatch(/^\s*\{[\s\S]*?Fjärilen/);
    expect(await districts()).toEqual(before);
  });

  it('refuses organisations with a bad entry by its line, and writes none', async () => {
    const text = JSON.stringify({ organisations: [{ id: 'ok-org', name: 'Föreningen', kind: 'association' }, { id: 'bad-org', name: 'X', kind: 'club' }] }, null, 2);
    const run = await importFile('organisations', text);
    expect(run.code).toBe(2);
    const [problem] = report(run).problems;
    expect(text.split('\n')[problem!.line - 1]).toMatch(/^\s*\{/);
    expect(text.split('\n')[problem!.line]).toContain('"bad-org"');
    expect(await withDb(async (db) => (await db.query('SELECT 1 FROM geo.organisation WHERE id = $1', ['ok-org'])).length)).toBe(0);
  });
});
