import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectWindows } from '../../services/incidents/src/effect.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Every time window in Swedish calendar time, against an independent count done here with a
// time-zone library (Luxon): the lägesbild's weeks, four-week averages and year-ago weeks for every
// ISO week 2020–2030, yearly counts, measure-effect windows, and recurring presence expanded across
// clock changes. Synthetic incidents lie just after 00:00 and just before 24:00 on every day around
// each clock change and each new year, and in the hours a clock change repeats or skips. On
// PostgreSQL it runs with the database session in UTC and in Europe/Stockholm: the session's time
// zone must decide nothing. (PGlite has one session, in GMT.)

const ZONE = 'Europe/Stockholm';
const YEARS = Array.from({ length: 11 }, (_, k) => 2020 + k);
const SESSIONS = process.env.DATABASE_URL ? ['UTC', 'Europe/Stockholm'] : [null];
const CATEGORIES = ['vandalism', 'graffiti', 'fire', 'stone_throwing', 'drug_dealing', 'public_disorder'] as const;

const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const lastSunday = (year: number, month: number) => {
  const last = DateTime.fromObject({ year, month }, { zone: ZONE }).endOf('month').startOf('day');
  return last.minus({ days: last.weekday % 7 });
};
const label = (d: DateTime) => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
const weekStart = (l: string) => {
  const [y, w] = l.split('-W').map(Number) as [number, number];
  const d = DateTime.fromObject({ weekYear: y, weekNumber: w, weekday: 1 }, { zone: ZONE });
  return d.isValid && label(d) === l ? d : null;
};

/** Instants to put incidents at: 30 s after and before each midnight around clock changes and new years, and the hours a change skips or repeats. */
function syntheticInstants(): Date[] {
  const days = new Set<string>();
  for (const year of YEARS) {
    for (const change of [lastSunday(year, 3), lastSunday(year, 10)]) {
      for (let k = -8; k <= 8; k++) days.add(change.plus({ days: k }).toISODate()!);
    }
    for (let k = -8; k <= 8; k++) days.add(DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE }).plus({ days: k }).toISODate()!);
  }
  const instants = [...days].flatMap((day) => {
    const midnight = local(day).startOf('day');
    return [midnight.plus({ seconds: 30 }), midnight.plus({ days: 1 }).minus({ seconds: 30 })];
  });
  for (const year of YEARS) {
    const spring = lastSunday(year, 3);
    // 01:59:30 CET and 03:00:30 CEST: one real minute apart around the skipped hour.
    instants.push(spring.set({ hour: 1, minute: 59, second: 30 }), spring.set({ hour: 3, minute: 0, second: 30 }));
    // 02:30 happens twice on the autumn night: both.
    instants.push(...lastSunday(year, 10).set({ hour: 2, minute: 30 }).getPossibleOffsets());
  }
  return instants.map((d) => d.toJSDate());
}

for (const session of SESSIONS) {
  describe(`time windows in Swedish calendar time${session ? ` (database session in ${session})` : ''}`, () => {
    let platform: TestPlatform;
    let district: { id: string; lon: number; lat: number };
    /** Every incident of the district as the database holds it: the independent counts start here. */
    let rows: { at: DateTime; category: string }[];

    beforeAll(async () => {
      platform = await startTestPlatform({}, session ? { sessionTimeZone: session } : {});
      const db = platform.databases.get('incidents')!;
      if (session) {
        const [row] = await db.query<{ tz: string }>("SELECT current_setting('TimeZone') AS tz");
        expect(row!.tz).toBe(session);
      }
      // The smallest district outside the priority ones: no demo presence there, and a cheap lägesbild.
      const [smallest] = await db.query<{ id: string; lon: number; lat: number }>(
        `SELECT id, ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM geo.district WHERE NOT priority) d ORDER BY ST_Area((SELECT geom FROM geo.district g WHERE g.id = d.id)) LIMIT 1`);
      district = smallest!;
      const instants = syntheticInstants();
      await db.query(
        `INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
         SELECT at, category, 'Tidsfönstertest', 'exact', ST_SetSRID(ST_MakePoint($3, $4), 4326), $5, 'Test', 'manual'
           FROM unnest($1::timestamptz[], $2::text[]) AS s(at, category)`,
        [instants, instants.map((_, i) => CATEGORIES[i % CATEGORIES.length]), district.lon, district.lat, district.id],
      );
      rows = (await db.query<{ at: Date; category: string }>(
        'SELECT occurred_at AS at, category FROM incidents.incident WHERE deleted_at IS NULL AND district_id = $1', [district.id],
      )).map((r) => ({ at: DateTime.fromJSDate(new Date(r.at), { zone: ZONE }), category: r.category }));
    });
    afterAll(() => platform?.stop());

    it('gives every week 2020-W01 … 2030-W52 the lägesbild counts, four-week averages and year-ago figures of an independent count', async () => {
      const byWeek = new Map<string, Map<string, number>>();
      for (const r of rows) {
        const w = byWeek.get(label(r.at)) ?? new Map<string, number>();
        w.set(r.category, (w.get(r.category) ?? 0) + 1);
        byWeek.set(label(r.at), w);
      }
      const countOf = (l: string, category?: string) => {
        const w = byWeek.get(l);
        return !w ? 0 : category ? (w.get(category) ?? 0) : [...w.values()].reduce((s, n) => s + n, 0);
      };
      const weeks: string[] = [];
      for (let d = weekStart('2020-W01')!; label(d) <= '2030-W52'; d = d.plus({ weeks: 1 })) weeks.push(label(d));
      expect(weeks.filter((w) => w.endsWith('-W53'))).toEqual(['2020-W53', '2026-W53']);

      const expected = (l: string, category?: string) => {
        const start = weekStart(l)!;
        const before = [1, 2, 3, 4].map((k) => label(start.minus({ weeks: k })));
        const [y, n] = l.split('-W');
        const yearAgo = weekStart(`${Number(y) - 1}-W${n}`);
        return {
          count: countOf(l, category),
          average: before.reduce((s, w) => s + countOf(w, category), 0) / 4,
          lastYear: yearAgo ? countOf(label(yearAgo), category) : null,
        };
      };
      const FIGURES = 'total previousFourWeeksAverage sameWeekLastYear byCategory { category count previousFourWeeksAverage sameWeekLastYear }';
      type Figures = { total: number; previousFourWeeksAverage: number; sameWeekLastYear: number | null; byCategory: { category: string; count: number; previousFourWeeksAverage: number; sameWeekLastYear: number | null }[] };
      let compared = 0;
      for (let i = 0; i < weeks.length; i += 12) {
        const batch = weeks.slice(i, i + 12);
        const query = `{ ${batch.map((w, k) => `w${k}: situation(week: "${w}", districtId: "${district.id}") { week figures { ${FIGURES} } }`).join(' ')} }`;
        const res = await platform.gql<Record<string, { week: string; figures: Figures }>>(query, {}, { as: 'est' });
        expect(res.errors).toBeUndefined();
        batch.forEach((w, k) => {
          const { figures } = res.data![`w${k}`]!;
          const want = expected(w);
          expect({ week: w, count: figures.total, average: figures.previousFourWeeksAverage, lastYear: figures.sameWeekLastYear }).toEqual({ week: w, ...want });
          for (const category of CATEGORIES) {
            const got = figures.byCategory.find((c) => c.category.toLowerCase() === category);
            const wantCategory = expected(w, category);
            expect({ week: w, category, count: got?.count ?? 0, average: got?.previousFourWeeksAverage ?? 0, lastYear: want.lastYear === null ? null : (got?.sameWeekLastYear ?? 0) })
              .toEqual({ week: w, category, ...wantCategory });
          }
          compared += 1;
        });
      }
      expect(compared).toBe(weeks.length);
    });

    it('gives the priority districts\' demo weeks after each clock change the four-week averages of an independent count', async () => {
      // The district-weeks where the average was an hour off (the window was 672 hours in a UTC session).
      const weeks = ['2025-W14', '2025-W16', '2025-W17', '2025-W46', '2025-W47', '2026-W16', '2026-W17', '2026-W44', '2026-W47'];
      const districts = ['berga', 'city', 'ryd', 'skaggetorp'];
      const all = (await platform.databases.get('incidents')!.query<{ at: Date; districtId: string }>(
        'SELECT occurred_at AS at, district_id AS "districtId" FROM incidents.incident WHERE deleted_at IS NULL AND district_id = ANY($1)', [districts],
      )).map((r) => ({ week: label(DateTime.fromJSDate(new Date(r.at), { zone: ZONE })), districtId: r.districtId }));
      const count = (districtId: string, week: string) => all.filter((r) => r.districtId === districtId && r.week === week).length;
      let nonZero = 0;
      for (const d of districts) {
        const query = `{ ${weeks.map((w) => `w${w.replace('-', '_')}: situation(week: "${w}", districtId: "${d}") { figures { previousFourWeeksAverage } }`).join(' ')} }`;
        const res = await platform.gql<Record<string, { figures: { previousFourWeeksAverage: number } }>>(query, {}, { as: 'est' });
        expect(res.errors).toBeUndefined();
        for (const w of weeks) {
          const start = weekStart(w)!;
          const want = [1, 2, 3, 4].reduce((sum, k) => sum + count(d, label(start.minus({ weeks: k }))), 0) / 4;
          expect(res.data![`w${w.replace('-', '_')}`]!.figures.previousFourWeeksAverage, `${d} ${w}`).toBe(want);
          nonZero += want > 0 ? 1 : 0;
        }
      }
      console.log(`four-week averages checked in ${districts.length * weeks.length} demo district-weeks, ${nonZero} of them non-zero`);
    });

    it('counts calendar years in Swedish time: exactly for the EST group, from the weeks starting in the year for the steering group', async () => {
      const query = `{ district(id: "${district.id}") { ${YEARS.map((y) => `y${y}: incidentRate(year: ${y}) { count { exact value atLeast hiddenCells } }`).join(' ')} } }`;
      type Rates = { district: Record<string, { count: { exact: boolean; value: number | null; atLeast: number; hiddenCells: number } }> };
      const est = await platform.gql<Rates>(query, {}, { as: 'est' });
      const steering = await platform.gql<Rates>(query, {}, { as: 'styrgruppen' });
      expect(est.errors ?? steering.errors).toBeUndefined();
      const perWeek = new Map<string, number>();
      rows.forEach((r) => perWeek.set(label(r.at), (perWeek.get(label(r.at)) ?? 0) + 1));
      for (const year of YEARS) {
        expect(est.data!.district[`y${year}`]!.count, `${year}`).toEqual({ exact: true, value: rows.filter((r) => r.at.year === year).length, atLeast: rows.filter((r) => r.at.year === year).length, hiddenCells: 0 });
        // The steering group sees no incident one by one: a week counts when it holds 0 or ≥ 5.
        const weeks = [...perWeek].filter(([l]) => weekStart(l)!.year === year).map(([, n]) => n);
        const atLeast = weeks.filter((n) => n >= 5).reduce((s, n) => s + n, 0);
        const hiddenCells = weeks.filter((n) => n > 0 && n < 5).length;
        expect(steering.data!.district[`y${year}`]!.count, `${year}`).toEqual({ exact: false, value: hiddenCells ? null : atLeast, atLeast, hiddenCells });
      }
    });

    it('says so, rather than 0, when a published count is asked for a period in which no week starts', async () => {
      // Tuesday to Friday of a week full of synthetic incidents (2026-W13, the week of the spring change).
      const from = local('2026-03-24T00:00').toJSDate().toISOString();
      const to = local('2026-03-27T00:00').toJSDate().toISOString();
      const q = `query($f: DateTime, $t: DateTime) { district(id: "${district.id}") { incidentCount(from: $f, to: $t) { exact value atLeast hiddenCells missing } } }`;
      const steering = await platform.gql<{ district: { incidentCount: unknown } }>(q, { f: from, t: to }, { as: 'styrgruppen' });
      expect(steering.data!.district.incidentCount).toEqual({ exact: false, value: null, atLeast: 0, hiddenCells: 0, missing: 'NO_WEEK_STARTS' });
      const est = await platform.gql<{ district: { incidentCount: { value: number } } }>(q, { f: from, t: to }, { as: 'est' });
      expect(est.data!.district.incidentCount.value).toBe(rows.filter((r) => r.at >= local('2026-03-24T00:00') && r.at < local('2026-03-27T00:00')).length);
      expect(est.data!.district.incidentCount.value).toBeGreaterThan(0);
    });

    it('puts a measure\'s effect windows on Swedish midnights, twelve calendar weeks each side, for every day around each clock change', async () => {
      let checked = 0;
      for (const year of YEARS) {
        for (const change of [lastSunday(year, 3), lastSunday(year, 10)]) {
          for (let k = -3; k <= 3; k++) {
            const done = change.plus({ days: k });
            const w = effectWindows(done.toISODate()!, 12);
            const at = (d: DateTime) => d.startOf('day').toJSDate().toISOString();
            expect([w.beforeFrom, w.beforeTo, w.afterFrom, w.afterTo].map((d) => new Date(d).toISOString()))
              .toEqual([at(done.minus({ days: 84 })), at(done), at(done.plus({ days: 1 })), at(done.plus({ days: 85 }))]);
            checked += 1;
          }
        }
      }
      expect(checked).toBe(YEARS.length * 2 * 7);
    });

    describe('recurring presence across clock changes', () => {
      // Plans whose shifts start at a time a spring night skips (02:30) or an autumn night repeats,
      // last 24 h on the clock (25 h real once a year), or cross midnight; expanded by the platform and
      // here, and summed per ISO week.
      const RULES = [
        { weekdays: [7], startTime: '02:30', endTime: '05:00', firstDate: '2026-01-01', lastDate: '2026-12-31' },
        { weekdays: [7], startTime: '00:30', endTime: '00:29', firstDate: '2026-01-01', lastDate: '2026-12-31' },
        { weekdays: [5, 6], startTime: '22:00', endTime: '02:00', firstDate: '2026-01-01', lastDate: '2026-12-31' },
        { weekdays: [6, 7, 1], startTime: '01:00', endTime: '03:30', firstDate: '2027-01-01', lastDate: '2027-12-31' },
        { weekdays: [7], startTime: '02:00', endTime: '02:59', firstDate: '2027-03-01', lastDate: '2027-11-30' },
      ];
      /** Swedish wall time → instant: a skipped time moves forward by the gap, a repeated one is its first occurrence (README). */
      const wall = (day: string, time: string) => {
        const d = DateTime.fromISO(`${day}T${time}`, { zone: ZONE });
        const candidates = d.getPossibleOffsets();
        return (candidates.length ? candidates.sort((a, b) => a.toMillis() - b.toMillis())[0]! : d).toMillis();
      };
      const shiftsOf = (rule: (typeof RULES)[number]) => {
        const shifts: { start: number; end: number }[] = [];
        for (let d = DateTime.fromISO(rule.firstDate, { zone: ZONE }); d.toISODate()! <= rule.lastDate; d = d.plus({ days: 1 })) {
          if (!rule.weekdays.includes(d.weekday)) continue;
          const endDay = rule.endTime <= rule.startTime ? d.plus({ days: 1 }) : d;
          shifts.push({ start: wall(d.toISODate()!, rule.startTime), end: wall(endDay.toISODate()!, rule.endTime) });
        }
        return shifts;
      };

      it('sums the hours inside every ISO week of 2026 and 2027 as an independent expansion does', async () => {
        for (const rule of RULES) {
          const res = await platform.gql(
            `mutation($input: PresenceRuleInput!) { planRecurringPresence(input: $input) { id } }`,
            { input: { ...rule, actorKind: 'NIGHT_WALKER', organisation: 'Nattvandrarna', geometry: { type: 'Point', coordinates: [district.lon, district.lat] } } },
            { as: 'est' },
          );
          expect(res.errors).toBeUndefined();
        }
        const shifts = RULES.flatMap(shiftsOf);
        // The 25-hour one: Sunday 25 October 2026 00:30 CEST to Monday 00:29 CET.
        expect(shifts.some((s) => s.end - s.start === (24 * 60 + 59) * 60_000)).toBe(true);
        const weeks: string[] = [];
        for (let d = weekStart('2026-W01')!; label(d) <= '2027-W52'; d = d.plus({ weeks: 1 })) weeks.push(label(d));
        for (let i = 0; i < weeks.length; i += 20) {
          const batch = weeks.slice(i, i + 20);
          const res = await platform.gql<Record<string, { planned: number; realised: number }[]>>(
            `{ ${batch.map((w, k) => `w${k}: presenceHours(week: "${w}", districtIds: ["${district.id}"]) { planned realised }`).join(' ')} }`, {}, { as: 'est' });
          expect(res.errors).toBeUndefined();
          batch.forEach((w, k) => {
            const from = weekStart(w)!.toMillis();
            const to = weekStart(w)!.plus({ weeks: 1 }).toMillis();
            const hours = shifts.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)) / 3_600_000, 0);
            // The API gives hours to the hundredth.
            expect(res.data![`w${k}`]![0]!.planned, w).toBeCloseTo(Math.round(hours * 100) / 100, 9);
          });
        }
      });

      it('lists each week\'s shifts as the independent expansion has them, the 25-hour one included', async () => {
        const shifts = RULES.flatMap(shiftsOf);
        for (const w of ['2026-W13', '2026-W14', '2026-W43', '2026-W44', '2027-W12', '2027-W13', '2027-W43', '2027-W44']) {
          const res = await platform.gql<{ district: { presence: { startsAt: string; endsAt: string }[] } }>(
            `{ district(id: "${district.id}") { presence(week: "${w}") { startsAt endsAt } } }`, {}, { as: 'est' });
          expect(res.errors).toBeUndefined();
          const from = weekStart(w)!.toMillis();
          const to = weekStart(w)!.plus({ weeks: 1 }).toMillis();
          const want = shifts.filter((s) => s.end > from && s.start < to).map((s) => [s.start, s.end]).sort((a, b) => a[0]! - b[0]!);
          expect(res.data!.district.presence.map((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt)]), w).toEqual(want);
        }
      });
    });
  });
}
