import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { IsoWeek } from '@tk/time';
import type { Identity } from '@tk/access';
import { refusal, scopesFor, type Scopes } from './auth/scopes.js';
import type { Geometry } from './geojson/validate.js';
import { GeoJSONScalar } from './geojson/scalar.js';
import { DateScalar, DateTimeScalar, IsoWeekScalar } from './time-scalars.js';

/** The scalars every subgraph knows, as its resolvers see them. */
// A type, not an interface: Pothos's scalar map is indexed by name, and only a type alias fits it.
export type SharedScalars = {
  GeoJSON: { Input: Geometry; Output: Geometry };
  DateTime: { Input: Date; Output: Date };
  Date: { Input: string; Output: string };
  IsoWeek: { Input: IsoWeek; Output: IsoWeek | string };
  ID: { Input: string; Output: string };
};

type ScalarShapes = Record<string, { Input: unknown; Output: unknown }>;

/** A subgraph's Pothos types: the shared scopes and scalars, its own context and any scalars of its own. */
export interface SubgraphTypes<C extends { identity: Identity | null }, Own extends ScalarShapes> {
  AuthScopes: Scopes;
  Context: C;
  Scalars: SharedScalars & Own;
}

/**
 * The one way a subgraph gets its Pothos builder: federation and directives, the access table's scopes
 * checked before any other plugin wraps a resolver (a refusal says why), the shared scalars, and
 * empty Query and Mutation types for its files to add fields to. A scalar of the service's own is
 * added by the service (`builder.addScalarType`), typed through `Own`.
 */
export function createSubgraphBuilder<C extends { identity: Identity | null }, Own extends ScalarShapes = Record<never, never>>() {
  const builder = new SchemaBuilder<SubgraphTypes<C, Own>>({
    plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin],
    scopeAuth: {
      authScopes: (context) => scopesFor(context.identity),
      unauthorizedError: (_parent, context, info) => refusal(context.identity, info),
    },
  });
  builder.addScalarType('GeoJSON', GeoJSONScalar);
  builder.addScalarType('DateTime', DateTimeScalar);
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('IsoWeek', IsoWeekScalar);
  builder.queryType({});
  builder.mutationType({});
  return builder;
}
