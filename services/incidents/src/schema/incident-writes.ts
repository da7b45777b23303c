import { inRange, NUMBER, TEXT } from '@tk/input';
import { assertNoPersonalData, assertTopologicallyValid, badUserInput, notFound, uuidArg, validateGeometry, GeometryError, type Geometry } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import type { Category } from '../categories.js';
import { findIncident } from '../db/incidents.js';
import { insertIncident, placeOf, removeIncident, updateIncident, type IncidentInput } from '../db/writes.js';
import { builder } from './builder.js';
import { Incident, IncidentCategory } from './incident.js';

// A report may be a few minutes ahead of the server's clock; beyond that it is a mistake.
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_DESCRIPTION = TEXT.incidentDescription.max;

const IncidentInputRef = builder.inputType('IncidentInput', {
  fields: (t) => ({
    occurredAt: t.field({ type: 'DateTime', required: true, description: 'When it happened; not in the future.' }),
    endedAt: t.field({ type: 'DateTime' }),
    category: t.field({ type: IncidentCategory, required: true }),
    description: t.string({ description: `Up to ${MAX_DESCRIPTION} characters, no personal data.` }),
    location: t.field({ type: 'GeoJSON', required: true, description: 'A Point inside the municipality.' }),
    radiusM: t.int({ description: 'How uncertain the point is, in metres (0–5,000).' }),
  }),
});

interface RawInput {
  occurredAt: Date;
  endedAt?: Date | null;
  category: Category;
  description?: string | null;
  location: Geometry;
  radiusM?: number | null;
}

/** Every check that needs no database, in the order a person would fix them. */
function checkInput(raw: RawInput, now: Date): IncidentInput {
  if (raw.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badUserInput('occurredAt lies in the future', { field: 'occurredAt', reason: 'in_future' });
  if (raw.endedAt && raw.endedAt < raw.occurredAt) throw badUserInput('endedAt must not be before occurredAt', { field: 'endedAt', reason: 'too_early' });
  const description = (raw.description ?? '').trim();
  if (description.length > MAX_DESCRIPTION) throw badUserInput(`description must be at most ${MAX_DESCRIPTION} characters`, { field: 'description', reason: 'too_long', max: MAX_DESCRIPTION });
  assertNoPersonalData({ description });
  if (raw.radiusM != null && !inRange(raw.radiusM, NUMBER.incidentRadiusM)) throw badUserInput('radiusM must be between 0 and 5,000', { field: 'radiusM', reason: 'out_of_range', ...NUMBER.incidentRadiusM });
  let location: Geometry;
  try {
    location = validateGeometry(raw.location, { allowedTypes: ['Point'] });
  } catch (error) {
    if (error instanceof GeometryError) throw badUserInput(`Invalid location: ${error.message}`, { field: 'location', reason: 'invalid_geometry' });
    throw error;
  }
  return { occurredAt: raw.occurredAt, endedAt: raw.endedAt ?? null, category: raw.category, description, location, radiusM: raw.radiusM ?? null };
}

async function districtFor(tx: Parameters<typeof placeOf>[0], input: IncidentInput): Promise<string | null> {
  await assertTopologicallyValid(tx, input.location, 'location');
  const place = await placeOf(tx, input.location);
  if (!place.inMunicipality) throw badUserInput('The location lies outside the municipality of Linköping', { field: 'location', reason: 'outside_area' });
  return place.districtId;
}

const writers = rolesFor(ACCESS.incidentWrite);

builder.mutationFields((t) => ({
  reportIncident: t.field({
    type: Incident,
    authScopes: { role: writers },
    description: 'Reports an incident at a place (its district is derived from the point).',
    args: { input: t.arg({ type: IncidentInputRef, required: true }) },
    resolve: (_root, { input }, { db, identity, now }) => {
      const checked = checkInput(input, now);
      return db.transaction(async (tx) => insertIncident(tx, identity!, checked, await districtFor(tx, checked)));
    },
  }),
  correctIncident: t.field({
    type: Incident,
    authScopes: { role: writers },
    description: 'Corrects a reported incident; the audit log keeps the values before and after.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: IncidentInputRef, required: true }) },
    resolve: (_root, { id, input }, { db, identity, now }) => {
      uuidArg(id);
      const checked = checkInput(input, now);
      return db.transaction(async (tx) => {
        const before = await findIncident(tx, ALL_ROWS, id);
        if (!before) throw notFound(`There is no incident ${id}`);
        if (before.source !== 'manual') throw badUserInput('Imported incidents are corrected at their source and imported again', { field: 'id', reason: 'wrong_kind' });
        return updateIncident(tx, identity!, before, checked, await districtFor(tx, checked));
      });
    },
  }),
  removeIncident: t.field({
    type: 'Boolean',
    authScopes: { role: writers },
    description: 'Removes an incident from every list and count; the audit log keeps it with the reason.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, { db, identity }) => {
      uuidArg(id);
      const why = reason.trim();
      if (!inRange(why.length, TEXT.changeReason)) throw badUserInput('reason must be 1–500 characters', { field: 'reason', reason: why.length < 1 ? 'required' : 'too_long', ...TEXT.changeReason });
      assertNoPersonalData({ reason: why });
      return db.transaction(async (tx) => {
        const before = await findIncident(tx, ALL_ROWS, id);
        if (!before) throw notFound(`There is no incident ${id}`);
        await removeIncident(tx, identity!, before, why);
        return true;
      });
    },
  }),
}));
