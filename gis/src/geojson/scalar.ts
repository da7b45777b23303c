import { GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { badUserInput } from '../errors.js';
import { GeometryError, validateGeometry, type Geometry } from './validate.js';

const maxVertices = () => Number(process.env.GEOMETRY_MAX_VERTICES ?? '') || undefined;

function parse(value: unknown): Geometry {
  const input = typeof value === 'string' ? parseJson(value) : value;
  try {
    return validateGeometry(input, { maxVertices: maxVertices() });
  } catch (error) {
    if (error instanceof GeometryError) {
      throw badUserInput(`Invalid GeoJSON geometry: ${error.message}`, { field: 'geometry', reason: 'invalid_geometry', path: error.path });
    }
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badUserInput('Invalid GeoJSON geometry: the string is not valid JSON', { reason: 'invalid_geometry' });
  }
}

/** A GeoJSON geometry in WGS 84 (EPSG:4326), as RFC 7946 describes; validated on input. */
export const GeoJSONScalar = new GraphQLScalarType<Geometry, unknown>({
  name: 'GeoJSON',
  description:
    'A GeoJSON geometry (RFC 7946) in WGS 84 longitude/latitude: Point, MultiPoint, LineString, ' +
    'MultiLineString, Polygon or MultiPolygon. Input is checked for type, coordinate ranges, closed ' +
    'rings, a maximum vertex count and (on write) topological validity.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc7946',
  serialize: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  parseValue: parse,
  parseLiteral(ast: ValueNode, variables) {
    if (ast.kind !== Kind.OBJECT && ast.kind !== Kind.STRING) {
      throw badUserInput('Invalid GeoJSON geometry: expected an object or a JSON string', { reason: 'invalid_geometry' });
    }
    return parse(valueFromASTUntyped(ast, variables));
  },
});
