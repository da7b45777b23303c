import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchHotspots, hasPattern, summariseCells, TREND_WEEKS, type HotspotCell } from './hotspots';
import { isoWeekOf } from '@tk/time';

const cell = (extra: Partial<HotspotCell>): HotspotCell => ({ key: '0:0', class: 'NONE', emerging: null, ...extra });

afterEach(() => vi.unstubAllGlobals());

describe('summariseCells', () => {
  it('counts hot and cold cells per class, and the cells that only have a pattern', () => {
    const summary = summariseCells([
      cell({ class: 'HOT_99', emerging: 'NEW' }),
      cell({ class: 'HOT_99' }),
      cell({ class: 'HOT_90' }),
      cell({ class: 'COLD_95' }),
      cell({ class: 'NONE', emerging: 'SPORADIC' }),
      cell({ class: 'NONE', emerging: 'NONE' }),
      cell({ class: null }),
    ]);
    expect(summary).toEqual({
      byClass: { HOT_99: 2, HOT_95: 0, HOT_90: 1, COLD_99: 0, COLD_95: 1, COLD_90: 0 },
      hot: 3,
      cold: 1,
      patternOnly: 1,
    });
  });
});

describe('hasPattern', () => {
  it('is false for NONE and for no pattern at all', () => {
    expect(hasPattern({ emerging: 'OSCILLATING' })).toBe(true);
    expect(hasPattern({ emerging: 'NONE' })).toBe(false);
    expect(hasPattern({ emerging: null })).toBe(false);
  });
});

describe('fetchHotspots', () => {
  it('asks for the ISO week with the trend weeks for emerging patterns', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { hotspots: { week: '2026-W07', cells: [] } } })));
    vi.stubGlobal('fetch', fetch);
    const analysis = await fetchHotspots(isoWeekOf(2026, 7)!, { token: 't' });
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string) as { variables: unknown };
    expect(body.variables).toEqual({ week: '2026-W07', trendWeeks: TREND_WEEKS });
    expect(TREND_WEEKS).toBe(8);
    expect(analysis.week).toBe('2026-W07');
  });

  it('keeps FORBIDDEN for the roles that may not ask', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ data: { hotspots: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })),
    );
    await expect(fetchHotspots(isoWeekOf(2026, 7)!, { token: 't' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
