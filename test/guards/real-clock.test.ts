/**
 * The platform has one clock (gis/src/clock.ts, in the web web/src/utils/clock.ts) and the tests
 * one pinned instant (test/support/clock.ts). A second way to read "now" — `Date.now()`, `new Date()`,
 * SQL's `now()` or `current_date` — is how a suite comes to pass on some days and fail on others, so
 * this guard fails on any read of the real clock in the platform's code, its migrations, its scripts
 * and its tests, except:
 * - in those three clock modules;
 * - SQL that stamps when a write really happened (`updated_at = now()`, `DEFAULT now()`);
 * - a line that says why it needs the real time, with a comment `real time: …` on it or just above
 *   (token expiry, elapsed time for a log line).
 * bench/ is not checked: a benchmark measures the real thing on the real clock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROOTS = ['gis', 'lib', 'services', 'web/src', 'test', 'scripts'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.data', 'fixtures', '__snapshots__']);
const EXTENSIONS = /\.(ts|mts|mjs|js|vue|sql)$/;
const CLOCK_HOMES = new Set(['gis/src/clock.ts', 'web/src/utils/clock.ts', 'test/support/clock.ts', 'test/guards/real-clock.test.ts']);

/** Reads of the real clock in code (outside strings and comments). */
const IN_CODE: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Date.now', pattern: /\bDate\.now\b/ },
  { name: 'new Date() without an argument', pattern: /\bnew\s+Date\s*\(\s*\)/ },
  { name: 'Date() called as a function', pattern: /(?<![\w.$]|new\s)Date\s*\(\s*\)/ },
];
/** Reads of the database's clock in SQL (inside strings, or anywhere in a .sql file). */
const IN_SQL: readonly { name: string; pattern: RegExp }[] = [
  { name: 'SQL now()', pattern: /(?<![\w.])now\s*\(\s*\)/i },
  { name: 'SQL current time', pattern: /\b(current_date|current_timestamp|current_time|localtimestamp|localtime|transaction_timestamp|statement_timestamp|clock_timestamp|timeofday)\b/i },
];
// When a write happened is bookkeeping, not a business "now": the database stamps it.
const BOOKKEEPING = /\b\w+_at\s*=\s*now\s*\(\s*\)|\bDEFAULT\s+now\s*\(\s*\)/gi;
const EXPLAINED = /real time: \S/;

type Mode = 'code' | 'line' | 'block' | "'" | '"' | '`';

/**
 * The text split in two of the same shape: what is code, and what is inside string literals (where
 * SQL lives); comments are in neither. Template literals nest through `${ … }`.
 */
export function codeAndStrings(text: string): { code: string; strings: string } {
  const code: string[] = [];
  const strings: string[] = [];
  // A string stays a token in the code ('x' for each character), so `new Date('…')` keeps its argument.
  const keep = (c: string, into: 'code' | 'strings' | 'quote' | 'none') => {
    const blank = c === '\n' ? '\n' : ' ';
    code.push(into === 'code' ? c : into === 'none' || c === '\n' ? blank : 'x');
    strings.push(into === 'strings' ? c : blank);
  };
  let mode: Mode = 'code';
  const templates: number[] = []; // brace depth at each open `${`
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const next = text[i + 1];
    if (mode === 'code') {
      if (c === '/' && next === '/') { mode = 'line'; keep(c, 'none'); continue; }
      if (c === '/' && next === '*') { mode = 'block'; keep(c, 'none'); continue; }
      if (c === "'" || c === '"' || c === '`') { mode = c; keep(c, 'quote'); continue; }
      if (c === '{') depth += 1;
      if (c === '}') {
        if (templates.length > 0 && templates.at(-1) === depth) { templates.pop(); mode = '`'; keep(c, 'quote'); continue; }
        depth -= 1;
      }
      keep(c, 'code');
    } else if (mode === 'line') {
      if (c === '\n') mode = 'code';
      keep(c, 'none');
    } else if (mode === 'block') {
      if (c === '*' && next === '/') { keep(c, 'none'); keep(next, 'none'); i += 1; mode = 'code'; continue; }
      keep(c, 'none');
    } else {
      if (c === '\\') { keep(c, 'strings'); if (next !== undefined) keep(next, 'strings'); i += 1; continue; }
      if (c === mode) { mode = 'code'; keep(c, 'quote'); continue; }
      if (mode === '`' && c === '$' && next === '{') { templates.push(depth); mode = 'code'; keep(c, 'quote'); keep(next, 'quote'); i += 1; continue; }
      // A quote does not run past its line; a template may.
      if (c === '\n' && mode !== '`') mode = 'code';
      keep(c, 'strings');
    }
  }
  return { code: code.join(''), strings: strings.join('') };
}

/** A .vue file's script blocks, the rest blanked (its template is HTML, not code). */
function scriptOf(text: string): string {
  return text.replace(/<template>[\s\S]*<\/template>|<style[\s\S]*?<\/style>/g, (block) => block.replace(/[^\n]/g, ' '));
}

/** Each real-clock read in a file that is neither bookkeeping nor explained, as "file:line: what: the line". */
export function realClockReads(file: string, text: string): string[] {
  const source = file.endsWith('.vue') ? scriptOf(text) : text;
  const { code, strings } = file.endsWith('.sql')
    ? { code: '', strings: source.replace(/--[^\n]*/g, (c) => ' '.repeat(c.length)) }
    : codeAndStrings(source);
  const lines = text.split('\n');
  const codeLines = code.split('\n');
  const sqlLines = strings.replace(BOOKKEEPING, (m) => ' '.repeat(m.length)).split('\n');
  return lines.flatMap((line, i) => {
    const found = [
      ...IN_CODE.filter((r) => r.pattern.test(codeLines[i] ?? '')),
      ...IN_SQL.filter((r) => r.pattern.test(sqlLines[i] ?? '')),
    ];
    if (found.length === 0 || EXPLAINED.test(line) || EXPLAINED.test(lines[i - 1] ?? '')) return [];
    return found.map((r) => `${file}:${i + 1}: ${r.name}: ${line.trim()}`);
  });
}

function files(path: string): string[] {
  const stat = statSync(join(ROOT, path), { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return EXTENSIONS.test(path) ? [path] : [];
  return readdirSync(join(ROOT, path)).filter((e) => !SKIP_DIRS.has(e)).flatMap((e) => files(`${path}/${e}`));
}

describe('one clock', () => {
  const reads = (text: string, file = 'x.ts') => realClockReads(file, text).map((r) => r.split(': ')[1]);

  it('finds the real clock read in code, and the database clock read in SQL', () => {
    expect(reads('const t = Date.now();')).toEqual(['Date.now']);
    expect(reads('limiter({ now = Date.now })')).toEqual(['Date.now']);
    expect(reads('const d = new Date();')).toEqual(['new Date() without an argument']);
    expect(reads('const s = Date();')).toEqual(['Date() called as a function']);
    expect(reads("db.query(`SELECT to_char(now() - interval '7 days', 'IYYY-\"W\"IW')`)")).toEqual(['SQL now()']);
    expect(reads('db.query(`SELECT *\n  FROM x\n WHERE occurred_at > current_date - 7`)')).toEqual(['SQL current time']);
    expect(reads('const w = `${a}` + `${b ? `x ${now()}` : \'\'} now()`;')).toEqual(['SQL now()']);
    expect(reads('WHERE day = now()::date', 'x.sql')).toEqual(['SQL now()']);
  });

  it('lets other dates, bookkeeping, comments and an explained line pass', () => {
    expect(reads('const d = new Date(text); const u = new Date(Date.UTC(2026, 0, 4));')).toEqual([]);
    expect(reads('const at = clock.now(); const t = now();')).toEqual([]);
    expect(reads("db.query(`UPDATE x SET updated_at = now(), deleted_at = now() WHERE id = $1`)")).toEqual([]);
    expect(reads('db.query(`UPDATE m SET (${COLUMNS}, updated_at) = (${VALUES}, now())`)')).toEqual(['SQL now()']);
    expect(reads('  created_at timestamptz NOT NULL DEFAULT now(),', 'x.sql')).toEqual([]);
    expect(reads("db.query(`UPDATE x SET updated_at = now(), day = now()::date`)")).toEqual(['SQL now()']);
    expect(reads('// the clock: Date.now() is read in one place\n/* new Date() */')).toEqual([]);
    expect(reads("const s = 'it is now() or never';")).toEqual(['SQL now()']);
    expect(reads('// real time: a token expires in real time\nconst exp = Date.now() + 600;')).toEqual([]);
    expect(reads('const exp = Date.now() + 600; // real time: a token expires in real time')).toEqual([]);
    expect(reads('<template><p>{{ new Date() }}</p></template>\n<script setup lang="ts">\nconst d = new Date();\n</script>', 'x.vue'))
      .toEqual(['new Date() without an argument']);
  });

  it('is read only through the clock modules, in the platform, its scripts and its tests', () => {
    const all = ROOTS.flatMap(files);
    // The walk reaches what it must: the services, the web, the migrations and the tests.
    expect(all.filter((f) => f.endsWith('.test.ts')).length).toBeGreaterThan(50);
    expect(all).toEqual(expect.arrayContaining(['services/incidents/src/demo.ts', 'web/src/composables/useHotspots.ts', 'services/measures/migrations/001_measures.sql']));
    const found = all.filter((f) => !CLOCK_HOMES.has(f)).flatMap((f) => realClockReads(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
