import type { RowScope } from '@tk/access';

/**
 * The rows of `incidents.incident i` a caller may see one by one, as SQL over three parameters
 * (numbered from `first`): all rows, the rows of some districts, or the rows on an owner's properties.
 */
export function visibleIncident(first: number): string {
  const [all, districts, owner] = [first, first + 1, first + 2];
  return `($${all}::boolean
    OR i.district_id = ANY($${districts}::text[])
    OR ($${owner}::text IS NOT NULL AND i.location IS NOT NULL AND EXISTS (
          SELECT 1 FROM geo.property p WHERE p.owner_id = $${owner} AND ST_Intersects(p.geom, i.location))))`;
}

export const scopeParams = (scope: RowScope) => [scope.all, scope.districtIds, scope.ownerId];
