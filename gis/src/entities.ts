import {
  GraphQLError, isEnumType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { badUserInput } from './errors.js';

/** More representations than any plan of ours sends in one fetch (the gateway batches per type). */
const MAX_REPRESENTATIONS = 1000;

type KeyDirective = { name: string; args?: { fields?: unknown } };

/** Each key of an entity type as its top-level field names ("week districtId" → [week, districtId]). */
function keysOf(type: GraphQLObjectType): string[][] {
  const directives = (type.extensions as { directives?: unknown }).directives;
  const list: KeyDirective[] = Array.isArray(directives)
    ? (directives as KeyDirective[]).filter((d) => d.name === 'key')
    : [((directives ?? {}) as Record<string, unknown>).key].flat().filter(Boolean).map((args) => ({ name: 'key', args: args as { fields?: unknown } }));
  return list
    .map((d) => d.args?.fields)
    .filter((f): f is string => typeof f === 'string')
    .map((fields) => fields.replace(/\{[^{}]*\}/g, ' ').split(/\s+/).filter(Boolean));
}

/** Deeper than any value a representation carries (a GeoJSON polygon's coordinates are 3 deep). */
const MAX_DEPTH = 12;

/** How deep a JSON value nests, counted without recursion (hostile values nest 10,000 deep). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_DEPTH) return depth;
    if (typeof item === 'object' && item !== null) for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const SCALARS: Record<string, (value: unknown) => boolean> = {
  ID: (v) => typeof v === 'string' || Number.isInteger(v),
  String: (v) => typeof v === 'string',
  Int: (v) => Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31 - 1,
  Float: (v) => typeof v === 'number' && Number.isFinite(v),
  Boolean: (v) => typeof v === 'boolean',
  Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => typeof v === 'string' && v.length <= 64 && !Number.isNaN(Date.parse(v)),
  GeoJSON: (v) => isPlainObject(v) && typeof v.type === 'string' && depthOf(v) <= MAX_DEPTH,
};

/**
 * Whether a representation's field has the shape its type in this subgraph says: the gateway only
 * ever sends what the owning subgraph answered, so anything else is made up, and would otherwise
 * reach a resolver or SQL as the wrong type.
 */
function fits(type: GraphQLOutputType, value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (isNonNullType(type)) return value !== null && value !== undefined && fits(type.ofType, value, depth);
  if (value === null || value === undefined) return true;
  if (isListType(type)) return Array.isArray(value) && value.every((item) => fits(type.ofType, item, depth + 1));
  if (isEnumType(type)) return typeof value === 'string' && type.getValue(value) !== undefined;
  if (isObjectType(type)) {
    if (!isPlainObject(value)) return false;
    const fields = type.getFields();
    return Object.entries(value).every(([name, member]) => name === '__typename' || (fields[name] !== undefined && fits(fields[name].type, member, depth + 1)));
  }
  if (isScalarType(type)) return (SCALARS[type.name] ?? ((v) => depthOf(v) <= MAX_DEPTH))(value);
  return depthOf(value) <= MAX_DEPTH;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a representation cannot name an entity of this subgraph, or null when it can: `__typename`
 * must be one of the `_Entity` types (not Query, `_Service`, `__proto__` or a scalar) and every
 * field of one of its keys must be there.
 */
function refusal(rep: unknown, entities: Map<string, string[][]>, schema: GraphQLSchema): string | null {
  if (!isPlainObject(rep)) return 'A representation must be an object';
  const typename = rep.__typename;
  if (typeof typename !== 'string' || !entities.has(typename)) {
    return `"${String(typename).slice(0, 40)}" is not an entity type of this subgraph`;
  }
  const keys = entities.get(typename)!;
  if (!keys.some((key) => key.every((field) => rep[field] !== undefined && rep[field] !== null))) {
    return `A ${typename} representation needs its key (${keys.map((k) => k.join(' ')).join(' or ')})`;
  }
  const fields = (schema.getType(typename) as GraphQLObjectType).getFields();
  const wrong = Object.keys(rep).find((name) => name !== '__typename' && (fields[name] === undefined || !fits(fields[name].type, rep[name])));
  return wrong === undefined ? null : `A ${typename} representation's ${wrong.slice(0, 40)} is not a ${wrong in fields ? String(fields[wrong]!.type) : 'field of it'}`;
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new GraphQLError('Internal server error');
}

/**
 * `_entities` resolves every representation on its own and settles them all before it answers:
 * the federation library's resolver maps them in one pass, so one that throws at once while
 * another rejects later leaves a rejection nobody handles — which ends a Node process. A bad
 * representation is the caller's error (BAD_USER_INPUT at its index); the others still resolve.
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !union || !('getTypes' in union)) return schema;
  const entities = new Map(union.getTypes().filter(isObjectType).map((t) => [t.name, keysOf(t)]));
  const original = field.resolve;
  const guarded: GraphQLFieldResolver<unknown, unknown> = async (root, args, context, info) => {
    const reps: unknown = (args as { representations?: unknown }).representations;
    if (!Array.isArray(reps)) throw badUserInput('representations must be a list', { reason: 'invalid_format' });
    if (reps.length > MAX_REPRESENTATIONS) throw badUserInput(`At most ${MAX_REPRESENTATIONS} representations per request`, { reason: 'too_long', max: MAX_REPRESENTATIONS });
    const settled = await Promise.allSettled(
      reps.map(async (rep) => {
        const why = refusal(rep, entities, schema);
        if (why) throw badUserInput(why, { field: '_entities', reason: 'invalid_input' });
        const [resolved] = (await original(root, { representations: [rep] }, context, info)) as unknown[];
        return await resolved;
      }),
    );
    return settled.map((s) => (s.status === 'fulfilled' ? s.value : asError(s.reason)));
  };
  field.resolve = guarded;
  return schema;
}
