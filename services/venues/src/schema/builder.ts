import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { GeoJSONScalar, type Geometry } from '@tk/gis';
import type { VenuesContext } from '../context.js';

export const builder = new SchemaBuilder<{
  Context: VenuesContext;
  Scalars: { GeoJSON: { Input: Geometry; Output: Geometry }; ID: { Input: string; Output: string } };
}>({ plugins: [DirectivesPlugin, FederationPlugin] });

builder.addScalarType('GeoJSON', GeoJSONScalar);
builder.queryType({});
