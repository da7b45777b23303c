import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { DateTimeScalar, GeoJSONScalar, type Geometry } from '@tk/gis';
import type { IncidentsContext } from '../context.js';

export const builder = new SchemaBuilder<{
  Context: IncidentsContext;
  Scalars: {
    GeoJSON: { Input: Geometry; Output: Geometry };
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string } };
}>({ plugins: [DirectivesPlugin, FederationPlugin] });

builder.addScalarType('GeoJSON', GeoJSONScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.queryType({});
