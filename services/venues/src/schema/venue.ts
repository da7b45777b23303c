import { assertDistrictReadable, districtIdArg, enumValues, refuseIfExists, requireRole } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor } from '@tk/access';
import { VENUE_KINDS } from '../kinds.js';
import { findVenue, listVenues, type VenueRow } from '../db/venues.js';
import { builder } from './builder.js';

export const VenueKind = builder.enumType('VenueKind', {
  values: enumValues(VENUE_KINDS),
});

export const Venue = builder.objectRef<VenueRow>('Venue').implement({
  description: 'A venue: licensed premises (serveringsställe), gym, school or youth centre (fritidsgård).',
  authScopes: { role: rolesFor(ACCESS.venueRead) },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: VenueKind }),
    location: t.expose('location', { type: 'GeoJSON', description: 'A Point in WGS 84.' }),
    districtId: t.exposeID('districtId', { nullable: true }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True for generated demo venues.' }),
  }),
});

builder.asEntity(Venue, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db, identity, scope }) => {
    requireRole(identity, rolesFor(ACCESS.venueRead), 'Venue');
    return (await findVenue(db, scope, id)) ?? refuseIfExists(identity, 'Venue', () => findVenue(db, ALL_ROWS, id));
  },
});

builder.queryFields((t) => ({
  venues: t.field({
    type: [Venue],
    authScopes: { role: rolesFor(ACCESS.venueRead) },
    description: 'Venues you may see, optionally in one district and of one kind.',
    args: { districtId: t.arg.id(), kind: t.arg({ type: VenueKind }) },
    resolve: (_root, args, { db, identity, scope }) => {
      assertDistrictReadable(identity, scope, districtIdArg(args.districtId), 'venues');
      return listVenues(db, scope, { districtIds: args.districtId ? [args.districtId] : null, kind: args.kind });
    },
  }),
}));
