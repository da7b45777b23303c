/**
 * What the bench's main process (servers) and its load-generator child process (autocannon) send
 * each other over the IPC channel, plus the small JSON helpers both sides use.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One measurement: a short warm-up run (not counted), then the measured run, against one URL. */
export interface LoadJob {
  url: string;
  /** Extra request headers (the bearer token), sent on every request besides content-type and accept. */
  headers: Record<string, string>;
  /** POST bodies (GraphQL requests as JSON): connection i sends bodies[i % length]. */
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The raw bodies the target answered when it was checked; these are accepted without parsing. */
  expectedBodies: string[];
  /** The `data` the target may answer, one per request body (compared structurally when a body differs byte-wise). */
  expectedData: JsonValue[];
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  /** Completed responses in the measured run (good and bad). */
  requests: number;
  /** Length of the measured run, in seconds. */
  seconds: number;
  /** Completed responses per second. */
  rps: number;
  /** Milliseconds, over every completed response of the measured run. */
  latencyMs: LatencySummary;
  /** Responses with a status outside 2xx (each is also counted in `badBodies`). */
  non2xx: number;
  /** Connection errors, timeouts included. */
  connectionErrors: number;
  timeouts: number;
  /** Responses that are not the expected data: any GraphQL error, other data or a non-2xx answer. */
  badBodies: number;
  /** Failed requests: connection errors plus bad bodies. */
  errors: number;
  warmup: { requests: number; errors: number };
  /** The first bad body seen, shortened, to tell what went wrong. */
  firstBadBody?: string;
}

/** `measuring` is sent when the warm-up is over and the measured run starts. */
export type LoadMessage =
  | { type: 'measuring' }
  | { type: 'result'; result: LoadResult }
  | { type: 'failed'; message: string };

/** Structural equality of two JSON values: object key order does not matter, array order does. */
export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]!));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && jsonEqual(a[key]!, b[key]!));
}

/** Nearest-rank percentile of an ascending-sorted sample (0 for an empty one). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
