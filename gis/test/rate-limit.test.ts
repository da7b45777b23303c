import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limit.js';

/** A clock the test moves by hand, in milliseconds. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

function takeMany(limiter: ReturnType<typeof createRateLimiter>, key: string, n: number) {
  return Array.from({ length: n }, () => limiter.take(key));
}

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then refuses with the time until the next token', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 0.5, now: clock.now });
    const burst = takeMany(limiter, 'user:anna', 5);
    expect(burst.map((d) => d.allowed)).toEqual([true, true, true, true, true]);
    expect(burst.map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(burst.every((d) => d.retryAfterSeconds === 0)).toBe(true);
    // Half a token per second: the next one is 2 s away.
    expect(limiter.take('user:anna')).toEqual({ allowed: false, retryAfterSeconds: 2, remaining: 0 });
    clock.advance(1500);
    expect(limiter.take('user:anna')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    clock.advance(500);
    expect(limiter.take('user:anna')).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('refills over time at the given rate, never beyond capacity', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: clock.now });
    takeMany(limiter, 'ip:10.0.0.1', 3);
    expect(limiter.take('ip:10.0.0.1').allowed).toBe(false);
    clock.advance(2000);
    expect(takeMany(limiter, 'ip:10.0.0.1', 3).map((d) => d.allowed)).toEqual([true, true, false]);
    clock.advance(60_000); // a long pause fills the bucket to 3, not 60
    expect(takeMany(limiter, 'ip:10.0.0.1', 4).map((d) => d.allowed)).toEqual([true, true, true, false]);
  });

  it('sustains exactly the refill rate with fractional refills (no float drift)', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    expect(limiter.take('k').allowed).toBe(true);
    // Ten steps of 100 ms add up to one token, though 0.1 + … + 0.1 is not exactly 1 in floating point.
    for (let i = 0; i < 9; i++) {
      clock.advance(100);
      expect(limiter.take('k').allowed).toBe(false);
    }
    clock.advance(100);
    expect(limiter.take('k').allowed).toBe(true);
  });

  it('keeps keys independent', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    takeMany(limiter, 'user:anna', 2);
    expect(limiter.take('user:anna').allowed).toBe(false);
    expect(limiter.take('user:bo')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 1 });
    expect(limiter.take('ip:192.0.2.7').allowed).toBe(true);
  });

  it('keeps at most maxKeys buckets, evicting the least recently used (which starts full again)', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2, now: clock.now });
    limiter.take('a');
    limiter.take('b');
    expect(limiter.take('a').allowed).toBe(false); // 'a' is now more recently used than 'b'
    limiter.take('c'); // third key: 'b' goes
    expect(limiter.take('a').allowed).toBe(false); // 'a' was kept, still empty
    expect(limiter.take('c').allowed).toBe(false); // 'c' was kept, still empty
    expect(limiter.take('b').allowed).toBe(true); // 'b' was evicted, so it starts full
  });

  it('does not drain a bucket when the clock steps backwards', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.take('k');
    clock.advance(-30_000);
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('rejects options that make no sense', () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 0 })).toThrow(RangeError);
  });
});
