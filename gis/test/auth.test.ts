import { describe, expect, it } from 'vitest';
import { ACCESS, identityFromClaims, ROLES, rolesFor, rowScope, type Identity } from '@tk/access';
import { createDemoIssuer } from '../src/auth/demo.js';
import { bearerToken, createTokenVerifier, TokenError } from '../src/auth/verify.js';
import { identityFromMappedClaims, MappingError, parseRoleMapping } from '../src/auth/mapping.js';
import { ConfigError, readConfig } from '../src/config.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const OIDC = { AUTH_ISSUER: 'https://idp.example', AUTH_CLIENT_ID: 'tk-web', AUTH_ROLE_MAPPING: '{"groups": {"tk-est": {"roles": ["est"]}}}' };

describe('auth configuration', () => {
  it('uses the demo sign-in outside production without an issuer, and refuses HMAC algorithms', () => {
    expect(readConfig({}).auth.mode).toBe('demo');
    expect(readConfig({ ...OIDC, AUTH_ALGORITHMS: 'RS256' }).auth).toMatchObject({ mode: 'oidc', algorithms: ['RS256'] });
    expect(() => readConfig({ ...OIDC, AUTH_ALGORITHMS: 'HS256' })).toThrow(/refused: HS256/);
  });

  it('gives the web what it needs to sign in, with defaults', () => {
    expect(readConfig(OIDC).auth).toMatchObject({
      web: { clientId: 'tk-web', scopes: 'openid profile', redirectPath: '/auth/callback', postLogoutRedirectPath: '/', renewBeforeSeconds: 60 },
    });
    const custom = readConfig({ ...OIDC, AUTH_SCOPES: 'openid  profile offline_access', AUTH_REDIRECT_PATH: '/inloggad', AUTH_RENEW_BEFORE_SECONDS: '120' }).auth;
    expect(custom).toMatchObject({ web: { scopes: 'openid profile offline_access', redirectPath: '/inloggad', renewBeforeSeconds: 120 } });
  });

  it.each([
    [{ AUTH_CLIENT_ID: '' }, /AUTH_CLIENT_ID must be set/],
    [{ AUTH_SCOPES: 'profile' }, /AUTH_SCOPES must include "openid"/],
    [{ AUTH_REDIRECT_PATH: '//evil.example/cb' }, /AUTH_REDIRECT_PATH must be a path on this site/],
    [{ AUTH_POST_LOGOUT_REDIRECT_PATH: 'https://evil.example/' }, /AUTH_POST_LOGOUT_REDIRECT_PATH must be a path/],
    [{ AUTH_ISSUER: 'idp.example' }, /AUTH_ISSUER must be the provider's http\(s\) URL/],
    [{ AUTH_ROLE_MAPPING: '' }, /exactly one of AUTH_ROLE_MAPPING_FILE .* or AUTH_ROLE_MAPPING/],
    [{ AUTH_ROLE_MAPPING_FILE: '/nonexistent/roles.json' }, /exactly one of/],
    [{ AUTH_ROLE_MAPPING: '', AUTH_ROLE_MAPPING_FILE: '/nonexistent/roles.json' }, /AUTH_ROLE_MAPPING_FILE \(\/nonexistent\/roles.json\) cannot be read/],
    [{ AUTH_ROLE_MAPPING: '{"groups": ' }, /AUTH_ROLE_MAPPING is not JSON/],
    [{ AUTH_ROLE_MAPPING: '{"groups": {"tk-est": {"roles": ["est", "stering_group"]}}}' }, /AUTH_ROLE_MAPPING: groups\["tk-est"\]\.roles\[1\]: "stering_group" is not a role/],
    [{ AUTH_GROUPS_CLAIM: 'a..b' }, /the groups claim "a..b" is not a claim name/],
  ])('refuses a bad setting at start, naming it: %j', (env, message) => {
    expect(() => readConfig({ ...OIDC, ...env })).toThrow(ConfigError);
    expect(() => readConfig({ ...OIDC, ...env })).toThrow(message);
  });

  it('reads the mapping from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-mapping-'));
    const file = join(dir, 'roles.json');
    writeFileSync(file, JSON.stringify({ contact: 'IT-servicedesk', groups: { 'tk-est': { roles: ['est'] } } }));
    const auth = readConfig({ ...OIDC, AUTH_ROLE_MAPPING: '', AUTH_ROLE_MAPPING_FILE: file, AUTH_GROUPS_CLAIM: 'realm_access.roles' }).auth;
    expect(auth.mode === 'oidc' && auth.mapping.claim).toBe('realm_access.roles');
    expect(auth.mode === 'oidc' && auth.mapping.contact).toBe('IT-servicedesk');
    rmSync(dir, { recursive: true });
  });
});

describe('groups to roles', () => {
  const mapping = parseRoleMapping({
    contact: 'IT',
    groups: {
      'tk-styrgrupp': { roles: ['steering_group'] },
      'tk-omrade-ryd': { roles: ['area_group'], districts: ['ryd'] },
      'tk-omrade-berga': { roles: ['area_group', 'est'], districts: ['berga', 'ryd'] },
      'tk-stangastaden': { roles: ['property_owner'], organisation: 'stangastaden' },
      'tk-lingonet': { roles: ['property_owner'], organisation: 'lingonet' },
    },
  }, 'groups');
  const who = (groups: unknown, extra: Record<string, unknown> = {}) => identityFromMappedClaims({ sub: 'u1', groups, ...extra }, mapping);

  it('grants what the mapped groups grant together, and nothing for other groups', () => {
    expect(who(['tk-styrgrupp', 'alla-anstallda'])).toEqual({ subject: 'u1', name: 'u1', roles: ['steering_group'], districtIds: [], organisationId: null });
    expect(who(['tk-omrade-ryd', 'tk-omrade-berga'])).toMatchObject({ roles: ['est', 'area_group'], districtIds: ['berga', 'ryd'] });
    expect(who(['tk-stangastaden'])).toMatchObject({ roles: ['property_owner'], organisationId: 'stangastaden' });
    expect(who(['alla-anstallda'])).toMatchObject({ roles: [], districtIds: [], organisationId: null });
    expect(who(undefined).roles).toEqual([]);
    expect(who('tk-styrgrupp').roles).toEqual(['steering_group']);
    // Our own role codes in the claim grant nothing unless the mapping says so.
    expect(who(['admin', 'est']).roles).toEqual([]);
    expect(who([{ toString: () => 'tk-styrgrupp' }, 42]).roles).toEqual([]);
  });

  it('gives a person in two property owners\' groups neither organisation', () => {
    expect(who(['tk-stangastaden', 'tk-lingonet', 'tk-styrgrupp'])).toMatchObject({ roles: ['steering_group'], organisationId: null });
  });

  it('names the person from name, then preferred_username, then sub', () => {
    expect(who([], { name: 'Anna', preferred_username: 'anna' }).name).toBe('Anna');
    expect(who([], { preferred_username: 'anna' }).name).toBe('anna');
  });

  it('reads a dotted claim path (Keycloak realm roles) and never the prototype', () => {
    const keycloak = parseRoleMapping({ groups: { 'tk-est': { roles: ['est'] } } }, 'realm_access.roles');
    expect(identityFromMappedClaims({ sub: 'u', realm_access: { roles: ['tk-est'] } }, keycloak).roles).toEqual(['est']);
    expect(identityFromMappedClaims({ sub: 'u', realm_access: ['tk-est'] }, keycloak).roles).toEqual([]);
    const proto = parseRoleMapping({ groups: { 'tk-est': { roles: ['est'] } } }, 'constructor.name');
    expect(identityFromMappedClaims({ sub: 'u' }, proto).roles).toEqual([]);
  });

  it.each([
    [{ groups: {} }, /at least one entry/],
    [{ groups: { g: { roles: [] } } }, /groups\["g"\]\.roles must name at least one role/],
    [{ groups: { g: { roles: 'est' } } }, /groups\["g"\]\.roles must be a list of strings/],
    [{ groups: { g: { roles: ['area_group'] } } }, /groups\["g"\]: districts go with the role area_group/],
    [{ groups: { g: { roles: ['est'], districts: ['ryd'] } } }, /districts go with the role area_group/],
    [{ groups: { g: { roles: ['area_group'], districts: ['Ryd Centrum'] } } }, /districts\[0\]: "Ryd Centrum" is not a district id/],
    [{ groups: { g: { roles: ['property_owner'] } } }, /organisation goes with the role property_owner/],
    [{ groups: { g: { roles: ['est'], organisation: 'x' } } }, /organisation goes with the role property_owner/],
    [{ groups: { g: { roles: ['est'], role: 'x' } } }, /groups\["g"\]: unknown key "role"/],
    [{ groups: { g: { roles: ['est'] } }, contacts: 'x' }, /unknown key "contacts"/],
    [{ groups: { g: { roles: ['est'] } }, contact: ' ' }, /contact must be a text/],
    [[], /must be a JSON object/],
  ])('refuses a mapping that cannot be meant: %j', (value, message) => {
    expect(() => parseRoleMapping(value, 'groups')).toThrow(MappingError);
    expect(() => parseRoleMapping(value, 'groups')).toThrow(message);
  });
});

describe('the README\'s example mapping (infra/auth/role-mapping.example.json)', () => {
  const example = JSON.parse(readFileSync(new URL('../../infra/auth/role-mapping.example.json', import.meta.url), 'utf8')) as unknown;

  it('is valid, and gives every role to some group', () => {
    const mapping = parseRoleMapping(example, 'roles');
    const granted = new Set([...mapping.groups.values()].flatMap((g) => g.roles));
    expect([...granted].sort()).toEqual([...ROLES].sort());
    expect(mapping.contact).toBe((example as { contact: string }).contact);
    expect(mapping.contact).toMatch(/servicedesk@/);
  });

  it('reads Keycloak\'s client roles by a dotted path', () => {
    const mapping = parseRoleMapping(example, 'resource_access.trygghetskartan.roles');
    const claims = { sub: 'k1', resource_access: { trygghetskartan: { roles: ['TK.Omradesgrupp.Ryd', 'TK.Omradesgrupp.Berga'] }, account: { roles: ['TK.Admin'] } } };
    expect(identityFromMappedClaims(claims, mapping)).toMatchObject({ roles: ['area_group'], districtIds: ['berga', 'ryd'] });
  });
});
