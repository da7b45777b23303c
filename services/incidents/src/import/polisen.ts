/**
 * Pure mapping of the Swedish Police's open events (`/api/events` on polisen.se) to the project's
 * incidents. No I/O here: the importer reads the response, calls `parsePolisenFile`, then
 * `mapPolisenEvent` per event, and upserts on `sourceId` (the Police republish an id with a changed
 * text, so an import must update rather than insert twice).
 *
 * What the source does and does not tell us:
 * - `location.gps` is the centre of the county or municipality, not the place of the event. It is
 *   validated as a string and otherwise ignored: drawn as a pin it would pile every Linköping event
 *   onto one point in the town centre. The precision is therefore never 'exact'.
 * - The place is the last part of `name` ("07 juni 06.32, Misshandel, Malmö"); `location.name`
 *   is the fallback. A place ending in "län" means only the county is known.
 * - A district is only ever named in free text (`summary`, sometimes `name`).
 */
import type { Category } from '../categories.js';

// ---------------------------------------------------------------------------------------------
// Raw shape and validation

/** One event as the Police publish it. */
export interface PolisenEvent {
  id: number;
  /** Publication time, "2025-06-07 6:38:18 +02:00": local time with offset, hour not zero-padded. */
  datetime: string;
  /** "07 juni 06.32, Misshandel, Malmö": the event's own day and time (no year), type and place. */
  name: string;
  summary: string;
  /** A path on polisen.se; older responses had absolute URLs. */
  url: string;
  type: string;
  location: { name: string; gps: string };
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2}) ([+-]\d{2}:\d{2})$/;
// Links are shown to users, so only the Police's own site is accepted.
const POLISEN_ORIGIN = 'https://polisen.se';
const POLISEN_HOSTS = new Set(['polisen.se', 'www.polisen.se']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isText = (v: unknown): boolean => isString(v) && v.trim() !== '';
/** The texts are one line; 20 summaries in the file hold non-breaking spaces ("gräsbrand\u00a0i Skäggetorp"). */
const cleanText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function isPolisenUrl(v: unknown): boolean {
  if (!isString(v)) return false;
  if (v.startsWith('/') && !v.startsWith('//')) return true;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && POLISEN_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

/** Field, test, what was expected: one row per rule, so a reason names every broken field. */
const FIELD_RULES: readonly (readonly [string, (v: unknown) => boolean, string])[] = [
  ['id', (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0, 'a positive integer'],
  ['datetime', (v) => isString(v) && DATETIME.test(v), 'a time like "2025-06-07 6:38:18 +02:00"'],
  ['name', isText, 'a non-empty string'],
  ['summary', isString, 'a string'],
  ['url', isPolisenUrl, 'a path or an http(s) URL on polisen.se'],
  ['type', isText, 'a non-empty string'],
  ['location', isRecord, 'an object'],
  ['location.name', isText, 'a non-empty string'],
  ['location.gps', isString, 'a string'],
];

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, field) => (isRecord(v) ? v[field] : undefined), value);
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return v === undefined ? 'missing' : 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  if (typeof v === 'object') return Array.isArray(v) ? 'an array' : 'an object';
  return `${typeof v} ${String(v)}`;
}

/** An invalid item: its index, what is wrong in words (for the command line), and which fields. */
export interface InvalidItem {
  index: number;
  reason: string;
  /** The event's fields that are missing or wrong ("location.gps"); empty when it is no event object at all. */
  fields: string[];
}

const failedRules = (v: Record<string, unknown>) => FIELD_RULES.filter(([path, ok]) => !ok(at(v, path)));

function problems(v: unknown): string[] {
  if (!isRecord(v)) return [`expected an event object, got ${describe(v)}`];
  return failedRules(v).map(([path, , expected]) => `${path}: expected ${expected}, got ${describe(at(v, path))}`);
}

const isPolisenEvent = (v: unknown): v is PolisenEvent => problems(v).length === 0;

/** Copies only the known fields, so whatever else the API adds is not stored unseen. */
const pick = (e: PolisenEvent): PolisenEvent => ({
  id: e.id,
  datetime: e.datetime,
  name: e.name,
  summary: e.summary,
  url: e.url,
  type: e.type,
  location: { name: e.location.name, gps: e.location.gps },
});

/**
 * Splits a response into valid events and the invalid ones with reasons (index in the array).
 * Throws when the whole is not an array: an error page or a changed API is nothing to import.
 */
export function parsePolisenFile(json: unknown): { events: PolisenEvent[]; invalid: InvalidItem[] } {
  if (!Array.isArray(json)) throw new TypeError(`Police events: expected an array of events, got ${describe(json)}`);
  const events: PolisenEvent[] = [];
  const invalid: InvalidItem[] = [];
  json.forEach((item: unknown, index) => {
    if (isPolisenEvent(item)) events.push(pick(item));
    else invalid.push({ index, reason: problems(item).join('; '), fields: isRecord(item) ? failedRules(item).map(([path]) => path) : [] });
  });
  return { events, invalid };
}

// ---------------------------------------------------------------------------------------------
// Types → categories

export interface TypeMapping {
  category: Category;
  /** False for events that are not offences: accidents, searches, alarms, summaries, notices. */
  isCrime: boolean;
}

const crime = (category: Category): TypeMapping => ({ category, isCrime: true });
const notCrime = (category: Category): TypeMapping => ({ category, isCrime: false });

/**
 * Every type in the Östergötland 2022–2025 file, plus the few the Police also use that matter for
 * the categories (marked "not in the file"). A type not listed maps to `UNKNOWN_TYPE`.
 */
export const POLICE_TYPES: Readonly<Record<string, TypeMapping>> = {
  // Hot/våld: violence against a person, threats, robbery, and the acts of gang violence.
  Misshandel: crime('threat_violence'),
  'Misshandel, grov': crime('threat_violence'),
  'Olaga hot': crime('threat_violence'),
  'Våld/hot mot tjänsteman': crime('threat_violence'),
  Rån: crime('threat_violence'),
  'Rån, försök': crime('threat_violence'),
  'Rån övrigt': crime('threat_violence'),
  'Mord/dråp': crime('threat_violence'),
  'Mord/dråp, försök': crime('threat_violence'),
  'Skottlossning, misstänkt': crime('threat_violence'),
  Våldtäkt: crime('threat_violence'),
  'Olaga frihetsberövande/människorov': crime('threat_violence'),
  // The Police's word for the explosive attacks on homes and doors ("Explosion i Ekholmen - stora
  // materiella skador på fastighet"); "Explosion" (below) also covers building works and accidents.
  Detonation: crime('threat_violence'),
  // An assault (hold-up) alarm: pressed by someone being attacked (in the file: attempted rape).
  'Larm Överfall': crime('threat_violence'),
  // Inbrott: the category also holds theft, as the Police's own "Stöld/inbrott" does.
  Inbrott: crime('burglary'),
  Stöld: crime('burglary'),
  'Stöld, försök': crime('burglary'),
  'Stöld/inbrott': crime('burglary'),
  'Motorfordon, stöld': crime('burglary'),
  // Ordningsstörning.
  Bråk: crime('public_disorder'),
  Ordningslagen: crime('public_disorder'),
  // Skadegörelse.
  Skadegörelse: crime('vandalism'),
  // A fire is not an offence until arson is suspected; the Police say so in the text, not the type.
  Brand: notCrime('fire'),
  // Offences with no place-bound category of their own.
  Bedrägeri: crime('other'),
  Åldringsbrott: crime('other'),
  Rattfylleri: crime('other'),
  Trafikbrott: crime('other'),
  'Trafikolycka, smitning från': crime('other'),
  Vapenlagen: crime('other'),
  Knivlagen: crime('other'),
  Skyddslagen: crime('other'),
  // Not offences: accidents, rescue, searches, police activity, notices.
  Trafikolycka: notCrime('other'),
  'Trafikolycka, personskada': notCrime('other'),
  'Trafikolycka, singel': notCrime('other'),
  'Trafikolycka, vilt': notCrime('other'),
  Trafikhinder: notCrime('other'),
  Arbetsplatsolycka: notCrime('other'),
  'Sjukdom/olycksfall': notCrime('other'),
  Räddningsinsats: notCrime('other'),
  Djur: notCrime('other'),
  'Försvunnen person': notCrime('other'),
  'Farligt föremål, misstänkt': notCrime('other'),
  Explosion: notCrime('other'),
  'Kontroll person/fordon': notCrime('other'),
  'Polisinsats/kommendering': notCrime('other'),
  Uppdatering: notCrime('other'),
  Övrigt: notCrime('other'),
  // Summaries of several events: no single category or place.
  'Sammanfattning natt': notCrime('other'),
  'Sammanfattning kväll och natt': notCrime('other'),
  // Not in the file, used by the Police elsewhere.
  Narkotikabrott: crime('drug_dealing'),
  Skottlossning: crime('threat_violence'),
  'Rån väpnat': crime('threat_violence'),
  'Inbrott, försök': crime('burglary'),
  // Drunkenness is not an offence in Sweden (LOB is custody for the person's own protection).
  'Fylleri/LOB': notCrime('public_disorder'),
};

/** A type the table does not know yet: counted, not guessed at. */
export const UNKNOWN_TYPE: TypeMapping = notCrime('other');

/** The Police's type → the project's category (the `category` column of `POLICE_TYPES`). */
export const TYPE_CATEGORIES: Readonly<Record<string, Category>> = Object.fromEntries(
  Object.entries(POLICE_TYPES).map(([type, m]) => [type, m.category]),
);

// hasOwn: a type named like an Object.prototype member ("constructor") must not find one.
export const typeMapping = (type: string): TypeMapping =>
  Object.hasOwn(POLICE_TYPES, type) ? (POLICE_TYPES[type] ?? UNKNOWN_TYPE) : UNKNOWN_TYPE;

// "Sammanfattning dag", "… helg" exist too: the prefix, not the table, says what a summary is.
const isSummaryType = (type: string): boolean => type.trim().toLocaleLowerCase('sv').startsWith('sammanfattning');

// ---------------------------------------------------------------------------------------------
// Times

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
// "07 juni 06.32, …"; older names use "07:42".
const NAME_TIME = /^(\d{1,2}) (\p{L}+) (\d{1,2})[.:](\d{2})(?!\d)/u;
const STOCKHOLM = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/** Publication time; the hour is not zero-padded, so Date cannot read it as it is. */
function publishedAtOf(datetime: string): Date {
  const m = DATETIME.exec(datetime);
  if (!m) throw new TypeError(`Police event: unreadable datetime "${datetime}"`);
  const [, y, mo, d, h = '', mi, s, offset] = m;
  return new Date(`${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${s}${offset}`);
}

/** Stockholm's UTC offset at an instant, from the time zone database (CET/CEST). */
function stockholmOffsetMs(t: number): number {
  const name = STOCKHOLM.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/**
 * A Stockholm wall-clock time as an instant. The name's time has no offset, and the publication's
 * offset can differ from the event's on the night the clocks change. Of the hour that occurs twice
 * in October this gives the second (CET); a time skipped in March is read as CET too.
 */
function stockholmTime(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  const wall = Date.UTC(year, month, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // "29 februari" in a year without one, "32 maj"
  return new Date(wall - stockholmOffsetMs(wall - stockholmOffsetMs(wall)));
}

/**
 * The event's own time from `name`, with the year that puts it nearest the publication: an event
 * on 31 December published on 1 January belongs to the year before. Null when the name has no
 * readable day and time.
 */
function occurredAtOf(name: string, publishedAt: Date, publishedYear: number): Date | null {
  const m = NAME_TIME.exec(name.trim());
  if (!m) return null;
  const [, day = '', monthName = '', hour = '', minute = ''] = m;
  const month = MONTHS.indexOf(monthName.toLocaleLowerCase('sv'));
  if (month < 0 || Number(hour) > 23 || Number(minute) > 59) return null;
  const distance = (d: Date): number => Math.abs(d.getTime() - publishedAt.getTime());
  return [publishedYear - 1, publishedYear, publishedYear + 1]
    .map((year) => stockholmTime(year, month, Number(day), Number(hour), Number(minute)))
    .filter((d): d is Date => d !== null)
    .reduce<Date | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
}

// ---------------------------------------------------------------------------------------------
// Places

/** The project's districts are Linköping's: a district named in another municipality's event is another place. */
const DISTRICT_MUNICIPALITY = 'Linköping';
const isDistrictMunicipality = (m: string | null): boolean => m !== null && key(m) === key(DISTRICT_MUNICIPALITY);
const isCounty = (place: string): boolean => /(^|\s)län$/iu.test(place.trim());

/** The place is the last part of the name; `location.name` when the name has none. Null: county only. */
function municipalityOf(e: PolisenEvent): string | null {
  const parts = e.name.split(',').map(cleanText);
  const fromName = parts.length >= 3 ? parts[parts.length - 1] : undefined; // day and time, type, place
  return [fromName, cleanText(e.location.name)].find((p): p is string => !!p && !isCounty(p)) ?? null;
}

export interface DistrictName {
  id: string;
  name: string;
  aliases?: string[];
}

/**
 * Names that are ordinary words in the texts ("City Gross" is a supermarket chain, "city" English):
 * such a district is found through its other names or aliases only.
 */
const NOT_MATCHED_ALONE = new Set(['city']);

/**
 * Words the Police use for a district that the DB's district list (names only, no aliases) lacks.
 * Keyed by district id; merge with `withDefaultAliases` before calling `mapPolisenEvent`.
 */
export const DEFAULT_DISTRICT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  city: ['Innerstaden', 'centrala Linköping', 'centrala delarna av Linköping'],
};

export const withDefaultAliases = (districts: readonly DistrictName[]): DistrictName[] =>
  districts.map((d) => ({ ...d, aliases: [...new Set([...(d.aliases ?? []), ...(DEFAULT_DISTRICT_ALIASES[d.id] ?? [])])] }));

const key = (s: string): string => cleanText(s).toLocaleLowerCase('sv');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** "City (Innerstaden)", as the DB names it, is matched as "City" and as "Innerstaden". */
const termsOf = (d: DistrictName): string[] =>
  [...d.name.split(/[()]/), ...(d.aliases ?? [])].map(key).filter((t) => t !== '' && !NOT_MATCHED_ALONE.has(t));

interface Matcher {
  pattern: RegExp | null;
  byTerm: Map<string, DistrictName>;
}

/**
 * One pattern for all names: whole words (letters include å, ä, ö, é), optionally with the
 * genitive -s ("Skäggetorps centrum"). A longer word is not a district: "Lambohovsleden" and
 * "Rydsvägen" are roads, often at the district's edge or outside it. Longest term first, so
 * "Västra Valla" wins over "Valla" when both are districts.
 */
function buildMatcher(districts: readonly DistrictName[]): Matcher {
  const byTerm = new Map(districts.flatMap((d) => termsOf(d).map((t) => [t, d] as const)));
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = terms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join('|')})s?(?![\\p{L}\\p{N}])`, 'iu') : null;
  return { pattern, byTerm };
}

// The same district list is passed for every event of an import: build its pattern once (so the
// list is treated as immutable, as its readonly type says).
const matchers = new WeakMap<readonly DistrictName[], Matcher>();

/** The district named first in the text (summary before name), or null. */
function findDistrict(text: string, districts: readonly DistrictName[]): DistrictName | null {
  const matcher = matchers.get(districts) ?? buildMatcher(districts);
  matchers.set(districts, matcher);
  const found = matcher.pattern?.exec(text.normalize('NFC'))?.[1];
  return found === undefined ? null : (matcher.byTerm.get(key(found)) ?? null);
}

// ---------------------------------------------------------------------------------------------
// The mapping

export interface MappedEvent {
  /** The Police's id: the key to update on, whatever the text says this time. */
  sourceId: string;
  /** From the name's day and time; the publication time when the name has none. */
  occurredAt: Date;
  publishedAt: Date;
  category: Category;
  originalType: string;
  title: string;
  summary: string;
  /** Absolute, https://polisen.se/… */
  url: string;
  /** Null when only the county is known. */
  municipality: string | null;
  countyLevel: boolean;
  /** The district's id in the list passed in; the DB requires it for precision 'district'. */
  districtId: string | null;
  /** The district's name in the list passed in ("City (Innerstaden)" when the text says "Innerstaden"). */
  districtName: string | null;
  precision: 'district' | 'municipality' | 'county';
  isSummary: boolean;
  isCrime: boolean;
}

/** Maps one event. `districts` are Linköping's districts as the DB has them. */
export function mapPolisenEvent(e: PolisenEvent, districts: readonly DistrictName[]): MappedEvent {
  const publishedAt = publishedAtOf(e.datetime);
  const municipality = municipalityOf(e);
  const district = isDistrictMunicipality(municipality) ? findDistrict(`${e.summary}\n${e.name}`, districts) : null;
  const { category, isCrime } = typeMapping(e.type);
  return {
    sourceId: String(e.id),
    occurredAt: occurredAtOf(e.name, publishedAt, Number(e.datetime.slice(0, 4))) ?? publishedAt,
    publishedAt,
    category,
    originalType: e.type,
    title: cleanText(e.name),
    summary: cleanText(e.summary),
    url: absoluteUrl(e.url),
    municipality,
    countyLevel: municipality === null,
    districtId: district?.id ?? null,
    districtName: district?.name ?? null,
    precision: district ? 'district' : municipality ? 'municipality' : 'county',
    isSummary: isSummaryType(e.type),
    isCrime,
  };
}

function absoluteUrl(url: string): string {
  const u = new URL(url, POLISEN_ORIGIN);
  u.protocol = 'https:'; // an absolute http URL of polisen.se is linked over https
  return u.href;
}
