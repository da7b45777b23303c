/**
 * Hostile GraphQL requests generated from a schema, for the property-based fuzz test
 * (test/security/fuzz.test.ts): for every argument type an arbitrary of values a caller might send
 * by mistake or on purpose (wrong types, Int over 32 bits, 1e308, NUL and other control characters,
 * SQL and HTML injection, 100 KB strings, deep and long lists, broken GeoJSON, impossible dates and
 * ISO weeks), selections drawn from the schema, and printers that put the values inline or in
 * variables.
 *
 * Values are JSON plus four markers, expanded only when a request is written, so a counterexample
 * fast-check prints stays short and the test process never recurses through a deep array:
 * `{ $deep: n, leaf }` (leaf inside n nested lists), `{ $repeat: n, item }` (a list of n items),
 * `{ $text: s, times: n }` (s repeated n times), `{ $json: value }` (a string: the value as JSON text).
 */
import fc from 'fast-check';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export type FuzzValue = null | boolean | number | string | FuzzValue[] | { [key: string]: FuzzValue };

type Marker =
  | { kind: 'deep'; n: number; leaf: FuzzValue }
  | { kind: 'repeat'; n: number; item: FuzzValue }
  | { kind: 'text'; text: string; n: number }
  | { kind: 'json'; value: FuzzValue };

function isPlain(v: FuzzValue): v is { [key: string]: FuzzValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function marker(v: FuzzValue): Marker | null {
  if (!isPlain(v)) return null;
  const keys = Object.keys(v);
  if (keys.length === 1 && '$json' in v) return { kind: 'json', value: v.$json! };
  if (keys.length !== 2) return null;
  if (typeof v.$deep === 'number' && 'leaf' in v) return { kind: 'deep', n: v.$deep, leaf: v.leaf! };
  if (typeof v.$repeat === 'number' && 'item' in v) return { kind: 'repeat', n: v.$repeat, item: v.item! };
  if (typeof v.$text === 'string' && typeof v.times === 'number') return { kind: 'text', text: v.$text, n: v.times };
  return null;
}

/** The value as JSON text, markers expanded (NaN and ±Infinity become null, as JSON.stringify does). */
export function toJson(v: FuzzValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  const m = marker(v);
  if (m?.kind === 'deep') return '['.repeat(m.n) + toJson(m.leaf) + ']'.repeat(m.n);
  if (m?.kind === 'repeat') return `[${new Array<string>(m.n).fill(toJson(m.item)).join(',')}]`;
  if (m?.kind === 'text') return JSON.stringify(m.text.repeat(m.n));
  if (m?.kind === 'json') return JSON.stringify(toJson(m.value));
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The value as a GraphQL literal for an argument of `type` (enum values bare where they can be).
 * Whatever GraphQL cannot write (NaN, a key that is not a name) is written anyway: the parser's
 * answer to it is part of what is fuzzed.
 */
export function printLiteral(v: FuzzValue, type?: GraphQLInputType): string {
  const t = type && isNonNullType(type) ? type.ofType : type;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : '-Infinity';
  const item = t && isListType(t) ? (t.ofType as GraphQLInputType) : t;
  if (typeof v === 'string') {
    if (t && isEnumType(t) && NAME.test(v) && !['true', 'false', 'null'].includes(v)) return v;
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map((x) => printLiteral(x, item)).join(', ')}]`;
  const m = marker(v);
  if (m?.kind === 'deep') return '['.repeat(m.n) + printLiteral(m.leaf, getNamedType(t) as GraphQLInputType | undefined) + ']'.repeat(m.n);
  if (m?.kind === 'repeat') return `[${new Array<string>(m.n).fill(printLiteral(m.item, item)).join(' ')}]`;
  if (m?.kind === 'text') return JSON.stringify(m.text.repeat(m.n));
  if (m?.kind === 'json') return JSON.stringify(toJson(m.value));
  const fields = t && isInputObjectType(t) ? t.getFields() : {};
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${printLiteral(x, fields[k]?.type)}`).join(', ')}}`;
}

// ---------------------------------------------------------------------------------------------
// Operations

export interface ArgUse {
  name: string;
  value: FuzzValue;
  /** Written into the query; otherwise passed as a variable declared with `varType`. */
  inline: boolean;
  /** The argument's type as the schema prints it ("String!"), or a wrong one on purpose. */
  varType: string;
  type: GraphQLInputType;
}

export type Selection =
  | { field: string; alias?: string; args: ArgUse[]; directives?: string; sub?: Selection[] }
  | { on: string | null; sub: Selection[] };

export interface PrintedOperation {
  query: string;
  variables: Record<string, FuzzValue>;
}

/** Writes the selections, inline arguments in place and the others as $v0, $v1 … */
export function printSelections(selections: Selection[], vars: { defs: string[]; values: Record<string, FuzzValue> }): string {
  const one = (s: Selection): string => {
    if ('on' in s) return `... ${s.on ? `on ${s.on} ` : ''}{ ${s.sub.map(one).join(' ')} }`;
    const args = s.args.map((a) => {
      if (a.inline) return `${a.name}: ${printLiteral(a.value, a.type)}`;
      const name = `v${vars.defs.length}`;
      vars.defs.push(`$${name}: ${a.varType}`);
      vars.values[name] = a.value;
      return `${a.name}: $${name}`;
    });
    const head = `${s.alias ? `${s.alias}: ` : ''}${s.field}${args.length ? `(${args.join(', ')})` : ''}${s.directives ? ` ${s.directives}` : ''}`;
    return s.sub ? `${head} { ${s.sub.map(one).join(' ')} }` : head;
  };
  return selections.map(one).join(' ');
}

export function printOperation(kind: 'query' | 'mutation', selections: Selection[]): PrintedOperation {
  const vars = { defs: [] as string[], values: {} as Record<string, FuzzValue> };
  const body = printSelections(selections, vars);
  return { query: `${kind}${vars.defs.length ? `(${vars.defs.join(', ')})` : ''} { ${body} }`, variables: vars.values };
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** Real values of the running platform, so that some requests get past validation into the resolvers. */
export interface Pools {
  districtIds: string[];
  /** Ids by what they name: measure, venue, incident, plan, activity, property, organisation, rule, shift. */
  ids: Record<string, string[]>;
  /** ISO weeks around the pinned now. */
  weeks: string[];
  /** Swedish calendar days around the pinned now. */
  days: string[];
  /** Instants around the pinned now, ISO 8601. */
  instants: string[];
}

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

export const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE incidents.incident; --", "1'; SELECT pg_sleep(6); --", "' AND pg_sleep(6) IS NULL --",
  '" OR ""="', "' UNION SELECT NULL, version(), current_user --", '1 OR 1=1', '$$; SELECT 1; $$', "\\'; --", "%' --",
  '*/ SELECT 1 /*', "E'\\x00'", 'ryd\' OR district_id IS NOT NULL --', '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg/onload=alert(1)>', '{{7*7}}', '${7*7}', '#{7*7}',
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', '%00', '%s%s%s%s%n', '\\u0000', '__proto__', 'constructor',
  'prototype', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-0', 'null', 'undefined', 'true', '[]', '{}',
  '0x7fffffff', '1e308', '😀', '\u202eevil', '\ufeffBOM', 'A\u030a', 'ǅ', 'İ', 'ß', '\u00a0', ' ', '', 'Skäggetorp',
];

const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0085', '\u2028', '\u2029', '\ufffe', '\uffff', '\ud800', '\udfff'];

export const BAD_WEEKS = [
  '9999-W52', '2026-W54', '2026-W53', '2020-W53', '2015-W53', '2021-W53', '0000-W01', '0001-W01', '2026-W00', '2026-W1',
  '2026W01', '2026-w01', '-2026-W01', '+12026-W01', ' 2026-W01', '2026-W01 ', '2026-W01-1', '2026-W99', '1969-W01',
  '1900-W01', '2026-W5\u0000', '２０２６-W01', '2026-W-1', '99999-W01',
];
export const BAD_DAYS = [
  '0000-01-01', '2026-02-30', '2025-02-29', '2024-02-29', '9999-12-31', '10000-01-01', '+275760-09-13', '-000001-01-01',
  '2026-13-01', '2026-00-10', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '2026-W01', '01/02/2026', '1970-01-01',
  '1900-01-01', '2026-12-31', '2026-01-01\u0000', '2026-04-31',
];
export const BAD_INSTANTS = [
  '2026-01-01T00:00:00Z', '2026-01-01T00:00:00', '2026-01-01T00:00:00+25:00', '2026-01-01T00:00:00+14:00',
  '2026-01-01T00:00:00-12:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999+01:00', '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z', '2026-02-30T12:00:00+01:00', '2026-03-29T02:30:00+01:00', '2026-10-25T02:30:00+01:00',
  '2026-10-25T02:30:00+02:00', '2026-01-01T24:00:00Z', '2026-01-01T23:59:60Z', '2026-01-01', '1767225600000', 'now',
  'Thu, 01 Jan 2026 00:00:00 GMT', '2026-01-01T00:00:00.123456789012Z', '2026-01-01T00:00Z',
];
const TIMES = ['22:00', '02:00', '00:00', '23:59', '24:00', '25:61', '-01:00', '23:59:60', '1:5', '22:00:00', '2200', '10 pm', '', '12:00\u0000'];

const WRONG_TYPES: FuzzValue[] = [0, -1, 1.5, true, false, '', 'x', [], {}, [1, 'a'], { a: 1 }, [[[[null]]]]];
/** Values of a wrong type for whatever was expected. */
const wrongType: fc.Arbitrary<FuzzValue> = fc.constantFrom<FuzzValue>(...WRONG_TYPES, { $deep: 200, leaf: 0 }, { $repeat: 3000, item: 'x' });
const smallWrongType: fc.Arbitrary<FuzzValue> = fc.constantFrom<FuzzValue>(...WRONG_TYPES);

function insertAll(s: string, extra: string[], at: number): string {
  let out = s;
  extra.forEach((c, i) => {
    const p = (at + i * 7) % (out.length + 1);
    out = out.slice(0, p) + c + out.slice(p);
  });
  return out;
}

export class HostileValues {
  private readonly memo = new Map<string, fc.Arbitrary<FuzzValue>>();
  /** The representation of an entity, for `_Any` (set by the test once it knows the subgraphs' keys). */
  representation: fc.Arbitrary<FuzzValue> = fc.constant({ __typename: 'District', id: 'ryd' });
  /**
   * The same values without the large ones (100 KB strings, long and deep lists, many vertices): the
   * items of a long list, so that a request stays within a few megabytes.
   */
  readonly small: HostileValues;

  constructor(readonly pools: Pools, private readonly big = true) {
    this.small = big ? new HostileValues(pools, false) : this;
  }

  /** The arbitraries given, without those marked large when these are the small values. */
  private sized<T>(...choices: { weight: number; arbitrary: fc.Arbitrary<T>; large?: boolean }[]): fc.Arbitrary<T> {
    return fc.oneof(...choices.filter((c) => this.big || !c.large).map(({ weight, arbitrary }) => ({ weight, arbitrary })));
  }

  get wrong(): fc.Arbitrary<FuzzValue> {
    return this.big ? wrongType : smallWrongType;
  }

  private allIds(): string[] {
    return [...this.pools.districtIds, ...Object.values(this.pools.ids).flat()];
  }

  /** Plausible strings for an argument or field called `hint`. */
  semanticString(hint: string): fc.Arbitrary<string> {
    const h = hint.toLowerCase();
    const pick = (values: string[]) => fc.constantFrom(...(values.length ? values : ['x']));
    const uuidish = fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid', '1', '-1', 'rule:x:2026-01-01', 'rule:00000000-0000-0000-0000-000000000000:2026-02-30', '9'.repeat(40));
    if (h.includes('week')) return fc.oneof(w(3, pick(this.pools.weeks)), w(2, fc.constantFrom(...BAD_WEEKS)));
    if (h.includes('district')) return fc.oneof(w(4, pick(this.pools.districtIds)), w(1, fc.constantFrom('nope', 'SKAGGETORP', 'skaggetorp ', 'Skäggetorp', 'ryd\u0000')));
    if (h.includes('time') || h.includes('until')) return fc.constantFrom(...TIMES);
    if (h === 'cells') return fc.constantFrom('2026-W01:150:0:0', '0:0', '1:-1', 'x', '99999999999:1', '');
    for (const [kind, values] of Object.entries(this.pools.ids)) {
      if (h.includes(kind) && values.length) return fc.oneof(w(4, pick(values)), w(1, uuidish));
    }
    if (h === 'id' || h.endsWith('id') || h.endsWith('ids') || h.includes('code')) return fc.oneof(w(4, pick(this.allIds())), w(2, uuidish));
    if (h.includes('organisation')) return fc.constantFrom('Polisen', 'Linköpings kommun', 'Securitas', 'x', '');
    return fc.oneof(
      fc.constantFrom('Text', 'Belysning vid gångtunneln', 'Skäggetorps centrum', 'a', '1', ''),
      fc.string({ maxLength: 40 }),
      pick(this.allIds()),
    );
  }

  /** A string argument: plausible, injected, with control characters, binary, 100 KB, or not a string. */
  string(hint: string): fc.Arbitrary<FuzzValue> {
    if (hint === 'json') return fc.oneof(w(4, this.polisenJson()), w(1, this.string('text')));
    if (hint === 'csv') return fc.oneof(w(4, this.surveyCsv()), w(1, this.string('text')));
    const base = fc.oneof(this.semanticString(hint), fc.constantFrom(...INJECTIONS));
    return this.sized<FuzzValue>(
      w(5, this.semanticString(hint)),
      w(3, fc.constantFrom(...INJECTIONS)),
      w(2, fc.tuple(base, fc.array(fc.constantFrom(...CONTROL), { minLength: 1, maxLength: 3 }), fc.nat()).map(([s, cs, at]) => insertAll(s, cs, at))),
      w(1, fc.string({ unit: 'binary', maxLength: 30 })),
      { ...w(1, fc.record({ $text: fc.constantFrom('x', 'ä', "'", '\u0000', '😀', ' ', '<', 'é\u0301'), times: fc.integer({ min: 1_000, max: 50_000 }) })), large: true },
      w(1, this.wrong),
    );
  }

  int(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(
      w(4, fc.constantFrom(0, 1, -1, 2, 4, 5, 12, 25, 26, 52, 53, 100, 150, 200, 1000, 1001, 2019, 2025, 2026, 2027, 9999, 10000, 2147483647, -2147483648)),
      w(2, fc.constantFrom(2147483648, -2147483649, 2 ** 40, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e21, 1.5, -0.5, 1e308, 5e-324)),
      w(2, fc.integer()),
      w(1, fc.constantFrom<FuzzValue>('12', 'NaN', '2147483648', '1e3')),
      w(1, this.wrong),
    );
  }

  float(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(
      w(3, fc.constantFrom(1e308, -1e308, 1.7976931348623157e308, 1e-320, 5e-324, -5e-324, 0, -0, 2 ** 53, 1e15, 360, 361, -1, 90, 180, 1000)),
      w(2, fc.constantFrom<FuzzValue>('NaN', 'Infinity', '-Infinity', '1e309', '1e-320', '0x10')),
      w(3, fc.double({ noNaN: true, noDefaultInfinity: true })),
      w(2, fc.double({ min: -200, max: 200, noNaN: true })),
      w(1, this.wrong),
    );
  }

  boolean(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(w(4, fc.boolean()), w(1, fc.constantFrom<FuzzValue>('true', 0, 1, 'false', [], {})));
  }

  date(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(w(3, fc.constantFrom(...this.pools.days)), w(3, fc.constantFrom(...BAD_DAYS)), w(1, this.string('text')), w(1, this.wrong));
  }

  dateTime(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(
      w(3, fc.constantFrom(...this.pools.instants)),
      w(3, fc.constantFrom(...BAD_INSTANTS)),
      w(1, fc.constantFrom<FuzzValue>(0, 1767225600000, -1, 8.64e15 + 1)),
      w(1, this.string('text')),
      w(1, this.wrong),
    );
  }

  /** Geometries near Linköping, valid and not: altitudes, open rings, bow ties, NaN, huge numbers, wrong types. */
  geoJson(): fc.Arbitrary<FuzzValue> {
    const lon = fc.double({ min: 15.5, max: 15.7, noNaN: true });
    const lat = fc.double({ min: 58.37, max: 58.45, noNaN: true });
    const pos = fc.tuple(lon, lat);
    const d = fc.double({ min: 1e-7, max: 0.01, noNaN: true });
    const square = fc.tuple(pos, d).map(([[x, y], s]) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]);
    const valid = fc.oneof(
      pos.map((c) => ({ type: 'Point', coordinates: c })),
      fc.array(pos, { minLength: 2, maxLength: 5 }).map((c) => ({ type: 'LineString', coordinates: c })),
      square.map((r) => ({ type: 'Polygon', coordinates: [r] })),
      fc.array(pos, { minLength: 1, maxLength: 4 }).map((c) => ({ type: 'MultiPoint', coordinates: c })),
      fc.array(square, { minLength: 1, maxLength: 3 }).map((rs) => ({ type: 'MultiPolygon', coordinates: rs.map((r) => [r]) })),
      fc.array(fc.array(pos, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((c) => ({ type: 'MultiLineString', coordinates: c })),
    );
    const huge = fc.constantFrom<FuzzValue>(1e308, -1e308, 181, -181, 91, -91, 1e-320, 5e-324, 1e20, 'NaN', null, '15.6', true);
    const hostile = this.sized<FuzzValue>(
      // Third and fourth coordinates.
      w(1, fc.tuple(pos, fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 2 })).map(([c, z]) => ({ type: 'Point', coordinates: [...c, ...z] }))),
      w(1, square.map((r) => ({ type: 'Polygon', coordinates: [r.map((c) => [...c, 95])] }))),
      // Unclosed, too short, bow tie, zero area, hole outside the shell, duplicate points.
      w(1, square.map((r) => ({ type: 'Polygon', coordinates: [r.slice(0, 4)] }))),
      w(1, square.map((r) => ({ type: 'Polygon', coordinates: [r.slice(0, 2).concat([r[0]!])] }))),
      w(1, square.map(([a, b, c, e]) => ({ type: 'Polygon', coordinates: [[a!, c!, b!, e!, a!]] }))),
      w(1, pos.map((c) => ({ type: 'Polygon', coordinates: [[c, c, c, c]] }))),
      w(1, fc.tuple(square, square).map(([r1, r2]) => ({ type: 'Polygon', coordinates: [r1, r2.map(([x, y]) => [x! + 1, y!])] }))),
      w(1, square.map((r) => ({ type: 'LineString', coordinates: [r[0]!, r[0]!] }))),
      // NaN, huge and tiny numbers, wrong member types.
      w(1, fc.tuple(huge, huge).map((c) => ({ type: 'Point', coordinates: c }))),
      w(1, fc.tuple(square, fc.nat(4), huge).map(([r, i, h]) => ({ type: 'Polygon', coordinates: [r.map((c, j) => (j === i ? [h, c[1]!] : c))] }))),
      // Wrong types and shapes.
      w(4, fc.constantFrom<FuzzValue>(
        { type: 'Circle', coordinates: [15.6, 58.4], radius: 10 }, { type: 'point', coordinates: [15.6, 58.4] }, { type: 5, coordinates: [15.6, 58.4] },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [15.6, 58.4] }, properties: {} }, { type: 'FeatureCollection', features: [] },
        { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [15.6, 58.4] }] }, { coordinates: [15.6, 58.4] },
        { type: 'Point' }, { type: 'Point', coordinates: 'x' }, { type: 'Point', coordinates: [] }, { type: 'Point', coordinates: [[15.6, 58.4]] },
        { type: 'Polygon', coordinates: [[]] }, { type: 'Polygon', coordinates: [] }, { type: 'Polygon', coordinates: [15.6, 58.4] },
        { type: 'MultiPolygon', coordinates: [[[[]]]] }, { type: 'LineString', coordinates: [[15.6, 58.4]] }, { type: 'Point', coordinates: { 0: 15.6, 1: 58.4 } },
        { type: 'Point', coordinates: [15.6, 58.4], bbox: 'x', crs: { type: 'name', properties: { name: 'EPSG:3006' } } },
        { type: 'Polygon', coordinates: [[[-179, -89], [179, -89], [179, 89], [-179, 89], [-179, -89]]] },
        { type: 'Point', coordinates: [536000, 6480000] }, {}, [], 'POINT(15.6 58.4)', 'SRID=4326;POINT(15.6 58.4)',
        '{"type":"Point","coordinates":[15.6,58.4]}', JSON.parse('{"type":"Point","coordinates":[15.6,58.4],"__proto__":{"type":"Polygon"}}') as FuzzValue,
        { type: 'Point', coordinates: [15.6, 58.4], constructor: { prototype: { x: 1 } } },
      )),
      // Many vertices, deep nesting.
      { ...w(1, fc.tuple(pos, fc.integer({ min: 100, max: 60_000 })).map(([c, n]) => ({ type: 'LineString', coordinates: { $repeat: n, item: c } }))), large: true },
      { ...w(1, fc.tuple(square, fc.integer({ min: 100, max: 20_000 })).map(([r, n]) => ({ type: 'MultiPolygon', coordinates: { $repeat: n, item: [r] } }))), large: true },
      { ...w(1, fc.integer({ min: 2, max: 20_000 }).map((n) => ({ type: 'Point', coordinates: { $deep: n, leaf: 15.6 } }))), large: true },
    );
    return fc.oneof(w(3, valid), w(5, hostile), w(1, this.wrong));
  }

  /** Police event files (`importPolisenEvents(json)`): plausible events with hostile fields, and text that is not JSON. */
  polisenJson(): fc.Arbitrary<FuzzValue> {
    const event = this.polisenEvent();
    return this.sized<FuzzValue>(
      w(4, fc.array(event, { maxLength: 4 }).map((events): FuzzValue => ({ $json: events }))),
      { ...w(1, fc.tuple(this.small.polisenEvent(), fc.integer({ min: 10, max: 400 })).map(([e, n]): FuzzValue => ({ $json: { $repeat: n, item: e } }))), large: true },
      w(1, fc.constantFrom<FuzzValue>('', '[', '{}', 'null', '"x"', '[1,2,3]', '[null]', '[{}]', '[{"__proto__":{"id":1}}]', '\u0000')),
      { ...w(1, fc.constant<FuzzValue>({ $json: { $deep: 50_000, leaf: null } })), large: true },
    );
  }

  private polisenEvent(): fc.Arbitrary<FuzzValue> {
    const text = fc.oneof(fc.constantFrom(...INJECTIONS), fc.constantFrom('Linköping', 'Skäggetorp, Linköping', 'Ryd'));
    return fc.record({
      id: fc.oneof(fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom<FuzzValue>(0, -1, 2 ** 60, 1.5, '1', null)),
      datetime: fc.constantFrom<FuzzValue>('2026-01-05 6:38:18 +01:00', '2026-02-30 6:38:18 +01:00', '0000-01-01 0:00:00 +00:00', '9999-12-31 23:59:59 +14:00', '2026-01-05 25:61:61 +99:99', 'x', 1),
      name: fc.tuple(text, fc.constantFrom('Misshandel', 'Skadegörelse', 'Brand', 'Nope')).map(([place, type]) => `05 januari 06.32, ${type}, ${place}`),
      summary: fc.oneof(text, fc.constantFrom<FuzzValue>(this.big ? { $text: 'x', times: 25_000 } : 'x', 'Ring 070-123 45 67, personnummer 19900101-1234')),
      url: fc.constantFrom<FuzzValue>('/aktuellt/handelser/2026/januari/5/x/', 'javascript:alert(1)', '//evil.example', 'https://polisen.se/x', 'https://polisen.se.evil.example/', 5),
      type: fc.oneof(fc.constantFrom('Misshandel', 'Skadegörelse', 'Brand', 'Sammanfattning natt', '__proto__'), text),
      location: fc.oneof(
        fc.record({ name: fc.oneof(text, fc.constant('Linköping')), gps: fc.constantFrom<FuzzValue>('58.41,15.62', 'NaN,NaN', '1e308,1e308', '', 5) }),
        fc.constantFrom<FuzzValue>(null, 'Linköping', []),
      ),
    });
  }

  /** Survey CSV files (`importSurveyResults(csv)`). */
  surveyCsv(): fc.Arbitrary<FuzzValue> {
    const header = fc.constantFrom('district,year,indicator,value,respondents', 'district;year;indicator;value;respondents', '', 'a,b', '"district","year","indicator","value","respondents"');
    const row = fc.tuple(
      fc.oneof(fc.constantFrom(...(this.pools.districtIds.length ? this.pools.districtIds : ['ryd'])), fc.constantFrom(...INJECTIONS)),
      fc.constantFrom('2018', '2026', '0', '-1', '99999999999', '2026.5', 'x', ''),
      fc.constantFrom('safe_at_night', 'worried_about_crime', 'avoids_places', 'SAFE_AT_NIGHT', 'nope', ''),
      fc.constantFrom('48.6', '0', '100', '101', '-1', 'NaN', '1e308', 'Infinity', ''),
      fc.constantFrom('487', '0', '-5', '1.5', '2147483648', ''),
    ).map((cells) => cells.join(','));
    return this.sized<FuzzValue>(
      w(4, fc.tuple(header, fc.array(row, { maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r')).map(([h, rows, nl]) => [h, ...rows].join(nl))),
      { ...w(1, fc.tuple(row, fc.integer({ min: 100, max: 5_000 })).map(([r, n]): FuzzValue => ({ $text: `${r}\n`, times: n }))), large: true },
      w(1, fc.constantFrom<FuzzValue>('"unterminated', 'a,"b\nc', '\u0000', ',,,,')),
      { ...w(1, fc.constant<FuzzValue>({ $text: 'x,', times: 20_000 })), large: true },
    );
  }

  any(): fc.Arbitrary<FuzzValue> {
    return fc.oneof(w(3, fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<FuzzValue>), w(1, this.wrong), w(1, this.string('text')));
  }

  /** A value for a named input type, hostile or plausible. */
  named(type: GraphQLNamedType, hint: string): fc.Arbitrary<FuzzValue> {
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return fc.oneof(
        w(8, fc.constantFrom(...values)),
        w(1, fc.constantFrom<FuzzValue>('NOPE', values[0]!.toLowerCase(), '', `${values[0]}\u0000`, `${values[0]} `, '__proto__')),
        w(1, this.wrong),
      );
    }
    if (isInputObjectType(type)) return this.inputObject(type.name, type.getFields());
    switch (type.name) {
      case 'String':
      case 'ID':
        return this.string(hint);
      case 'Int':
        return this.int();
      case 'Float':
        return this.float();
      case 'Boolean':
        return this.boolean();
      case 'IsoWeek':
        return this.string('week');
      case 'Date':
        return this.date();
      case 'DateTime':
        return this.dateTime();
      case 'GeoJSON':
        return this.geoJson();
      case '_Any':
        return this.representation;
      default:
        return this.any();
    }
  }

  private inputObject(name: string, fields: Record<string, { name: string; type: GraphQLInputType; defaultValue?: unknown }>): fc.Arbitrary<FuzzValue> {
    const model: Record<string, fc.Arbitrary<FuzzValue | undefined>> = {};
    for (const f of Object.values(fields)) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      const value = this.value(f.type, f.name);
      model[f.name] = required ? fc.oneof(w(15, value), w(1, fc.constant(undefined))) : fc.oneof(w(3, fc.constant(undefined)), w(2, value));
    }
    const object = fc.tuple(fc.record(model), fc.oneof(w(12, fc.constant(null)), w(1, fc.constantFrom<[string, FuzzValue]>(['nope', 1], ['__typename', name], ['constructor', {}], ['toString', 'x'])))).map(([record, extra]) => {
      const out: Record<string, FuzzValue> = {};
      for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
      if (extra) out[extra[0]] = extra[1];
      return out as FuzzValue;
    });
    return fc.oneof(w(12, object), w(1, this.wrong));
  }

  /** A value for an input type: nulls where none may be, single values for lists, long and deep lists. */
  value(type: GraphQLInputType, hint: string): fc.Arbitrary<FuzzValue> {
    const key = `${String(type)}|${hint}`;
    let arb = this.memo.get(key);
    if (arb) return arb;
    // Input objects may refer to themselves: tie the knot lazily.
    this.memo.set(key, fc.constant(null));
    if (isNonNullType(type)) {
      arb = fc.oneof(w(15, this.value(type.ofType as GraphQLInputType, hint)), w(1, fc.constant(null)));
    } else if (isListType(type)) {
      const item = this.value(type.ofType as GraphQLInputType, hint);
      const smallItem = this.small.value(type.ofType as GraphQLInputType, hint);
      arb = this.sized<FuzzValue>(
        w(6, fc.array(item, { maxLength: 3 })),
        w(2, item),
        { ...w(1, fc.record({ $repeat: fc.integer({ min: 100, max: 5_000 }), item: smallItem })), large: true },
        { ...w(1, fc.record({ $deep: fc.constantFrom(2, 10, 100, 1_000, 10_000), leaf: smallItem })), large: true },
      );
    } else {
      arb = this.named(type as GraphQLNamedType, hint);
    }
    const lazy = arb;
    this.memo.set(key, lazy);
    return lazy;
  }

  /** One plausible value (no arbitrary): what a client would send, for requests meant to run. */
  plausible(type: GraphQLInputType, hint: string): FuzzValue {
    if (isNonNullType(type)) return this.plausible(type.ofType as GraphQLInputType, hint);
    if (isListType(type)) return [this.plausible(type.ofType as GraphQLInputType, hint)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      const out: Record<string, FuzzValue> = {};
      for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = this.plausible(f.type, f.name);
      if (type.name === 'MapViewInput') return { west: 15.5, south: 58.36, east: 15.7, north: 58.45, zoom: 13 };
      return out;
    }
    const h = hint.toLowerCase();
    switch ((type as GraphQLNamedType).name) {
      case 'Int':
        return h.includes('year') ? 2026 : h.includes('weeks') ? 8 : 4;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Date':
        return this.pools.days[0] ?? '2026-01-05';
      case 'DateTime':
        return this.pools.instants[0] ?? '2026-01-05T00:00:00Z';
      case 'GeoJSON':
        return { type: 'Point', coordinates: [15.587, 58.426] };
      default:
        if (h.includes('week')) return this.pools.weeks[1] ?? '2026-W02';
        if (h.includes('district')) return this.pools.districtIds[0] ?? 'ryd';
        for (const [kind, values] of Object.entries(this.pools.ids)) if (h.includes(kind) && values[0]) return values[0];
        return Object.values(this.pools.ids).flat()[0] ?? 'x';
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Selections from a schema

const MAX_DEPTH = 3;

export class SchemaFuzzer {
  private readonly selections = new Map<string, fc.Arbitrary<Selection[]>>();

  constructor(readonly schema: GraphQLSchema, readonly values: HostileValues) {}

  /** The arguments of a field: required ones nearly always, optional ones sometimes, inline or as variables. */
  args(args: readonly GraphQLArgument[]): fc.Arbitrary<ArgUse[]> {
    const one = (a: GraphQLArgument) => {
      const use = fc.record({
        value: this.values.value(a.type, a.name),
        inline: fc.boolean(),
        wrongType: fc.oneof(w(15, fc.constant(null)), w(1, fc.constantFrom('String', 'Int!', '[String!]', 'JSON', 'Nope', 'GeoJSON', 'ID'))),
      }).map(({ value, inline, wrongType: wrong }): ArgUse => ({ name: a.name, value, inline, varType: wrong ?? String(a.type), type: a.type }));
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      return required ? fc.oneof(w(19, use), w(1, fc.constant(null))) : fc.oneof(w(3, fc.constant(null)), w(2, use));
    };
    return fc.tuple(...args.map(one)).map((uses) => uses.filter((u): u is ArgUse => u !== null));
  }

  /** The same arguments, each with one plausible value, for requests meant to run. */
  plausibleArgs(args: readonly GraphQLArgument[]): ArgUse[] {
    return args
      .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
      .map((a) => ({ name: a.name, value: this.values.plausible(a.type, a.name), inline: true, varType: String(a.type), type: a.type }));
  }

  field(f: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Selection> {
    const named = getNamedType(f.type);
    const sub = isCompositeType(named) ? this.selection(f.type, depth + 1) : fc.constant(undefined);
    return fc.tuple(this.args(f.args), sub).map(([args, s]) => ({ field: f.name, args, ...(s ? { sub: s } : {}) }));
  }

  /** A few fields of a composite type, nested at most MAX_DEPTH deep; `__typename` when nothing else fits. */
  selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<Selection[]> {
    const named = getNamedType(type);
    const key = `${named.name}|${depth}`;
    const known = this.selections.get(key);
    if (known) return known;
    const typename: Selection = { field: '__typename', args: [] };
    let arb: fc.Arbitrary<Selection[]>;
    if (isAbstractType(named)) {
      const types = this.schema.getPossibleTypes(named);
      const p = Math.min(0.5, 1.5 / Math.max(1, types.length));
      const parts = types.map((t) => fc.oneof(w(Math.round((1 - p) * 100), fc.constant(null)), w(Math.round(p * 100), this.selection(t, depth).map((sub): Selection => ({ on: t.name, sub })))));
      arb = fc.tuple(...parts).map((ps) => [typename, ...ps.filter((x): x is Selection => x !== null)]);
    } else if (isObjectType(named)) {
      const fields = Object.values(named.getFields()).filter((f) => depth < MAX_DEPTH || !isCompositeType(getNamedType(f.type)));
      const p = Math.min(0.5, 2.5 / Math.max(1, fields.length));
      const parts = fields.map((f) => fc.oneof(w(Math.round((1 - p) * 100), fc.constant(null)), w(Math.round(p * 100), this.field(f, depth))));
      arb = fc.tuple(...parts).map((ps) => {
        const chosen = ps.filter((x): x is Selection => x !== null);
        return chosen.length ? chosen : [typename];
      });
    } else {
      arb = fc.constant([typename]);
    }
    this.selections.set(key, arb);
    return arb;
  }

  rootFields(kind: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
    const root = kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType();
    return root ? Object.values(root.getFields()) : [];
  }

  /** One root field with hostile arguments and a random selection. */
  operation(): fc.Arbitrary<{ kind: 'query' | 'mutation'; selections: Selection[] }> {
    const choices = (['query', 'mutation'] as const).flatMap((kind) =>
      this.rootFields(kind).map((f) => this.field(f, 1).map((s) => ({ kind, selections: [s] }))),
    );
    return fc.oneof(...choices);
  }

  /** A root field with plausible arguments and a random selection (the expensive fields, multiplied). */
  plausibleRoot(kind: 'query' | 'mutation' = 'query'): fc.Arbitrary<Selection> {
    const fields = this.rootFields(kind).filter((f) => !f.name.startsWith('_'));
    return fc.constantFrom(...fields).chain((f) => {
      const named = getNamedType(f.type);
      const sub = isCompositeType(named) ? this.selection(f.type, 2) : fc.constant(undefined);
      return sub.map((s): Selection => ({ field: f.name, args: this.plausibleArgs(f.args), ...(s ? { sub: s } : {}) }));
    });
  }
}

/** Each entity type's key fields and the external fields a representation may carry, read from a subgraph's SDL. */
export function entityShapes(sdl: string): Map<string, { keys: string[][]; external: string[] }> {
  const shapes = new Map<string, { keys: string[][]; external: string[] }>();
  for (const def of parse(sdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const keys = (def.directives ?? [])
      .filter((d) => d.name.value === 'key')
      .map((d) => d.arguments?.find((a) => a.name.value === 'fields')?.value)
      .filter((v) => v?.kind === Kind.STRING)
      .map((v) => (v as { value: string }).value.replace(/\{[^{}]*\}/g, ' ').split(/\s+/).filter(Boolean));
    if (keys.length === 0) continue;
    const external = (def.fields ?? []).filter((f) => f.directives?.some((d) => d.name.value === 'external')).map((f) => f.name.value);
    const known = shapes.get(def.name.value);
    shapes.set(def.name.value, { keys: [...(known?.keys ?? []), ...keys], external: [...new Set([...(known?.external ?? []), ...external])] });
  }
  return shapes;
}
