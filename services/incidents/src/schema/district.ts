import { badUserInput } from '@tk/gis';
import { countByDistrict } from '../db/incidents.js';
import { builder } from './builder.js';

/** District is owned by the plan subgraph; incidents adds its counts. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    incidentCount: t.int({
      description: 'Number of reported incidents in the district in the period [from, to).',
      args: { from: t.arg({ type: 'DateTime' }), to: t.arg({ type: 'DateTime' }) },
      resolve: async (district, args, { db }) => {
        if (args.from && args.to && args.from >= args.to) throw badUserInput('"from" must be before "to"', { field: 'from' });
        const counts = await countByDistrict(db, [district.id], args);
        return counts.get(district.id) ?? 0;
      },
    }),
  }),
});
