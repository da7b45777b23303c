import { badUserInput } from '@tk/gis';
import { builder } from './builder.js';

/** District is owned by the plan subgraph; incidents adds its counts. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    incidentCount: t.int({
      description: 'Number of reported incidents in the district in the period [from, to).',
      args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
      resolve: (district, { from, to }, { incidentCounts }) => {
        if (from && to && from >= to) throw badUserInput('"from" must be before "to"', { field: 'from' });
        return incidentCounts.load({ districtId: district.id, from: from ?? null, to: to ?? null });
      },
    }),
  }),
});
