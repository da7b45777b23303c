import DataLoader from 'dataloader';

/**
 * Per-request loader of "the rows of district X (with filter F)": when the gateway resolves a field
 * for many districts in one `_entities` call, one query per distinct filter answers all of them.
 */
export function createDistrictListLoader<F, R extends { districtId: string | null }>(
  load: (districtIds: string[], filter: F) => Promise<R[]>,
  filterKey: (filter: F) => string = (f) => JSON.stringify(f ?? null),
): DataLoader<{ districtId: string; filter: F }, R[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { filter: F; ids: string[] }>();
      for (const { districtId, filter } of keys) {
        const group = groups.get(filterKey(filter)) ?? { filter, ids: [] };
        group.ids.push(districtId);
        groups.set(filterKey(filter), group);
      }
      const rows = new Map<string, R[]>();
      for (const [fk, group] of groups) {
        for (const row of await load(group.ids, group.filter)) {
          const key = `${fk}|${row.districtId}`;
          rows.set(key, [...(rows.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => rows.get(`${filterKey(k.filter)}|${k.districtId}`) ?? []);
    },
    { cacheKeyFn: (k) => `${filterKey(k.filter)}|${k.districtId}` },
  );
}
