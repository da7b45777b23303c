import { enumValues, notFound, requireRole, uuidArg } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import { swedishDay } from '@tk/time';
import { findVenue } from '../db/venues.js';
import { insertInspection, type InspectionRow, type LicenceRow, type MembershipRow, type TrainingRow } from '../db/supervision.js';
import { checkedInspection } from '../inspection-input.js';
import type { VenuesContext } from '../context.js';
import type { VenueRow } from '../db/venues.js';
import { COURSES, DECISIONS, INSPECTION_KINDS, INSPECTORS, LICENCE_KINDS, LICENSED_KINDS, NETWORKS } from '../kinds.js';
import { supervisionFacts, type SupervisionFacts } from '../supervision-facts.js';
import { builder } from './builder.js';
import { Venue } from './venue.js';

const READ = { role: rolesFor(ACCESS.venueRead) };

export const LicenceKind = builder.enumType('LicenceKind', { values: enumValues(LICENCE_KINDS) });
const InspectionKind = builder.enumType('InspectionKind', { values: enumValues(INSPECTION_KINDS) });
const Inspector = builder.enumType('Inspector', { description: 'Who inspected: the Police, the municipality, or both together (samordnad tillsyn).', values: enumValues(INSPECTORS) });
const Decision = builder.enumType('InspectionDecision', { description: 'What an inspection led to, mildest first.', values: enumValues(DECISIONS) });
export const Network = builder.enumType('VenueNetwork', { values: enumValues(NETWORKS) });
const Course = builder.enumType('TrainingCourse', { values: enumValues(COURSES) });

export const Licence = builder.objectRef<LicenceRow>('Licence').implement({
  description: 'An alcohol licence (serveringstillstånd).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: LicenceKind }),
    servesUntil: t.exposeString('servesUntil', { description: 'Latest serving time on ordinary nights, "HH:MM" Swedish time.' }),
    servesUntilWeekend: t.exposeString('servesUntilWeekend', { description: 'Latest serving time on Friday and Saturday nights.' }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Null: until further notice.' }),
  }),
});

export const Inspection = builder.objectRef<InspectionRow>('Inspection').implement({
  description: 'An inspection (tillsyn) of licensed premises.',
  fields: (t) => ({
    id: t.exposeID('id'),
    inspectedOn: t.expose('inspectedOn', { type: 'Date' }),
    kind: t.expose('kind', { type: InspectionKind }),
    inspectedBy: t.expose('inspectedBy', { type: Inspector }),
    joint: t.boolean({ description: 'The Police and the municipality together.', resolve: (i) => i.inspectedBy === 'joint' }),
    findings: t.exposeString('findings'),
    decision: t.expose('decision', { type: Decision }),
  }),
});

export const Membership = builder.objectRef<MembershipRow>('NetworkMembership').implement({
  description: 'Membership of Krogar mot knark (restaurants) or 100 % ren hårdträning (gyms).',
  fields: (t) => ({
    id: t.exposeID('id'),
    network: t.expose('network', { type: Network }),
    joinedOn: t.expose('joinedOn', { type: 'Date' }),
    leftOn: t.expose('leftOn', { type: 'Date', nullable: true }),
  }),
});

export const Training = builder.objectRef<TrainingRow>('TrainingSession').implement({
  description: 'A training session (Ansvarsfull alkoholservering) and how many of the staff took part.',
  fields: (t) => ({
    id: t.exposeID('id'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    course: t.expose('course', { type: Course }),
    participants: t.exposeInt('participants'),
  }),
});


/** Six fields read the same facts: worked out once per venue row (a row lives for one request). */
const factsOfRow = new WeakMap<VenueRow, Promise<SupervisionFacts>>();

/** A venue's supervision facts today, from the lists the request's loaders hold. */
function factsOf(v: VenueRow, { supervision, now }: VenuesContext): Promise<SupervisionFacts> {
  let facts = factsOfRow.get(v);
  if (!facts) {
    facts = Promise.all([supervision.inspections.load(v.id), supervision.licences.load(v.id), supervision.memberships.load(v.id)])
      .then(([inspections, licences, memberships]) => supervisionFacts({ inspections, licences, memberships }, swedishDay(now)));
    factsOfRow.set(v, facts);
  }
  return facts;
}

builder.objectFields(Venue, (t) => ({
  licensed: t.boolean({
    authScopes: READ,
    description: 'Licensed premises (restaurant, bar, nightclub): the venues supervision is about.',
    resolve: (v) => LICENSED_KINDS.includes(v.kind),
  }),
  lastInspectedOn: t.field({
    type: 'Date', nullable: true, authScopes: READ, description: 'The latest inspection; null when never inspected.',
    resolve: async (v, _args, context) => (await factsOf(v, context)).lastInspectedOn,
  }),
  remarksLast3Years: t.int({
    authScopes: READ, description: 'Inspections that ended in a remark (erinran) in the last three years.',
    resolve: async (v, _args, context) => (await factsOf(v, context)).remarksLast3Years,
  }),
  warningsLast3Years: t.int({
    authScopes: READ, description: 'Inspections that ended in a warning (varning) in the last three years.',
    resolve: async (v, _args, context) => (await factsOf(v, context)).warningsLast3Years,
  }),
  servesUntilWeekend: t.string({
    nullable: true, authScopes: READ, description: 'Latest serving time on Friday and Saturday nights under the licence in force today.',
    resolve: async (v, _args, context) => (await factsOf(v, context)).servesUntilWeekend,
  }),
  inNetwork: t.boolean({
    authScopes: READ, description: 'A current member of Krogar mot knark or 100 % ren hårdträning.',
    resolve: async (v, _args, context) => (await factsOf(v, context)).inNetwork,
  }),
  licences: t.field({
    type: [Licence],
    authScopes: READ,
    description: 'Its alcohol licences, the newest first (none for gyms, schools and youth centres).',
    resolve: (v, _args, { supervision }) => supervision.licences.load(v.id),
  }),
  inspections: t.field({
    type: [Inspection],
    authScopes: READ,
    description: 'Inspections, the latest first.',
    resolve: (v, _args, { supervision }) => supervision.inspections.load(v.id),
  }),
  networks: t.field({
    type: [Membership],
    authScopes: READ,
    description: 'Network memberships with their dates, the latest first.',
    resolve: (v, _args, { supervision }) => supervision.memberships.load(v.id),
  }),
  trainings: t.field({
    type: [Training],
    authScopes: READ,
    description: 'Training sessions, the latest first.',
    resolve: (v, _args, { supervision }) => supervision.trainings.load(v.id),
  }),
}));

const InspectionInput = builder.inputType('InspectionInput', {
  fields: (t) => ({
    inspectedOn: t.field({ type: 'Date', required: true, description: 'The day of the inspection; not in the future.' }),
    kind: t.field({ type: InspectionKind, required: true }),
    inspectedBy: t.field({ type: Inspector, required: true }),
    findings: t.string({ description: 'What was found, up to 2,000 characters; no personal data.' }),
    decision: t.field({ type: Decision, required: true }),
  }),
});

builder.mutationFields((t) => ({
  recordInspection: t.field({
    type: Inspection,
    authScopes: { role: rolesFor(ACCESS.inspectionWrite) },
    description: 'Records an inspection of licensed premises (the licensing unit, the Police, or an admin).',
    args: { venueId: t.arg.id({ required: true }), input: t.arg({ type: InspectionInput, required: true }) },
    resolve: async (_root, { venueId, input }, { db, identity, now }) => {
      requireRole(identity, rolesFor(ACCESS.inspectionWrite), 'recordInspection');
      const id = uuidArg(venueId)!;
      return db.transaction(async (tx) => {
        const venue = await findVenue(tx, ALL_ROWS, id);
        if (!venue) throw notFound(`No venue with id ${id}`);
        return insertInspection(tx, identity!, checkedInspection(venue, input, swedishDay(now)));
      });
    },
  }),
}));
