import { type Db } from '@tk/gis';
import { ACCESS, rowScope, type Identity, type RowScope } from '@tk/access';
import { firstWeekStartingAt } from '@tk/time';
import DataLoader from 'dataloader';
import { exactCounts, publishedCounts, type CountValue, type Period } from './db/counts.js';
import { createHotspotBudget, type HotspotBudget } from './hotspots.js';

export interface CountKey extends Period {
  districtId: string;
}

export interface IncidentsContext {
  db: Db;
  identity: Identity | null;
  /** The request's instant, from the platform's clock. */
  now: Date;
  /** The incidents this caller may see one by one. */
  scope: RowScope;
  /** Per request: the counts of all districts in one `_entities` call, one query per period and kind. */
  incidentCounts: DataLoader<CountKey, CountValue, string>;
  /** Per request: the cell-weeks of hot-spot work still allowed (REQUEST_CELL_WEEKS at the start), spent by every analysis. */
  hotspotBudget: HotspotBudget;
}

const periodKey = (p: Period) => `${p.from?.toISOString() ?? ''}|${p.to?.toISOString() ?? ''}`;
const seesAll = (scope: RowScope, districtId: string) => scope.all || scope.districtIds.includes(districtId);

/** Whether an ISO week starts (Monday 00:00 in Sweden) within a period [from, to); an open period always holds one. */
const weekStartsIn = ({ from, to }: Period): boolean => !from || !to || (from < to && firstWeekStartingAt(from).start < to);

async function countsFor(db: Db, scope: RowScope, period: Period, ids: string[]): Promise<Map<string, CountValue>> {
  const exactIds = ids.filter((id) => seesAll(scope, id));
  const otherIds = ids.filter((id) => !seesAll(scope, id));
  const [exact, published] = await Promise.all([
    exactIds.length ? exactCounts(db, exactIds, period) : new Map<string, number>(),
    otherIds.length ? publishedCounts(db, scope, otherIds, period) : new Map<string, { atLeast: number; hiddenCells: number }>(),
  ]);
  const result = new Map<string, CountValue>();
  exactIds.forEach((id) => {
    const n = exact.get(id) ?? 0;
    result.set(id, { exact: true, value: n, atLeast: n, hiddenCells: 0 });
  });
  const whole = weekStartsIn(period);
  otherIds.forEach((id) => {
    const { atLeast, hiddenCells } = published.get(id) ?? { atLeast: 0, hiddenCells: 0 };
    result.set(id, whole
      ? { exact: false, value: hiddenCells === 0 ? atLeast : null, atLeast, hiddenCells }
      : { exact: false, value: null, atLeast: 0, hiddenCells: 0, noWeekStarts: true });
  });
  return result;
}

async function loadCounts(db: Db, scope: RowScope, keys: readonly CountKey[]): Promise<CountValue[]> {
  const byPeriod = new Map<string, CountKey[]>();
  keys.forEach((k) => byPeriod.set(periodKey(k), [...(byPeriod.get(periodKey(k)) ?? []), k]));
  const answers = new Map<string, CountValue>();
  for (const [period, group] of byPeriod) {
    const counts = await countsFor(db, scope, group[0]!, [...new Set(group.map((k) => k.districtId))]);
    counts.forEach((value, id) => answers.set(`${period}|${id}`, value));
  }
  return keys.map((k) => answers.get(`${periodKey(k)}|${k.districtId}`)!);
}

export function createContext(db: Db, identity: Identity | null, now: Date): IncidentsContext {
  const scope = rowScope(identity, ACCESS.incidentRead);
  return {
    db,
    identity,
    now,
    scope,
    incidentCounts: new DataLoader((keys) => loadCounts(db, scope, keys), { cacheKeyFn: (k) => `${periodKey(k)}|${k.districtId}` }),
    hotspotBudget: createHotspotBudget(),
  };
}
