import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateScalar, DateTimeScalar, GeoJSONScalar, IsoWeekScalar, refusal, scopesFor, type Geometry, type Scopes } from '@tk/gis';
import type { IsoWeek } from '@tk/time';
import type { IncidentsContext } from '../context.js';

export const builder = new SchemaBuilder<{
  AuthScopes: Scopes;
  Context: IncidentsContext;
  Scalars: {
    GeoJSON: { Input: Geometry; Output: Geometry };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    IsoWeek: { Input: IsoWeek; Output: IsoWeek | string };
    ID: { Input: string; Output: string } };
}>({
  // Scope checks run first, before any other plugin wraps a resolver.
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
