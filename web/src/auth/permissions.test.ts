import type { Role } from '@tk/access';
import { describe, expect, it } from 'vitest';
import {
  mayOpenOverview,
  mayProposeMeasures,
  mayReadFollowUps,
  mayReadHotspots,
  mayReadMeasures,
  mayReadPresence,
  mayReadPresenceHours,
  mayReadSituation,
  mayWriteMeasuresIn,
  mayWriteSituation,
  partsFor,
  reachIn,
} from './permissions';
import type { SessionUser } from './session';

const user = (roles: Role[], extra: Partial<SessionUser> = {}): SessionUser => ({
  id: 'u',
  name: 'U',
  roles,
  districts: [],
  organisation: null,
  ...extra,
});

describe('partsFor', () => {
  it('asks for nothing beyond the public districts when anonymous', () => {
    expect(partsFor(null)).toEqual([]);
  });

  it.each<[Role, string[]]>([
    ['steering_group', ['incidentCounts', 'venues', 'measures']],
    ['preparation_group', ['incidentCounts', 'venues', 'measures']],
    ['est', ['incidentCounts', 'venues', 'measures']],
    ['area_group', ['incidentCounts', 'venues', 'measures']],
    ['property_owner', ['incidentCounts', 'measures']],
    ['licensing', ['incidentCounts', 'venues']],
    ['police', ['incidentCounts', 'venues', 'measures']],
    ['admin', ['incidentCounts', 'venues', 'measures']],
  ])('gives %s the parts %j', (role, parts) => {
    expect(partsFor(user([role]))).toEqual(parts);
  });

  it('still gives counts to a signed-in user without a known role', () => {
    expect(partsFor(user([]))).toEqual(['incidentCounts']);
  });

  it('combines several roles', () => {
    expect(partsFor(user(['licensing', 'property_owner']))).toEqual(['incidentCounts', 'venues', 'measures']);
  });
});

describe('reachIn', () => {
  const areaGroup = user(['area_group'], { districts: ['skaggetorp'] });
  const owner = user(['property_owner'], { organisation: 'stangastaden' });

  it('lets roles with full access see every district', () => {
    expect(reachIn(user(['steering_group']), 'measures', 'ryd')).toBe('all');
    expect(reachIn(user(['licensing']), 'venues', 'ryd')).toBe('all');
  });

  it("limits an area group to its own districts", () => {
    expect(reachIn(areaGroup, 'venues', 'skaggetorp')).toBe('ownDistrict');
    expect(reachIn(areaGroup, 'venues', 'ryd')).toBe('outside');
    expect(reachIn(areaGroup, 'measures', 'ryd')).toBe('outside');
  });

  it('limits a property owner to measures on its properties', () => {
    expect(reachIn(owner, 'measures', 'ryd')).toBe('ownProperties');
    expect(reachIn(owner, 'venues', 'ryd')).toBe('none');
  });

  it('gives counts everywhere to every signed-in user, and nothing to anonymous visitors', () => {
    expect(reachIn(owner, 'incidentCounts', 'ryd')).toBe('all');
    expect(reachIn(null, 'incidentCounts', 'ryd')).toBe('none');
  });

  it('says licensing sees no measures', () => {
    expect(reachIn(user(['licensing']), 'measures', 'ryd')).toBe('none');
  });
});

describe('mayProposeMeasures', () => {
  it('follows ACCESS.measureWrite', () => {
    expect(mayProposeMeasures(user(['est']))).toBe(true);
    expect(mayProposeMeasures(user(['area_group'], { districts: ['ryd'] }))).toBe(true);
    expect(mayProposeMeasures(user(['steering_group']))).toBe(false);
    expect(mayProposeMeasures(null)).toBe(false);
  });
});

describe('mayReadHotspots', () => {
  it.each<[Role, boolean]>([
    ['est', true],
    ['police', true],
    ['admin', true],
    ['area_group', true],
    ['steering_group', false],
    ['preparation_group', false],
    ['property_owner', false],
    ['licensing', false],
  ])('%s: %s', (role, may) => {
    expect(mayReadHotspots(user([role], { districts: role === 'area_group' ? ['ryd'] : [] }))).toBe(may);
  });

  it('is false when anonymous or without a known role', () => {
    expect(mayReadHotspots(null)).toBe(false);
    expect(mayReadHotspots(user([]))).toBe(false);
  });
});

describe('mayReadSituation and mayWriteSituation', () => {
  it.each<[Role, boolean, boolean]>([
    ['est', true, true],
    ['admin', true, true],
    ['police', true, false],
    ['steering_group', false, false],
    ['preparation_group', false, false],
    ['property_owner', false, false],
    ['licensing', false, false],
  ])('%s reads: %s, writes: %s', (role, reads, writes) => {
    expect(mayReadSituation(user([role]), 'ryd')).toBe(reads);
    expect(mayWriteSituation(user([role]), 'ryd')).toBe(writes);
  });
  it('lets an area group read only its own district, and never write', () => {
    const group = user(['area_group'], { districts: ['ryd'] });
    expect(mayReadSituation(group, 'ryd')).toBe(true);
    expect(mayReadSituation(group, 'berga')).toBe(false);
    expect(mayWriteSituation(group, 'ryd')).toBe(false);
  });
  it('is false when anonymous', () => {
    expect(mayReadSituation(null, 'ryd')).toBe(false);
  });
});

describe('mayWriteMeasuresIn and mayReadMeasures', () => {
  it.each<[Role, boolean, boolean]>([
    ['est', true, true],
    ['admin', true, true],
    ['police', true, false],
    ['steering_group', true, false],
    ['preparation_group', true, false],
    ['licensing', false, false],
  ])('%s reads: %s, writes in Ryd: %s', (role, reads, writes) => {
    expect(mayReadMeasures(user([role]))).toBe(reads);
    expect(mayWriteMeasuresIn(user([role]), 'ryd')).toBe(writes);
  });

  it('lets an area group draw in its own district only', () => {
    const group = user(['area_group'], { districts: ['skaggetorp'] });
    expect(mayWriteMeasuresIn(group, 'skaggetorp')).toBe(true);
    expect(mayWriteMeasuresIn(group, 'ryd')).toBe(false);
    expect(mayWriteMeasuresIn(null, 'skaggetorp')).toBe(false);
  });
});

describe('mayReadPresence and mayReadPresenceHours', () => {
  it.each<[Role, boolean, boolean]>([
    ['est', true, true],
    ['police', true, true],
    ['admin', true, true],
    ['steering_group', false, true],
    ['preparation_group', false, true],
    ['property_owner', false, false],
    ['licensing', false, false],
  ])('%s sees shifts: %s, hours: %s', (role, shifts, hours) => {
    expect(mayReadPresence(user([role]))).toBe(shifts);
    expect(mayReadPresenceHours(user([role]), 'ryd')).toBe(hours);
  });

  it('gives an area group its own district', () => {
    const group = user(['area_group'], { districts: ['skaggetorp'] });
    expect(mayReadPresence(group)).toBe(true);
    expect(mayReadPresenceHours(group, 'skaggetorp')).toBe(true);
    expect(mayReadPresenceHours(group, 'ryd')).toBe(false);
  });
});

describe('mayOpenOverview and mayReadFollowUps', () => {
  it('open the overview to the roles that see every district', () => {
    for (const role of ['steering_group', 'preparation_group', 'est', 'police', 'admin'] as const) expect(mayOpenOverview(user([role]))).toBe(true);
    for (const role of ['area_group', 'licensing', 'property_owner'] as const) expect(mayOpenOverview(user([role]))).toBe(false);
    expect(mayOpenOverview(null)).toBe(false);
  });

  it('let area groups read follow-ups but not licensing', () => {
    expect(mayReadFollowUps(user(['area_group']))).toBe(true);
    expect(mayReadFollowUps(user(['licensing']))).toBe(false);
  });
});
