export interface RateLimiterOptions {
  /** Requests a key may make in a burst; also the most tokens a bucket holds. */
  capacity: number;
  /** Tokens added back per second, i.e. the sustained request rate. */
  refillPerSecond: number;
  /** Buckets kept at most; the least recently used is dropped beyond that. Default 10,000. */
  maxKeys?: number;
  /** Milliseconds, like `Date.now`; injectable so tests control time. */
  now?: () => number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (for `Retry-After`); 0 when allowed. */
  retryAfterSeconds: number;
  /** Requests still allowed right now after this one. */
  remaining: number;
}

export interface RateLimiter {
  take(key: string): RateLimitDecision;
}

export const DEFAULT_MAX_KEYS = 10_000;

// Refills add fractions (0.1 token per 100 ms…); without a little slack the float sum 0.9999999999999999
// would refuse a request that is exactly due.
const EPSILON = 1e-9;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per key: the signed-in subject, or the client IP for anonymous requests. A key that
 * is new (or was evicted) starts with a full bucket, so eviction can only be lenient, never refuse.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  // real time: a bucket refills with the seconds that really pass
  const { capacity, refillPerSecond, maxKeys = DEFAULT_MAX_KEYS, now = Date.now } = options;
  checkOptions(capacity, refillPerSecond, maxKeys);
  // A Map iterates in insertion order; re-inserting a key on each use keeps the least recently used first.
  const buckets = new Map<string, Bucket>();

  function take(key: string): RateLimitDecision {
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at };
    refill(bucket, at, capacity, refillPerSecond);
    buckets.delete(key);
    buckets.set(key, bucket);
    evictBeyond(buckets, maxKeys);
    if (bucket.tokens + EPSILON >= 1) {
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens + EPSILON) };
    }
    return { allowed: false, retryAfterSeconds: secondsUntilOneToken(bucket.tokens, refillPerSecond), remaining: 0 };
  }

  return { take };
}

function checkOptions(capacity: number, refillPerSecond: number, maxKeys: number): void {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a whole number ≥ 1, got ${capacity}`);
  if (!(refillPerSecond > 0) || !Number.isFinite(refillPerSecond)) throw new RangeError(`refillPerSecond must be > 0, got ${refillPerSecond}`);
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a whole number ≥ 1, got ${maxKeys}`);
}

function refill(bucket: Bucket, at: number, capacity: number, refillPerSecond: number): void {
  // A clock stepping backwards (NTP) must not drain a bucket.
  const elapsedMs = Math.max(0, at - bucket.updatedAt);
  bucket.tokens = Math.min(capacity, bucket.tokens + (elapsedMs / 1000) * refillPerSecond);
  bucket.updatedAt = Math.max(at, bucket.updatedAt);
}

// Rounded up: a client that waits the advertised time must then be allowed.
function secondsUntilOneToken(tokens: number, refillPerSecond: number): number {
  return Math.max(1, Math.ceil((1 - tokens) / refillPerSecond - EPSILON));
}

function evictBeyond(buckets: Map<string, Bucket>, maxKeys: number): void {
  for (const key of buckets.keys()) {
    if (buckets.size <= maxKeys) return;
    buckets.delete(key);
  }
}
