import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a representation cannot name an entity of this subgraph, or null when it can: `__typename`
 * must be one of the `_Entity` types (not Query, `_Service`, `__proto__` or a scalar) and every
 * field of one of its keys must be there.
 */
function refusal(rep: unknown, entities: Map<string, string[][]>): string | null {
  if (!isPlainObject(rep)) return 'A representation must be an object';
  const typename = rep.__typename;
  if (typeof typename !== 'string' || !entities.has(typename)) {
    return `"${String(typename).slice(0, 40)}" is not an entity type of this subgraph`;
  }
  const keys = entities.get(typename)!;
  if (!keys.some((key) => key.every((field) => rep[field] !== undefined && rep[field] !== null))) {
    return `A ${typename} representation needs its key (${keys.map((k) => k.join(' ')).join(' or ')})`;
  }
  return null;
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
    if (!Array.isArray(reps)) throw badUserInput('representations must be a list');
    if (reps.length > MAX_REPRESENTATIONS) throw badUserInput(`At most ${MAX_REPRESENTATIONS} representations per request`);
    const settled = await Promise.allSettled(
      reps.map(async (rep) => {
        const why = refusal(rep, entities);
        if (why) throw badUserInput(why, { field: '_entities' });
        const [resolved] = (await original(root, { representations: [rep] }, context, info)) as unknown[];
        return await resolved;
      }),
    );
    return settled.map((s) => (s.status === 'fulfilled' ? s.value : asError(s.reason)));
  };
  field.resolve = guarded;
  return schema;
}
