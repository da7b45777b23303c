import { describe, expect, it } from 'vitest';
import { loadDemoIncidents } from '../src/demo.js';
import { incidentsDatabase } from './database.js';

const db = incidentsDatabase();

interface Seen { weeksAgo: number; wall: string; district: string; category: string; lon: number; lat: number }

/** The demo loaded as of `now`, each incident by how many weeks before now's week it is and its Swedish wall-clock time. */
async function demoAsOf(now: Date): Promise<Seen[]> {
  await db().query('DELETE FROM incidents.incident');
  await loadDemoIncidents(db(), now);
  return db().query<Seen>(
    `SELECT (date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Stockholm')::date
             - date_trunc('week', occurred_at AT TIME ZONE 'Europe/Stockholm')::date) / 7 AS "weeksAgo",
            to_char(occurred_at AT TIME ZONE 'Europe/Stockholm', 'ID HH24:MI') AS wall, district_id AS district, category,
            round(ST_X(location)::numeric, 6)::float8 AS lon, round(ST_Y(location)::numeric, 6)::float8 AS lat
       FROM incidents.incident ORDER BY 1, 2, 3, 4, 5, 6`,
    [now],
  );
}

const weeks = (rows: Seen[], from: number, to: number) => rows.filter((r) => r.weeksAgo >= from && r.weeksAgo <= to);

describe('the demo incidents', () => {
  // A Thursday afternoon in summer time and a Monday morning in winter time, twenty weeks apart.
  const summer = new Date('2026-06-18T15:00:00+02:00');
  const winter = new Date('2026-11-02T09:00:00+01:00');

  it('have the same shape on every day: the weeks before the current one are the same, wall-clock time for wall-clock time', async () => {
    const [a, b] = [await demoAsOf(summer), await demoAsOf(winter)];
    expect(weeks(a, 1, 20).length).toBeGreaterThan(400);
    expect(weeks(b, 1, 20)).toEqual(weeks(a, 1, 20));
  });

  it('end now: nothing after the instant they are loaded for, and the current week so far', async () => {
    const rows = await demoAsOf(winter);
    const [latest] = await db().query<{ at: Date }>('SELECT max(occurred_at) AS at FROM incidents.incident');
    expect(new Date(latest!.at).getTime()).toBeLessThanOrEqual(winter.getTime());
    // Monday 09:00: the current week holds only Monday's first hours.
    expect(weeks(rows, 0, 0).every((r) => r.wall.startsWith('1 0'))).toBe(true);
  });

  it('hold the tour in every week: each priority district has its evening cluster, Skäggetorp\'s new cluster only lately, Berga\'s only before', async () => {
    const rows = await demoAsOf(summer);
    for (let k = 1; k <= 52; k += 1) {
      for (const district of ['skaggetorp', 'ryd', 'berga', 'city']) {
        expect(weeks(rows, k, k).filter((r) => r.district === district).length, `${district}, ${k} weeks ago`).toBeGreaterThanOrEqual(3);
      }
    }
    const stones = (from: number, to: number) => weeks(rows, from, to).filter((r) => r.district === 'skaggetorp' && ['stone_throwing', 'fire'].includes(r.category)).length;
    expect(stones(1, 8)).toBeGreaterThan(2 * stones(9, 16));
  });

  it('begin with ISO week 1 of last year, so every week has the same week a year earlier', async () => {
    const rows = await demoAsOf(new Date('2027-01-01T00:30:00+01:00'));
    const [first] = await db().query<{ week: string }>(`SELECT to_char(min(occurred_at) AT TIME ZONE 'Europe/Stockholm', 'IYYY-"W"IW') AS week FROM incidents.incident`);
    expect(first!.week).toBe('2026-W01');
    expect(rows.length).toBeGreaterThan(1000);
  });
});
