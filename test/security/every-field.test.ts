/**
 * Every field of the public API is asked at least once — each root field (queries and mutations)
 * and each field of every type reachable from them, entity fields resolved across subgraphs
 * included — as the admin and as the EST group. `{ presenceRules { id } }` failed for every role
 * on both databases because no test asked for it; nothing answers INTERNAL_SERVER_ERROR now.
 */
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isAbstractType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLOutputType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday, TEST_NOW, weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../services/gateway/api-schema.graphql', import.meta.url), 'utf8'));
let platform: TestPlatform;
const ids: Record<string, string> = {};
let week = '';

beforeAll(async () => {
  platform = await startTestPlatform();
  week = await weekBefore(platform.databases.get('incidents')!, 1);
  const first = async (sql: string, service: 'plan' | 'measures' | 'venues' | 'incidents') =>
    (await platform.databases.get(service)!.query<{ id: string }>(sql))[0]?.id ?? '00000000-0000-0000-0000-000000000000';
  ids.measure = await first('SELECT id::text FROM measures.measure ORDER BY id LIMIT 1', 'measures');
  ids.plan = await first('SELECT id::text FROM plan.plan ORDER BY id LIMIT 1', 'plan');
  ids.venue = await first('SELECT id::text FROM venues.venue ORDER BY id LIMIT 1', 'venues');
  ids.incident = await first('SELECT id::text FROM incidents.incident ORDER BY id LIMIT 1', 'incidents');
});
afterAll(() => platform?.stop());

const year = Number(swedishToday().slice(0, 4));
const RYD_VIEW = { west: 15.53, south: 58.39, east: 15.59, north: 58.42, zoom: 15 };
const POINT = { type: 'Point', coordinates: [15.5597, 58.4046] };

/** A well-formed value for an argument: real ids and the current week where a name says so. */
function valueFor(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name);
  if (isListType(type)) return [valueFor(type.ofType, name.replace(/s$/, ''))];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    if (type.name === 'MapViewInput') return RYD_VIEW;
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name)]));
  }
  const named = getNamedType(type).name;
  const byName: Record<string, unknown> = {
    week, lastWeek: week, districtId: 'ryd', year, from: new Date(TEST_NOW.getTime() - 7 * 86_400_000).toISOString(), to: TEST_NOW.toISOString(),
    planId: ids.plan, venueId: ids.venue, activityCode: '1', stage: 1, on: swedishToday(),
  };
  if (name in byName) return byName[name];
  if (named === 'ID') return ids.incident;
  if (named === 'Int') return 1;
  if (named === 'Float') return 1;
  if (named === 'Boolean') return true;
  if (named === 'Date') return swedishToday();
  if (named === 'DateTime') return TEST_NOW.toISOString();
  if (named === 'GeoJSON') return POINT;
  return 'Text utan personuppgifter';
}

/** The id a root field that fetches one thing needs. */
const ROOT_IDS: Record<string, () => string> = { measure: () => ids.measure!, plan: () => ids.plan!, district: () => 'ryd' };

interface Step { field: string; args: string; on?: string }

function argsOf(field: GraphQLField<unknown, unknown>, vars: Map<string, { type: string; value: unknown }>, owner: string): string {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  if (required.length === 0) return '';
  return `(${required.map((a) => {
    const key = `v${vars.size}`;
    const value = owner === 'Query' && a.name === 'id' && ROOT_IDS[field.name] ? ROOT_IDS[field.name]!() : valueFor(a.type, a.name);
    vars.set(key, { type: String(a.type), value });
    return `${a.name}: $${key}`;
  }).join(', ')})`;
}

function leaf(type: GraphQLNamedType): string {
  return isObjectType(type) || isAbstractType(type) ? ' { __typename }' : '';
}

const nullable = (type: GraphQLOutputType): GraphQLOutputType => (isNonNullType(type) ? type.ofType : type);

/** The shortest way from a root to every object type, as steps. */
function pathsFrom(root: GraphQLObjectType): Map<string, { steps: GraphQLField<unknown, unknown>[]; owners: string[]; ons: (string | undefined)[] }> {
  const paths = new Map([[root.name, { steps: [] as GraphQLField<unknown, unknown>[], owners: [] as string[], ons: [] as (string | undefined)[] }]]);
  const queue: GraphQLObjectType[] = [root];
  while (queue.length) {
    const type = queue.shift()!;
    const here = paths.get(type.name)!;
    // A single object before a list of them: the cost limit multiplies what is inside a list.
    const fields = Object.values(type.getFields()).sort((a, b) => Number(isListType(nullable(a.type))) - Number(isListType(nullable(b.type))));
    for (const field of fields) {
      const target = getNamedType(field.type);
      const concrete = isAbstractType(target) ? schema.getPossibleTypes(target) : isObjectType(target) ? [target] : [];
      for (const next of concrete) {
        if (paths.has(next.name)) continue;
        paths.set(next.name, { steps: [...here.steps, field], owners: [...here.owners, type.name], ons: [...here.ons, isAbstractType(target) ? next.name : undefined] });
        queue.push(next);
      }
    }
  }
  return paths;
}

function operations(kind: 'query' | 'mutation'): { label: string; text: string; variables: Record<string, unknown> }[] {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  // Mutations are asked at their root only: what they return is read through the queries.
  const paths = kind === 'query' ? pathsFrom(root) : new Map([[root.name, { steps: [], owners: [], ons: [] }]]);
  const out: { label: string; text: string; variables: Record<string, unknown> }[] = [];
  for (const [typeName, path] of paths) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const vars = new Map<string, { type: string; value: unknown }>();
      let body = `${field.name}${argsOf(field, vars, typeName)}${leaf(getNamedType(field.type))}`;
      for (let i = path.steps.length - 1; i >= 0; i--) {
        const step = path.steps[i]!;
        const inner = path.ons[i] ? `... on ${path.ons[i]} { ${body} }` : body;
        body = `${step.name}${argsOf(step, vars, path.owners[i]!)} { ${inner} }`;
      }
      const declared = [...vars].map(([k, v]) => `$${k}: ${v.type}`).join(', ');
      out.push({
        label: `${typeName}.${field.name}`,
        text: `${kind}${declared ? `(${declared})` : ''} { ${body} }`,
        variables: Object.fromEntries([...vars].map(([k, v]) => [k, v.value])),
      });
    }
  }
  return out;
}

// Built once the ids and the week are known (beforeAll), not at load time.
let QUERIES: ReturnType<typeof operations> = [];
let MUTATIONS: ReturnType<typeof operations> = [];
beforeAll(() => {
  QUERIES = operations('query');
  MUTATIONS = operations('mutation');
});

/** Asks every operation as `as`: the internal errors (or 5xx), and the coded refusals, one line each. */
async function askAll(ops: ReturnType<typeof operations>, as: string): Promise<{ internal: string[]; refused: string[] }> {
  const internal: string[] = [];
  const refused: string[] = [];
  for (const op of ops) {
    const res = await platform.raw(op.text, op.variables, { as });
    const body = JSON.parse(res.text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const bad = res.status >= 500 || (body.errors ?? []).some((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
    if (bad) internal.push(`${op.label}: ${res.status} ${res.text.slice(0, 200)}`);
    else if (body.errors?.length) refused.push(`${op.label}: ${body.errors.map((e) => e.extensions?.code).join(',')} ${body.errors[0]!.message.slice(0, 80)}`);
  }
  return { internal, refused };
}

describe.each(['admin', 'est'])('as %s', (as) => {
  it('every field reachable from Query: an answer or a coded refusal, never an internal error', async () => {
    expect(QUERIES.length).toBeGreaterThan(350);
    const { internal, refused } = await askAll(QUERIES, as);
    expect(internal).toEqual([]);
    // The arguments are well formed: the fields are answered, not refused for their input.
    expect(refused.filter((r) => r.includes('BAD_USER_INPUT')), refused.join('\n')).toEqual([]);
    // Some 400 queries one after the other: about 40 s as admin on two cores, more when CI is busy.
  }, 180_000);

  it('every mutation with well-typed arguments: an answer or a coded refusal', async () => {
    expect(MUTATIONS.length).toBeGreaterThan(20);
    const { internal } = await askAll(MUTATIONS, as);
    expect(internal).toEqual([]);
  });
});

it('presenceRules and Situation.presenceRules answer (they once failed for every role)', async () => {
  const rules = await platform.gql<{ presenceRules: { id: string }[] }>('{ presenceRules { id } }', {}, { as: 'admin' });
  expect(rules.errors).toBeUndefined();
  expect(Array.isArray(rules.data!.presenceRules)).toBe(true);
  const situation = await platform.gql<{ situation: { presenceRules: unknown[] } }>(
    'query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { presenceRules { id } } }', { w: week }, { as: 'est' });
  expect(situation.errors).toBeUndefined();
  expect(Array.isArray(situation.data!.situation.presenceRules)).toBe(true);
});
