import { builder } from './builder.js';
import { badUserInput, GeometryError, validateGeometry, type Geometry, type GeometryType } from '@tk/gis';

/**
 * A geometry that came in a federation representation (`@requires`): it bypassed the GeoJSON
 * scalar, so it is checked here, the same way, before it reaches SQL.
 */
export function requiredGeometry(value: unknown, field: string, allowedTypes: GeometryType[]): Geometry {
  try {
    return validateGeometry(value, { allowedTypes });
  } catch (error) {
    if (error instanceof GeometryError) throw badUserInput(`Invalid ${field}: ${error.message}`, { field, reason: 'invalid_geometry' });
    throw error;
  }
}

/**
 * A `@requires` selection of scalar fields. Pothos types a field whose shape is an object (the
 * GeoJSON scalar's) as if it needed sub-fields; a scalar takes none, so the check is set aside here.
 */
export function scalarSelection<Shape extends object>(fields: string) {
  return builder.selection<Shape>(fields as never);
}
