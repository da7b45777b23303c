/** Timing helpers: repeated runs with min/median/max, and a Queryable that times every statement. */
import type { Queryable } from '@tk/gis';
import { loadavg } from 'node:os';

export interface Summary {
  runs: number;
  minMs: number;
  medianMs: number;
  maxMs: number;
  samplesMs: number[];
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? Number.NaN : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { runs: n, minMs: sorted[0] ?? Number.NaN, medianMs: median, maxMs: sorted[n - 1] ?? Number.NaN, samplesMs: [...samples] };
}

/** What the statements of the analysis are, told apart by their text (robust to reordering). */
export type SqlKind = 'weeks' | 'study area' | 'cell counts' | 'hexagons' | 'other';
export const SQL_KINDS: readonly SqlKind[] = ['cell counts', 'study area', 'weeks', 'hexagons', 'other'];

export function sqlKind(text: string): SqlKind {
  if (/incidents\.incident\b/.test(text)) return 'cell counts';
  if (/ST_AsGeoJSON/i.test(text)) return 'hexagons';
  if (/geo\.district\b/.test(text)) return 'study area';
  if (/to_date\(/.test(text)) return 'weeks';
  return 'other';
}

export interface Statement {
  kind: SqlKind;
  text: string;
  params: readonly unknown[];
  ms: number;
}

/**
 * The database as the analysis sees it, with every statement timed from the call to the parsed rows
 * (round trip, execution and the driver's parsing). `take()` returns and forgets what was recorded.
 */
export function recordingDb(db: Queryable): { db: Queryable; take(): Statement[] } {
  let statements: Statement[] = [];
  return {
    db: {
      async query<R>(text: string, params: readonly unknown[] = []) {
        const started = performance.now();
        const rows = await db.query<R>(text, params);
        statements.push({ kind: sqlKind(text), text, params, ms: performance.now() - started });
        return rows;
      },
      exec: (script: string) => db.exec(script),
    },
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}

/** `warmup` unmeasured runs, then `runs` measured ones, one after the other; every measured result is kept. */
export async function repeat<T>(
  runs: number,
  warmup: number,
  work: () => Promise<T> | T,
  onRun?: (ms: number, i: number) => void,
): Promise<{ samples: number[]; results: T[]; load1: number }> {
  for (let i = 0; i < warmup; i++) await work();
  const load1 = loadavg()[0]!;
  const samples: number[] = [];
  const results: T[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    results.push(await work());
    const ms = performance.now() - started;
    samples.push(ms);
    onRun?.(ms, i);
  }
  return { samples, results, load1 };
}
