import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { createHash, timingSafeEqual } from 'node:crypto';

/** The header the gateway sends with every subgraph request. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Root fields only the gateway may ask for: they take representations a caller could invent. */
const GATEWAY_ONLY_FIELDS = new Set(['_entities', '_service']);

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares in constant time (hashes first, so differing lengths leak nothing either). */
export function secretMatches(expected: string, given: string | null | undefined): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(expected), digest(given));
}

function asksGatewayOnly(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (GATEWAY_ONLY_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * A subgraph answers `_entities` and `_service` only to the gateway. The fields a representation
 * carries (`@requires` data such as a venue's location) would otherwise be the caller's to invent,
 * and an access decision based on them would be the caller's too.
 */
export function gatewayOnlyPlugin<C extends BaseContext>(secret: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!asksGatewayOnly(document)) return;
          if (secretMatches(secret, request.http?.headers.get(GATEWAY_SECRET_HEADER))) return;
          throw new GraphQLError('_entities and _service are answered to the gateway only', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
