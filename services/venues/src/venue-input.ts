import { assertNoPersonalData, badUserInput, checkLength, GeometryError, validateGeometry, type Geometry, type RefusalExtensions } from '@tk/gis';
import { inRange, NUMBER, TEXT } from '@tk/input';
import { LICENSED_KINDS, type LicenceKind, type Network, type VenueKind } from './kinds.js';

const refuse = (field: string, message: string, why: RefusalExtensions) => badUserInput(message, { ...why, field });

export interface VenueFields {
  name: string;
  kind: VenueKind;
  location: Geometry;
}

/** A venue as registered: a name that says which place (no person's), a kind, a point. */
export function checkedVenue(input: { name: string; kind: VenueKind; location: unknown }): VenueFields {
  const name = input.name.trim().replace(/\s+/g, ' ');
  checkLength('name', name, TEXT.venueName);
  assertNoPersonalData({ name });
  let location: Geometry;
  try {
    location = validateGeometry(input.location, { allowedTypes: ['Point'] });
  } catch (error) {
    if (error instanceof GeometryError) throw refuse('location', `location must be a GeoJSON Point in WGS 84: ${error.message}`, { reason: 'invalid_geometry' });
    throw error;
  }
  return { name, kind: input.kind, location };
}

export interface LicenceFields {
  kind: LicenceKind;
  servesUntil: string;
  servesUntilWeekend: string;
  validFrom: string;
  validTo: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The Alcohol Act lets a municipality allow serving until 05:00 at the latest (and from 11:00). */
const LATEST = '05:00';
const EARLIEST_END = '11:00';

function servingTime(field: string, value: string): string {
  if (!TIME.test(value)) throw refuse(field, `${field} must be a time such as "01:00", got "${value}"`, { reason: 'invalid_format' });
  // Between 05:00 and 11:00 no one may serve: the end of a serving night lies after 11:00 or by 05:00.
  if (value > LATEST && value < EARLIEST_END) throw refuse(field, `${field} must be ${LATEST} at the latest (serving ends by then), got "${value}"`, { reason: 'out_of_range' });
  return value;
}

/** Licences and serving training belong to licensed premises only. */
export function assertLicensedPremises(venue: { kind: VenueKind }, what: string): void {
  if (!LICENSED_KINDS.includes(venue.kind)) throw refuse('venueId', `only restaurants, bars and nightclubs ${what}; this venue is a ${venue.kind}`, { reason: 'wrong_kind' });
}

/** A licence as granted: only licensed premises hold one; serving times a person can read; a period that ends after it begins. */
export function checkedLicence(venue: { kind: VenueKind }, input: LicenceFields): LicenceFields {
  assertLicensedPremises(venue, 'hold alcohol licences');
  if (input.validTo !== null && input.validTo < input.validFrom) throw refuse('validTo', 'validTo must be on or after validFrom', { reason: 'too_early' });
  return {
    ...input,
    servesUntil: servingTime('servesUntil', input.servesUntil),
    servesUntilWeekend: servingTime('servesUntilWeekend', input.servesUntilWeekend),
  };
}

/** Krogar mot knark is for licensed premises, 100 % ren hårdträning for gyms. */
const NETWORK_FOR: Record<Network, readonly VenueKind[]> = { krogar_mot_knark: LICENSED_KINDS, ren_hardtraning: ['gym'] };

export function checkedNetwork(venue: { kind: VenueKind }, network: Network): Network {
  if (!NETWORK_FOR[network].includes(venue.kind)) {
    throw refuse('network', `${network === 'krogar_mot_knark' ? 'Krogar mot knark is for licensed premises' : '100 % ren hårdträning is for gyms'}; this venue is a ${venue.kind}`, { reason: 'wrong_kind' });
  }
  return network;
}

export function checkedParticipants(participants: number): number {
  if (!Number.isInteger(participants) || !inRange(participants, NUMBER.trainingParticipants)) {
    throw refuse('participants', 'participants must be a whole number 1–500', { reason: 'out_of_range', ...NUMBER.trainingParticipants });
  }
  return participants;
}

/** A day that has come (Swedish calendar): what happened is not recorded ahead of time. */
export function notAfterToday(field: string, day: string, today: string): string {
  if (day > today) throw refuse(field, `${field} cannot be in the future (today is ${today})`, { reason: 'in_future' });
  return day;
}
