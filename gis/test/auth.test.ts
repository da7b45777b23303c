import { describe, expect, it } from 'vitest';
import { ACCESS, rolesFor, rowScope } from '../src/auth/access.js';
import { createDemoIssuer } from '../src/auth/demo.js';
import { identityFromClaims, type Identity } from '../src/auth/identity.js';
import { bearerToken, createTokenVerifier, TokenError } from '../src/auth/verify.js';
import { readConfig } from '../src/config.js';

const person = (roles: Identity['roles'], extra: Partial<Identity> = {}): Identity => ({
  subject: 's', name: 'n', roles, districtIds: [], organisationId: null, ...extra,
});

describe('identity from claims', () => {
  it('keeps known roles only, and reads districts and organisation', () => {
    expect(identityFromClaims({ sub: 'a', name: 'Områdesgrupp Ryd', roles: ['area_group', 'root'], districts: ['ryd', 7] })).toEqual({
      subject: 'a', name: 'Områdesgrupp Ryd', roles: ['area_group'], districtIds: ['ryd'], organisationId: null,
    });
  });
});

describe('row scopes', () => {
  it('gives every row to the roles that see all, districts to area groups, properties to owners', () => {
    expect(rowScope(person(['est']), ACCESS.incidentRead)).toEqual({ all: true, districtIds: [], ownerId: null });
    expect(rowScope(person(['area_group'], { districtIds: ['ryd'] }), ACCESS.incidentRead)).toEqual({ all: false, districtIds: ['ryd'], ownerId: null });
    expect(rowScope(person(['property_owner'], { organisationId: 'stangastaden' }), ACCESS.incidentRead)).toEqual({ all: false, districtIds: [], ownerId: 'stangastaden' });
    // Venues have no property rule: an owner gets nothing, and an anonymous caller nothing anywhere.
    expect(rowScope(person(['property_owner'], { organisationId: 'stangastaden' }), ACCESS.venueRead)).toEqual({ all: false, districtIds: [], ownerId: null });
    expect(rowScope(null, ACCESS.measureRead)).toEqual({ all: false, districtIds: [], ownerId: null });
  });

  it('lists the roles that see at least some rows', () => {
    expect(rolesFor(ACCESS.measureWrite).sort()).toEqual(['admin', 'area_group', 'est']);
    expect(rolesFor(ACCESS.auditRead)).toEqual(['admin']);
  });
});

describe('tokens', () => {
  it('reads a bearer header, refuses other schemes, and treats no header as anonymous', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken(undefined)).toBeUndefined();
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(TokenError);
  });

  it('verifies a demo token and refuses a tampered one', async () => {
    const demo = await createDemoIssuer({ issuer: 'urn:test', audience: 'tk', dataDir: null });
    const verify = createTokenVerifier({ issuer: 'urn:test', audience: 'tk', algorithms: ['ES256'], jwks: demo.jwks });
    const { token } = await demo.issue('omradesgrupp-ryd');
    expect(await verify(token)).toMatchObject({ subject: 'demo:omradesgrupp-ryd', roles: ['area_group'], districtIds: ['ryd'] });
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), roles: ['admin'] })).toString('base64url');
    await expect(verify(`${h}.${forged}.${s}`)).rejects.toThrow('not signed by the configured issuer');
  });
});

describe('auth configuration', () => {
  it('uses the demo sign-in outside production without an issuer, and refuses HMAC algorithms', () => {
    expect(readConfig({}).auth.mode).toBe('demo');
    expect(readConfig({ AUTH_ISSUER: 'https://idp.example', AUTH_ALGORITHMS: 'RS256' }).auth).toMatchObject({ mode: 'oidc', algorithms: ['RS256'] });
    expect(() => readConfig({ AUTH_ISSUER: 'https://idp.example', AUTH_ALGORITHMS: 'HS256' })).toThrow(/refused: HS256/);
  });
});
