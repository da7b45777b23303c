import type { ApolloServerPlugin, BaseContext, GraphQLRequest } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { badUserInput } from './errors.js';

/**
 * Where a string in `value` holds a NUL character (U+0000), in a value or in an object's key: the
 * object keys on the way to it joined by dots ("camera.hours"; array positions are left out, as in
 * the `field` of other refusals), "" for `value` itself; null when there is none.
 *
 * PostgreSQL cannot store NUL in text or jsonb ("invalid byte sequence for encoding UTF8: 0x00"),
 * so such input would otherwise fail deep in a resolver as an internal error.
 *
 * Iterative, with its own stack, so hostile nesting (a JSON array a million levels deep) cannot
 * overflow the call stack; each object is visited once, so shared or cyclic structures (a parsed
 * document's token list links back and forth) end too.
 */
export function findNul(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return path;
      continue;
    }
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (const element of item) stack.push([element, path]);
      continue;
    }
    for (const [key, member] of Object.entries(item)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return at;
      stack.push([member, at]);
    }
  }
  return null;
}

/**
 * True when a string anywhere in `value` holds a NUL (see `findNul`). Takes request variables (parsed
 * JSON) and a parsed document alike: a document's string literals are the `value`s of its StringValue
 * nodes, with escapes such as "\u0000" already decoded by the parser (in the query text they are six
 * harmless characters, so check the parsed document, not the text).
 */
export function holdsNul(value: unknown): boolean {
  return findNul(value) !== null;
}

/**
 * The refusal for a request that holds a NUL, or null. `field` names the input when it came in a
 * variable: the path inside an input object ("title" for `$input: { title }`), or the variable itself.
 * HTTP 400, as for the other refusals of a request before it runs.
 */
export function nulRefusal(request: Pick<GraphQLRequest, 'variables'>, document: DocumentNode) {
  const at = findNul(request.variables ?? null);
  if (at === null && !holdsNul(document)) return null;
  const [variable, ...inside] = (at ?? '').split('.');
  const field = inside.length > 0 ? inside.join('.') : variable;
  return badUserInput('Text must not contain the NUL character (U+0000)', { reason: 'invalid_format', ...(field ? { field } : {}), http: { status: 400 } });
}

/**
 * Refuses a request whose variables or document hold a NUL once the document is parsed and before
 * anything runs, so no resolver and no SQL ever sees one. Add it to the subgraph server's plugins.
 */
export function nulGuardPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const refusal = nulRefusal(request, document);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
