import { expect, it } from 'vitest';
import { createDistrictListLoader } from '../src/loaders.js';

it('answers many districts with one load per distinct filter, each district its own rows', async () => {
  const rows = [
    { districtId: 'ryd', kind: 'bar', n: 1 },
    { districtId: 'ryd', kind: 'gym', n: 2 },
    { districtId: 'berga', kind: 'bar', n: 3 },
  ];
  const calls: { ids: string[]; kind: string | null }[] = [];
  const loader = createDistrictListLoader<string | null, (typeof rows)[number]>(async (ids, kind) => {
    calls.push({ ids, kind });
    return rows.filter((r) => ids.includes(r.districtId) && (kind === null || r.kind === kind));
  });
  const [ryd, berga, city, rydBars] = await Promise.all([
    loader.load({ districtId: 'ryd', filter: null }),
    loader.load({ districtId: 'berga', filter: null }),
    loader.load({ districtId: 'city', filter: null }),
    loader.load({ districtId: 'ryd', filter: 'bar' }),
  ]);
  expect(calls).toEqual([{ ids: ['ryd', 'berga', 'city'], kind: null }, { ids: ['ryd'], kind: 'bar' }]);
  expect(ryd!.map((r) => r.n)).toEqual([1, 2]);
  expect(berga!.map((r) => r.n)).toEqual([3]);
  expect(city).toEqual([]);
  expect(rydBars!.map((r) => r.n)).toEqual([1]);
});
