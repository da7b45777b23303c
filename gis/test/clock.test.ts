import { describe, expect, it } from 'vitest';
import { parseInstant, pinnedClock, realClock } from '../src/clock.js';
import { ConfigError, readConfig } from '../src/config.js';

describe('the clock', () => {
  it('pinned, always says the same instant, and a caller cannot move it', () => {
    const clock = pinnedClock(new Date('2026-11-23T10:00:00+01:00'));
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(clock.pinned).toBe(true);
    expect(realClock.pinned).toBe(false);
  });

  it('reads NOW as an instant with its offset, or not at all', () => {
    expect(parseInstant('2026-11-23T10:00:00+01:00')?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(parseInstant('2026-10-25T02:30:00+01:00')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(parseInstant('2026-10-25T02:30:00+02:00')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parseInstant('2028-02-29T12:00Z')?.toISOString()).toBe('2028-02-29T12:00:00.000Z');
    for (const bad of ['2026-11-23T10:00:00', '2026-11-23', 'tomorrow', '2026-02-30T10:00:00+01:00', '2027-02-29T12:00:00Z', '2026-11-23T25:00:00Z', '']) {
      expect(parseInstant(bad), bad).toBeNull();
    }
  });

  it('is pinned by NOW outside production, refused in production, and real otherwise', () => {
    expect(readConfig({}).clock.pinned).toBe(false);
    expect(readConfig({ NOW: '2026-11-23T10:00:00+01:00' }).clock.now().toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(() => readConfig({ NOW: '2026-11-23 10:00' })).toThrow(/NOW must be an instant in ISO 8601 with a time-zone offset/);
    expect(() => readConfig({ NOW: '2026-11-23T10:00:00+01:00', NODE_ENV: 'production', AUTH_ISSUER: 'https://idp.example', AUTH_CLIENT_ID: 'tk', AUTH_ROLE_MAPPING: '{"groups": {"g": {"roles": ["est"]}}}' })).toThrow(ConfigError);
  });
});
