import { badUserInput, refusalFor } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { findIncidentsOnProperty } from '../db/incidents.js';
import { builder } from './builder.js';
import { Incident } from './incident.js';

/** Property is owned by the plan subgraph; incidents adds the incidents reported on it. */
builder.externalRef('Property', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    incidents: t.field({
      type: [Incident],
      authScopes: { role: rolesFor(ACCESS.incidentRead) },
      description: 'Incidents with a place on the property that you may see, newest first, in [from, to).',
      args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
      resolve: async (property, { from, to }, { db, identity, scope }) => {
        if (from && to && from >= to) throw badUserInput('"from" must be before "to"', { field: 'from', reason: 'too_early' });
        const [owner] = await db.query<{ ownerId: string }>('SELECT owner_id AS "ownerId" FROM geo.property WHERE id = $1', [property.id]);
        if (!owner) return [];
        // An owner asking about another owner's property is refused, not answered with an empty list.
        if (!scope.all && scope.ownerId !== null && scope.ownerId !== owner.ownerId) throw refusalFor(identity, 'another owner\'s property');
        return findIncidentsOnProperty(db, scope, property.id, { from: from ?? null, to: to ?? null });
      },
    }),
  }),
});
