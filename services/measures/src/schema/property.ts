import { refusalFor } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { findMeasuresOnProperty } from '../db/measures.js';
import { builder } from './builder.js';
import { Measure } from './measure.js';

/** Property is owned by the plan subgraph; measures adds the measures planned or done on it. */
builder.externalRef('Property', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    measures: t.field({
      type: [Measure],
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      description: 'Measures whose place meets the property, that you may see, newest first.',
      resolve: async (property, _args, { db, identity, readScope }) => {
        const [owner] = await db.query<{ ownerId: string }>('SELECT owner_id AS "ownerId" FROM geo.property WHERE id = $1', [property.id]);
        if (!owner) return [];
        // An owner asking about another owner's property is refused, not answered with an empty list.
        if (!readScope.all && readScope.ownerId !== null && readScope.ownerId !== owner.ownerId) throw refusalFor(identity, 'another owner\'s property');
        return findMeasuresOnProperty(db, readScope, property.id);
      },
    }),
  }),
});
