import { ACCESS, rolesFor } from '@tk/access';
import { builder } from './builder.js';
import { Venue, VenueKind } from './venue.js';

/** District is owned by the plan subgraph; venues adds the venues in it. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    venues: t.field({
      type: [Venue],
      authScopes: { role: rolesFor(ACCESS.venueRead) },
      args: { kind: t.arg({ type: VenueKind }) },
      resolve: (district, args, { venuesByDistrict }) => venuesByDistrict.load({ districtId: district.id, filter: args.kind ?? null }),
    }),
  }),
});
