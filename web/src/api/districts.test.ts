import type { Role } from '@tk/access';
import { getOperationAST, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { mergeDistricts, operationsFor, publicOnly, type PublicDistrict } from './districts';
import { publicDistrictsQuery } from './operations';

const user = (roles: Role[]): SessionUser => ({ id: 'u', name: 'U', roles, districts: [], organisation: null });

describe('operationsFor', () => {
  it('sends only the public operation when anonymous', () => {
    expect(operationsFor(null)).toEqual(['PublicDistricts']);
  });

  it('adds one operation per part the role may see', () => {
    expect(operationsFor(user(['steering_group']))).toEqual([
      'PublicDistricts',
      'DistrictIncidentCounts',
      'DistrictVenues',
      'DistrictMeasures',
    ]);
    expect(operationsFor(user(['licensing']))).toEqual(['PublicDistricts', 'DistrictIncidentCounts', 'DistrictVenues']);
    expect(operationsFor(user(['property_owner']))).toEqual(['PublicDistricts', 'DistrictIncidentCounts', 'DistrictMeasures']);
  });

  it('keeps the public operation to the fields anyone may see', () => {
    const operation = getOperationAST(publicDistrictsQuery);
    const districts = operation?.selectionSet.selections[0] as FieldNode;
    const fields = districts.selectionSet?.selections.map((s) => (s as FieldNode).name.value);
    expect(fields?.sort()).toEqual(['approximate', 'areaKm2', 'code', 'geometry', 'id', 'labelPoint', 'name', 'priority', 'source']);
  });
});

describe('mergeDistricts', () => {
  const ryd: PublicDistrict = { id: 'ryd', name: 'Ryd', priority: true };
  const valla: PublicDistrict = { id: 'valla', name: 'Valla', priority: false };

  it('adds each part by district id, keeping the public order', () => {
    const counts = new Map([['valla', { incidentCount: { exact: true, value: 3, atLeast: 3, hiddenCells: 0 } }], ['ryd', { incidentCount: null }]]);
    const venues = new Map([['ryd', { venueCount: 4 }]]);
    expect(mergeDistricts([ryd, valla], [counts, venues])).toEqual([
      { ...ryd, incidentCount: null, venueCount: 4 },
      { ...valla, incidentCount: { exact: true, value: 3, atLeast: 3, hiddenCells: 0 } },
    ]);
  });

  it('ignores rows for districts the public list does not have', () => {
    expect(mergeDistricts([ryd], [new Map([['nowhere', { venueCount: 1 }]])])).toEqual([ryd]);
  });

  it('strips the restricted parts again for the next user', () => {
    expect(publicOnly({ ...ryd, incidentCount: null, venueCount: 4, measureCount: 2 })).toEqual(ryd);
  });
});
