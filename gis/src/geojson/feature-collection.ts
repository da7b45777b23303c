import { GraphQLScalarType } from 'graphql';
import { badUserInput } from '../errors.js';

/**
 * A map layer in one value: a GeoJSON FeatureCollection a MapLibre source takes as it is. Thousands
 * of features as one scalar cost GraphQL one value to carry, not thousands of objects to resolve.
 */
export const FeatureCollectionScalar = new GraphQLScalarType<never, unknown>({
  name: 'FeatureCollection',
  description: 'A GeoJSON FeatureCollection (RFC 7946) in WGS 84, for drawing a layer; output only.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc7946#section-3.3',
  serialize: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  parseValue: () => {
    throw badUserInput('FeatureCollection is an output type only', { reason: 'invalid_input' });
  },
  parseLiteral: () => {
    throw badUserInput('FeatureCollection is an output type only', { reason: 'invalid_input' });
  },
});
