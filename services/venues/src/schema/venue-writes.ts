import { badUserInput, notFound, uuidArg, type Queryable } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import { swedishDay } from '@tk/time';
import type { VenuesContext } from '../context.js';
import { endMembership, insertLicence, insertMembership, insertTraining, openMembership, venueHistory } from '../db/supervision.js';
import { districtAt, findVenue, insertVenue, updateVenue, type VenueRow } from '../db/venues.js';
import type { Network as NetworkCode } from '../kinds.js';
import { assertLicensedPremises, checkedLicence, checkedNetwork, checkedParticipants, checkedVenue, notAfterToday } from '../venue-input.js';
import { builder } from './builder.js';
import { Licence, LicenceKind, Membership, Network, Training } from './supervision.js';
import { Venue, VenueKind } from './venue.js';

const WRITE = { role: rolesFor(ACCESS.venueWrite) };

const VenueInput = builder.inputType('VenueInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1–200 characters: the place\'s name, no personal data.' }),
    kind: t.field({ type: VenueKind, required: true }),
    location: t.field({ type: 'GeoJSON', required: true, description: 'A Point inside one of the municipality\'s districts.' }),
  }),
});

const LicenceInput = builder.inputType('LicenceInput', {
  fields: (t) => ({
    kind: t.field({ type: LicenceKind, required: true }),
    servesUntil: t.string({ required: true, description: 'Latest serving time on ordinary nights, "HH:MM", 05:00 at the latest.' }),
    servesUntilWeekend: t.string({ required: true, description: 'The same on Friday and Saturday nights.' }),
    validFrom: t.field({ type: 'Date', required: true }),
    validTo: t.field({ type: 'Date', description: 'Empty: until further notice.' }),
  }),
});

const TrainingInput = builder.inputType('TrainingInput', {
  fields: (t) => ({
    heldOn: t.field({ type: 'Date', required: true, description: 'Not in the future.' }),
    participants: t.int({ required: true, description: 'How many of the staff took part, 1–500 (a number, not names).' }),
  }),
});

interface VenueChange {
  at: Date;
  actorName: string;
  action: string;
  entity: string;
}

const VenueChangeRef = builder.objectRef<VenueChange>('VenueChange').implement({
  description: 'One change of a venue or of what belongs to it (licence, inspection, membership, training).',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorName: t.exposeString('actorName'),
    action: t.exposeString('action', { description: '"create" or "update".' }),
    entity: t.exposeString('entity', { description: 'Venue, Licence, Inspection, NetworkMembership or TrainingSession.' }),
  }),
});

builder.objectFields(Venue, (t) => ({
  history: t.field({
    type: [VenueChangeRef],
    authScopes: { role: rolesFor(ACCESS.venueRead) },
    description: 'Every recorded change, oldest first (demo data has none).',
    resolve: (v, _args, { db }) => venueHistory(db, v.id),
  }),
}));

/** The venue to change, or NOT_FOUND; writers see every venue. */
async function existing(db: Queryable, id: string): Promise<VenueRow> {
  const venue = await findVenue(db, ALL_ROWS, uuidArg(id)!);
  if (!venue) throw notFound(`No venue with id ${id}`);
  return venue;
}

async function districtFor(db: Queryable, location: VenueRow['location']): Promise<string> {
  const districtId = await districtAt(db, location);
  if (!districtId) throw badUserInput('location lies outside the municipality\'s districts', { field: 'location', reason: 'outside_area' });
  return districtId;
}

/** A network membership already open is said plainly rather than as a constraint violation. */
async function join(db: Queryable, actor: NonNullable<VenuesContext['identity']>, venue: VenueRow, network: NetworkCode, on: string) {
  if (await openMembership(db, venue.id, network)) throw badUserInput(`${venue.name} is already a member of this network`, { field: 'network', reason: 'conflict' });
  return insertMembership(db, actor, { venueId: venue.id, network, joinedOn: on });
}

builder.mutationFields((t) => ({
  createVenue: t.field({
    type: Venue,
    authScopes: WRITE,
    description: 'Registers a venue; its district is the one its point lies in.',
    args: { input: t.arg({ type: VenueInput, required: true }) },
    resolve: (_root, { input }, { db, identity }) => {
      const fields = checkedVenue(input);
      return db.transaction(async (tx) => insertVenue(tx, identity!, { ...fields, districtId: await districtFor(tx, fields.location) }));
    },
  }),
  updateVenue: t.field({
    type: Venue,
    authScopes: WRITE,
    description: 'Changes a venue\'s name, kind or place; the history keeps the values before and after.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: VenueInput, required: true }) },
    resolve: (_root, { id, input }, { db, identity }) => {
      const fields = checkedVenue(input);
      return db.transaction(async (tx) => updateVenue(tx, identity!, await existing(tx, id), { ...fields, districtId: await districtFor(tx, fields.location) }));
    },
  }),
  grantLicence: t.field({
    type: Licence,
    authScopes: WRITE,
    description: 'Records an alcohol licence granted to licensed premises.',
    args: { venueId: t.arg.id({ required: true }), input: t.arg({ type: LicenceInput, required: true }) },
    resolve: (_root, { venueId, input }, { db, identity }) =>
      db.transaction(async (tx) => {
        const venue = await existing(tx, venueId);
        const licence = checkedLicence(venue, { ...input, validTo: input.validTo ?? null });
        return insertLicence(tx, identity!, { ...licence, venueId: venue.id });
      }),
  }),
  joinNetwork: t.field({
    type: Membership,
    authScopes: WRITE,
    description: 'Records that a venue joined Krogar mot knark (licensed premises) or 100 % ren hårdträning (gyms).',
    args: { venueId: t.arg.id({ required: true }), network: t.arg({ type: Network, required: true }), on: t.arg({ type: 'Date', required: true }) },
    resolve: (_root, { venueId, network, on }, { db, identity, now }) =>
      db.transaction(async (tx) => {
        const venue = await existing(tx, venueId);
        return join(tx, identity!, venue, checkedNetwork(venue, network), notAfterToday('on', on, swedishDay(now)));
      }),
  }),
  leaveNetwork: t.field({
    type: Membership,
    authScopes: WRITE,
    description: 'Records that a venue left a network; the membership keeps both dates.',
    args: { venueId: t.arg.id({ required: true }), network: t.arg({ type: Network, required: true }), on: t.arg({ type: 'Date', required: true }) },
    resolve: (_root, { venueId, network, on }, { db, identity, now }) =>
      db.transaction(async (tx) => {
        const venue = await existing(tx, venueId);
        const open = await openMembership(tx, venue.id, network);
        if (!open) throw badUserInput(`${venue.name} is not a member of this network`, { field: 'network', reason: 'not_found' });
        const day = notAfterToday('on', on, swedishDay(now));
        if (day < open.joinedOn) throw badUserInput(`on must be on or after the day it joined (${open.joinedOn})`, { field: 'on', reason: 'too_early' });
        return endMembership(tx, identity!, open, day);
      }),
  }),
  recordTraining: t.field({
    type: Training,
    authScopes: WRITE,
    description: 'Records an Ansvarsfull alkoholservering session held for a licensed venue\'s staff.',
    args: { venueId: t.arg.id({ required: true }), input: t.arg({ type: TrainingInput, required: true }) },
    resolve: (_root, { venueId, input }, { db, identity, now }) =>
      db.transaction(async (tx) => {
        const venue = await existing(tx, venueId);
        assertLicensedPremises(venue, 'take part in Ansvarsfull alkoholservering');
        return insertTraining(tx, identity!, {
          venueId: venue.id, heldOn: notAfterToday('heldOn', input.heldOn, swedishDay(now)), course: 'ansvarsfull_alkoholservering',
          participants: checkedParticipants(input.participants),
        });
      }),
  }),
}));
