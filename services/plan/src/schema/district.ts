import { districtIdArg } from '@tk/gis';
import { listDistricts, type DistrictRow } from '../db/districts.js';
import { builder } from './builder.js';

export const District = builder.objectRef<DistrictRow>('District').implement({
  description: 'A district (stadsdel) of the municipality, with its boundary.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier, e.g. "skaggetorp".' }),
    name: t.exposeString('name'),
    code: t.exposeString('code', { nullable: true, description: 'Official district code (KOD), when imported from official data.' }),
    priority: t.exposeBoolean('priority', { description: 'A priority district of the current plan (Skäggetorp, Ryd, Berga, City).' }),
    approximate: t.exposeBoolean('approximate', {
      description: 'True when the boundary is an approximate demo polygon, not an official boundary.',
    }),
    source: t.exposeString('source', { description: '"demo" or the import the boundary came from.' }),
    geometry: t.expose('geometry', { type: 'GeoJSON', description: 'Boundary in WGS 84 (MultiPolygon).' }),
    labelPoint: t.expose('labelPoint', { type: 'GeoJSON', description: 'A point inside the district for its label.' }),
    areaKm2: t.exposeFloat('areaKm2', { description: 'Area in km², computed in SWEREF 99 TM.' }),
  }),
});

builder.asEntity(District, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, { districts }) => districts.load(id),
});

builder.queryFields((t) => ({
  districts: t.field({
    type: [District],
    description: 'All districts, priority districts first.',
    args: { priority: t.arg.boolean({ description: 'Only priority (true) or only other (false) districts.' }) },
    resolve: (_root, args, { db }) => listDistricts(db, { priority: args.priority }),
  }),
  district: t.field({
    type: District,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { districts }) => districts.load(districtIdArg(id, 'id')),
  }),
}));
