import { badUserInput, GeometryError, validateGeometry, type Geometry } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { parseIsoWeek, type IsoWeek } from '@tk/time';
import { presenceIn, weekWindow, type PresenceShiftRow } from '../db/presence.js';
import { coverage, type Coverage, type HourOfWeek } from '../presence/coverage.js';
import { builder } from './builder.js';
import { PresenceShift } from './presence.js';

/** Presence counts as at a cell when its place lies within this of the hexagon: patrols move about. */
export const NEAR_CELL_M = 100;

const HourOfWeekRef = builder.objectRef<HourOfWeek>('PresenceHourOfWeek').implement({
  fields: (t) => ({
    dayOfWeek: t.exposeInt('dayOfWeek', { description: '1 = Monday … 7 = Sunday.' }),
    hour: t.exposeInt('hour'),
  }),
});

const CoverageRef = builder.objectRef<Coverage & { week: IsoWeek; shifts: PresenceShiftRow[] }>('HotspotPresence').implement({
  description:
    `Whether presence met a hot-spot cell's incidents: shifts within ${NEAR_CELL_M} m of the cell in the week, and its ` +
    'incidents that fell in an hour of the week (Swedish time) when one of them was there.',
  fields: (t) => ({
    week: t.expose('week', { type: 'IsoWeek', description: 'The week whose presence is held against the cell\'s incidents.' }),
    incidents: t.exposeInt('incidents'),
    covered: t.exposeInt('covered', { description: 'Incidents in an hour of the week with presence at the cell.' }),
    hasPresence: t.boolean({ resolve: (c) => c.shifts.length > 0, description: 'Any presence at the cell that week.' }),
    uncoveredHours: t.expose('uncoveredHours', { type: [HourOfWeekRef], description: 'Hours of the week with incidents and no presence.' }),
    shifts: t.expose('shifts', { type: [PresenceShift] }),
  }),
});

/** The cell as the incidents subgraph sends it (`@requires`): checked here, it bypassed the scalars. */
function cellOf(cell: { id: string; geometry: unknown; incidentTimes: unknown }): { week: IsoWeek; geometry: Geometry; times: Date[] } {
  const week = parseIsoWeek(/^(\d{4}-W\d{2}):/.exec(cell.id)?.[1]);
  if (!week) throw badUserInput(`"${cell.id}" is not a hot-spot cell id`, { field: 'id', reason: 'invalid_format' });
  let geometry: Geometry;
  try {
    geometry = validateGeometry(cell.geometry, { allowedTypes: ['Polygon'] });
  } catch (error) {
    if (error instanceof GeometryError) throw badUserInput(`Invalid cell geometry: ${error.message}`, { field: 'geometry', reason: 'invalid_geometry' });
    throw error;
  }
  const times = Array.isArray(cell.incidentTimes) ? cell.incidentTimes.map((t) => new Date(String(t))) : [];
  if (times.some((t) => Number.isNaN(t.getTime())) || times.length > 10_000) throw badUserInput('incidentTimes must be instants', { field: 'incidentTimes', reason: 'invalid_format', max: 10_000 });
  return { week, geometry, times };
}

/** HotspotCell is owned by the incidents subgraph; measures says what presence met it. */
builder.externalRef('HotspotCell', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({
    id: t.id(),
    geometry: t.field({ type: 'GeoJSON' }),
    incidentTimes: t.field({ type: ['DateTime'] }),
  }),
  fields: (t) => ({
    presence: t.field({
      type: CoverageRef,
      requires: builder.selection<{ geometry: unknown; incidentTimes: unknown }>('geometry incidentTimes' as never),
      authScopes: { role: rolesFor(ACCESS.presenceRead) },
      description: 'Presence at the cell in its week (or in `week`, e.g. the plan for the next one), against its incidents\' hours.',
      args: { week: t.arg({ type: 'IsoWeek', description: 'ISO week whose presence to hold against the incidents; default the cell\'s own.' }) },
      resolve: async (cell, args, { db, presenceScope }) => {
        const { week: own, geometry, times } = cellOf(cell);
        const week = args.week ?? own;
        const window = weekWindow(week);
        const shifts = await presenceIn(db, presenceScope, null, window, { geometry, distanceM: NEAR_CELL_M });
        return { week, shifts, ...coverage(times, shifts, window) };
      },
    }),
  }),
});
