/**
 * Work limits beyond the query cost limit. The cost limit counts fields; a single `hotspots` field
 * can still ask for millions of cell-weeks of Gi* work (every district, 50 m cells, 104 weeks) and
 * held the process for half a minute. Hot-spot work is priced as cells × weeks before any grid or
 * incident query: one analysis over the limit is refused, and the analyses of one request share a
 * budget. The limits are read back from the refusals, so this file states no numbers of its own.
 * No timings are asserted: "refused before the work" shows in the answer (a coded refusal naming the
 * argument and the price), and the gateway's /health answering while such requests are handled.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let lastWeek: string;
let allDistricts: string[];

beforeAll(async () => {
  platform = await startTestPlatform();
  lastWeek = await weekBefore(platform.databases.get('incidents')!);
  const res = await platform.gql<{ districts: { id: string }[] }>('{ districts { id } }');
  allDistricts = res.data!.districts.map((d) => d.id);
});
afterAll(() => platform?.stop());

/** The web's trend length (web/src/api/hotspots.ts), read from its source so that this test follows it. */
const WEB_TREND_WEEKS = Number(/export const TREND_WEEKS = (\d+);/.exec(readFileSync(new URL('../../web/src/api/hotspots.ts', import.meta.url), 'utf8'))![1]);

/** The finding: every district, the smallest cells, the longest trend. */
const ATTACK = `query($d: [ID!]) {
  hotspots(week: "2026-W40", districtIds: $d, cellSizeM: 50, trendWeeks: 104) { week studyAreaCells cells { key z } }
}`;

/** Large but allowed alone: the priority districts (the default), default cells, a year of trend. */
const LARGE = (alias: string) => `${alias}: hotspots(week: $week, trendWeeks: 52) { week trendWeeks studyAreaCells }`;
const TWENTY_LARGE = `query($week: IsoWeek!) {\n${Array.from({ length: 20 }, (_, i) => LARGE(`a${i}`)).join('\n')}\n}`;

/** What the web asks (web/src/api/operations.ts, `Hotspots`): the server's districts and cell size, TREND_WEEKS weeks. */
const WEB_DEFAULT = `query($week: IsoWeek!, $trendWeeks: Int) {
  hotspots(week: $week, trendWeeks: $trendWeeks) {
    week districtIds cellSizeM trendWeeks studyAreaCells incidentsCounted status
    cells { key class emerging presence { hasPresence covered incidents } }
  }
}`;

interface Refusal {
  code?: string;
  field?: string;
  limit?: string;
  cellWeeks?: number;
  maxCellWeeks?: number;
  requestCellWeeks?: number;
}
const refusalsOf = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => ({ message: e.message, path: e.path, ...(e.extensions as Refusal) }));

describe('hot-spot work is priced as cells × weeks', () => {
  it('refuses the attack (every district, 50 m cells, 104 weeks) with BAD_USER_INPUT naming the argument, not with an answer', async () => {
    expect(allDistricts.length).toBeGreaterThanOrEqual(13);
    const res = await platform.gql<{ hotspots: unknown }>(ATTACK, { d: allDistricts }, { as: 'est' });
    expect(res.data?.hotspots ?? null).toBeNull();
    const [refusal, ...more] = refusalsOf(res);
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cellSizeM', limit: 'MAX_CELL_WEEKS', path: ['hotspots'] });
    // Far over one analysis's limit, and the message says what to change.
    expect(refusal!.cellWeeks!).toBeGreaterThan(10 * refusal!.maxCellWeeks!);
    expect(refusal!.message).toMatch(/larger cellSizeM/);
    expect(refusal!.message).toMatch(/fewer trendWeeks/);
  });

  it('refuses a long trend over many districts naming trendWeeks, when one week alone would fit', async () => {
    const res = await platform.gql(`query($d: [ID!], $week: IsoWeek!) { hotspots(week: $week, districtIds: $d, trendWeeks: 104) { week } }`,
      { d: allDistricts, week: lastWeek }, { as: 'est' });
    expect(refusalsOf(res)).toMatchObject([{ code: 'BAD_USER_INPUT', field: 'trendWeeks', limit: 'MAX_CELL_WEEKS' }]);
  });

  it('answers the web\'s default call (priority districts, default cells, the web\'s trend weeks)', async () => {
    expect(WEB_TREND_WEEKS).toBeGreaterThanOrEqual(2);
    const res = await platform.gql<{ hotspots: { districtIds: string[]; cellSizeM: number; trendWeeks: number; studyAreaCells: number; status: string } }>(
      WEB_DEFAULT, { week: lastWeek, trendWeeks: WEB_TREND_WEEKS }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.hotspots).toMatchObject({ cellSizeM: 150, trendWeeks: WEB_TREND_WEEKS, status: 'ok' });
    expect([...res.data!.hotspots.districtIds].sort()).toEqual(['berga', 'city', 'ryd', 'skaggetorp']);
    expect(res.data!.hotspots.studyAreaCells).toBeGreaterThan(500);
  });

  it('answers twenty aliases of a large analysis only as far as the request\'s budget goes, and refuses the rest', async () => {
    const res = await platform.gql<Record<string, { trendWeeks: number; studyAreaCells: number } | null>>(TWENTY_LARGE, { week: lastWeek }, { as: 'est' });
    const answered = Object.values(res.data ?? {}).filter((a) => a !== null);
    const refusals = refusalsOf(res);
    expect(answered.length).toBeGreaterThanOrEqual(1); // one alone is allowed: the priority districts with 52 weeks
    expect(answered.every((a) => a.trendWeeks === 52 && a.studyAreaCells > 500)).toBe(true);
    expect(answered.length + refusals.length).toBe(20);
    expect(refusals.length).toBeGreaterThanOrEqual(10);
    for (const r of refusals) expect(r).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'REQUEST_CELL_WEEKS' });
    expect(refusals[0]!.message).toMatch(/fewer hot-spot analyses per request/);
    // As many answered as the budget holds, and not one more.
    const { cellWeeks, requestCellWeeks, maxCellWeeks } = refusals[0]!;
    expect(cellWeeks!).toBeLessThanOrEqual(maxCellWeeks!);
    expect(answered.length).toBe(Math.floor(requestCellWeeks! / cellWeeks!));
  });

  it('the budget is per request: the next request is answered again', async () => {
    const res = await platform.gql<{ a0: { trendWeeks: number } }>(`query($week: IsoWeek!) { ${LARGE('a0')} }`, { week: lastWeek }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.a0.trendWeeks).toBe(52);
  });

  it('the gateway\'s /health answers while refused hot-spot requests are handled', async () => {
    const attack = platform.gql(ATTACK, { d: allDistricts }, { as: 'est' });
    const aliases = platform.gql(TWENTY_LARGE, { week: lastWeek }, { as: 'est' });
    const health = await fetch(`${platform.url}/health`);
    expect(health.status).toBe(200);
    const [a, b] = await Promise.all([attack, aliases]);
    expect(refusalsOf(a).map((r) => r.limit)).toEqual(['MAX_CELL_WEEKS']);
    expect(refusalsOf(b).length).toBeGreaterThanOrEqual(10);
    expect(refusalsOf(b).every((r) => r.limit === 'REQUEST_CELL_WEEKS')).toBe(true);
  });
});
