import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateScalar, DateTimeScalar, GeoJSONScalar, refusal, scopesFor, type Geometry, type Scopes } from '@tk/gis';
import type { PlanContext } from '../context.js';

export const builder = new SchemaBuilder<{
  AuthScopes: Scopes;
  Context: PlanContext;
  Scalars: { GeoJSON: { Input: Geometry; Output: Geometry }; ID: { Input: string; Output: string }; Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date } };
}>({
  // Scope checks run first, before any other plugin wraps a resolver.
  plugins: [ScopeAuthPlugin, DirectivesPlugin, FederationPlugin],
  scopeAuth: {
    authScopes: (context) => scopesFor(context.identity),
    unauthorizedError: (_parent, context, info) => refusal(context.identity, info),
  },
});

builder.addScalarType('GeoJSON', GeoJSONScalar);
builder.addScalarType('Date', DateScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.mutationType({});
builder.queryType({});
