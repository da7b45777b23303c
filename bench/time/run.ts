/**
 * Swedish time, three ways, side by side in one run: our own `@tk/time` (Intl offsets, cached per
 * quarter-hour), Luxon, and the Temporal polyfill. The two questions the platform asks of the zone
 * all day: an instant's offset (binning incidents into Swedish days and hours) and a wall-clock time's
 * instant (expanding a recurring presence plan into shifts). The answers are compared first, over
 * ten years of instants and every quarter-hour of the clock-change nights: Temporal must agree with
 * ours everywhere; where Luxon does not, the run says where. Figures, not a test.
 *
 *   npx tsx time/run.ts [--samples 200000]
 */
import { localToUtc, zoneOffsetMs } from '@tk/time';
import { DateTime } from 'luxon';
import { Temporal } from 'temporal-polyfill';
import { parseArgs } from 'node:util';

const ZONE = 'Europe/Stockholm';
const { values } = parseArgs({ options: { samples: { type: 'string', default: '200000' } } });
const samples = Number(values.samples);
if (!Number.isInteger(samples) || samples <= 0) throw new Error('--samples takes a whole number above 0');

// A fixed sequence (no Math.random): the same instants in every run, spread over 2020–2029.
const FROM = Date.UTC(2020, 0, 1);
const SPAN = Date.UTC(2030, 0, 1) - FROM;
const instants = Array.from({ length: samples }, (_, i) => FROM + Math.floor(((i * 2654435761) % 4294967296) / 4294967296 * SPAN));
const pad = (n: number) => String(n).padStart(2, '0');
/** Wall-clock times: every quarter-hour of 2026's clock-change nights, then the instants read in Swedish time. */
const changeNights = ['2026-03-29', '2026-10-25'].flatMap((day) => Array.from({ length: 96 }, (_, q) => [day, `${pad(Math.floor(q / 4))}:${pad((q % 4) * 15)}`] as const));
const walls = [...changeNights, ...instants.map((t) => {
  const d = new Date(t + zoneOffsetMs(new Date(t)));
  return [d.toISOString().slice(0, 10), d.toISOString().slice(11, 16)] as const;
})].slice(0, samples);

const offsetBy = {
  '@tk/time': (t: number) => zoneOffsetMs(new Date(t)),
  luxon: (t: number) => DateTime.fromMillis(t, { zone: ZONE }).offset * 60_000,
  'temporal-polyfill': (t: number) => Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(ZONE).offsetNanoseconds / 1e6,
};
// Temporal's and Luxon's answers for a skipped or repeated wall time are the "compatible" ones ours gives (RFC 5545).
const instantBy = {
  '@tk/time': ([day, time]: readonly [string, string]) => localToUtc(day, time).getTime(),
  luxon: ([day, time]: readonly [string, string]) => DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toMillis(),
  'temporal-polyfill': ([day, time]: readonly [string, string]) =>
    Temporal.PlainDateTime.from(`${day}T${time}`).toZonedDateTime(ZONE, { disambiguation: 'compatible' }).epochMilliseconds,
};

/** How many answers each other implementation gives differently from ours. */
function disagreements<I>(inputs: readonly I[], by: Record<string, (input: I) => number>): Record<string, I[]> {
  const [[, ours], ...others] = Object.entries(by) as [string, (input: I) => number][];
  return Object.fromEntries(others.map(([name, run]) => [name, inputs.filter((input) => run(input) !== ours!(input))]));
}

/** Nanoseconds per call, the best of three rounds (after one round to warm up). */
function timed<I>(inputs: readonly I[], run: (input: I) => number): number {
  let sink = 0;
  const round = () => {
    const start = process.hrtime.bigint();
    for (const input of inputs) sink += run(input);
    return Number(process.hrtime.bigint() - start) / inputs.length;
  };
  round();
  const best = Math.min(round(), round(), round());
  if (sink === Number.MIN_VALUE) console.log(sink);
  return best;
}

const offsets = disagreements(instants, offsetBy);
const wallTimes = disagreements(walls, instantBy);
// Temporal implements the rule ours follows: any disagreement with it is a fault of ours.
if (offsets['temporal-polyfill']!.length + wallTimes['temporal-polyfill']!.length > 0) {
  throw new Error(`@tk/time and Temporal disagree: ${JSON.stringify([offsets['temporal-polyfill']!.slice(0, 3), wallTimes['temporal-polyfill']!.slice(0, 3)])}`);
}
console.log(`Offsets of ${instants.length} instants: Temporal agrees with ours on all, Luxon differs on ${offsets.luxon!.length}.`);
console.log(`Instants of ${walls.length} wall-clock times (${changeNights.length} on the clock-change nights of 2026): Temporal agrees on all, Luxon differs on ${wallTimes.luxon!.length}${wallTimes.luxon!.length ? ` (e.g. ${wallTimes.luxon!.slice(0, 4).map(([d, t]) => `${d} ${t}`).join(', ')}: the repeated autumn hour, where Luxon takes the second, winter-time one)` : ''}.\n`);

for (const [question, inputs, by] of [
  ["an instant's offset", instants, offsetBy],
  ["a wall-clock time's instant", walls, instantBy],
] as const) {
  const ours = timed(inputs as never[], by['@tk/time'] as (i: never) => number);
  console.log(question);
  for (const [name, run] of Object.entries(by)) {
    const ns = name === '@tk/time' ? ours : timed(inputs as never[], run as (i: never) => number);
    console.log(`  ${name.padEnd(18)} ${(ns / 1000).toFixed(3).padStart(8)} µs per call   ${(ns / ours).toFixed(1).padStart(6)} × ours`);
  }
}
