import { afterEach, describe, expect, it, vi } from 'vitest';
import { appNow, pinClock, swedishToday } from './clock';

afterEach(() => {
  pinClock(null);
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the web app\'s clock', () => {
  it('follows the platform when pinned, and the real time when not', () => {
    pinClock(new Date('2027-01-01T00:30:00+01:00'));
    expect(appNow().toISOString()).toBe('2026-12-31T23:30:00.000Z');
    // Already 1 January in Sweden, still 31 December in UTC.
    expect(swedishToday()).toBe('2027-01-01');
    pinClock(null);
    expect(Math.abs(appNow().getTime() - Date.now())).toBeLessThan(1000); // real time: the unpinned clock is the real one
  });

  it('is told the pinned instant by /config.json, once per page', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ basemap: null, demoSignIn: true, now: '2026-03-29T03:30:00+02:00' })));
    vi.stubGlobal('fetch', fetch);
    const { loadWebConfig } = await import('../api/config');
    const config = await loadWebConfig();
    expect(config).toEqual({ basemap: null, demoSignIn: true, now: new Date('2026-03-29T01:30:00Z'), oidc: null, accessContact: null });
    await loadWebConfig();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads a missing or broken instant as the real time', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ demoSignIn: false, now: 'soon' }))));
    const { loadWebConfig } = await import('../api/config');
    expect((await loadWebConfig()).now).toBeNull();
  });
});
