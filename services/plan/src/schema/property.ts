import { districtIdArg } from '@tk/gis';
import { findProperties, listProperties, type PropertyRow } from '../db/properties.js';
import { builder } from './builder.js';

export const Property = builder.objectRef<PropertyRow>('Property').implement({
  description: 'A property (fastighet) and the organisation that owns it: what a property owner\'s view is scoped by.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    ownerId: t.exposeID('ownerId', { description: 'The owning organisation, e.g. "stangastaden".' }),
    ownerName: t.exposeString('ownerName'),
    approximate: t.exposeBoolean('approximate', { description: 'True for the synthetic demo properties.' }),
    geometry: t.expose('geometry', { type: 'GeoJSON' }),
  }),
});

builder.asEntity(Property, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, { db }) => (await findProperties(db, [id]))[0] ?? null,
});

builder.queryFields((t) => ({
  properties: t.field({
    type: [Property],
    authScopes: { signedIn: true },
    description: 'Properties, optionally of one owner (property registers are public; sign-in is still required).',
    args: { ownerId: t.arg.id() },
    resolve: (_root, { ownerId }, { db }) => listProperties(db, ownerId ? districtIdArg(ownerId, 'ownerId') : null),
  }),
}));
