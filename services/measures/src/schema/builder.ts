import { createSubgraphBuilder, FeatureCollectionScalar } from '@tk/gis';
import type { MeasuresContext } from '../context.js';

export const builder = createSubgraphBuilder<MeasuresContext, {
  JSON: { Input: unknown; Output: unknown };
  FeatureCollection: { Input: never; Output: unknown };
}>();

builder.addScalarType('FeatureCollection', FeatureCollectionScalar);
