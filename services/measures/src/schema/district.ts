import { ACCESS, rolesFor } from '@tk/gis';
import { builder } from './builder.js';
import { Measure, MeasureStatus } from './measure.js';

/** District is owned by the plan subgraph; measures adds the measures planned in it. */
export const District = builder.externalRef('District', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    measures: t.field({
      type: [Measure],
      authScopes: { role: rolesFor(ACCESS.measureRead) },
      args: { status: t.arg({ type: MeasureStatus }) },
      resolve: (district, args, { measuresByDistrict }) => measuresByDistrict.load({ districtId: district.id, filter: args.status ?? null }),
    }),
  }),
});
