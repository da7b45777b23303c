/**
 * Production mode against a real OpenID Connect provider started here (oidc-provider): the
 * platform finds the provider's keys by discovery, maps the directory's groups to roles in the
 * gateway and in every subgraph alike, and refuses tokens of another issuer or for another audience.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_AUDIENCE, platformSignInEnv, startTestProvider, TEST_CLIENT_ID, TEST_PROVIDER_MAPPING, type TestProvider } from '../support/oidc-provider.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let provider: TestProvider;
let stranger: TestProvider;
let platform: TestPlatform;

beforeAll(async () => {
  provider = await startTestProvider({ appOrigins: ['http://127.0.0.1'] });
  // Another provider with the same users and audience: its tokens look right but are not ours.
  stranger = await startTestProvider({ appOrigins: ['http://127.0.0.1'] });
  platform = await startTestPlatform({ ...platformSignInEnv(provider.issuer), NOW: '' });
});
afterAll(async () => {
  await platform?.stop();
  await provider?.stop();
  await stranger?.stop();
});

const bearer = async (user: string, from = provider, audience?: string) => ({ authorization: `Bearer ${await from.accessToken(user, audience)}` });

async function me(headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${platform.url}/auth/me`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const INCIDENT_DISTRICTS = `{ incidents(limit: 200) { districtId } }`;

describe('sign-in with the organisation\'s provider', () => {
  it('tells the web where and how to sign in, and whom to ask for a role', async () => {
    const config = (await (await fetch(`${platform.url}/config.json`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      demoSignIn: false,
      oidc: { authority: provider.issuer, clientId: TEST_CLIENT_ID, scopes: 'openid profile offline_access', redirectPath: '/auth/callback', postLogoutRedirectPath: '/' },
      accessContact: TEST_PROVIDER_MAPPING.contact,
    });
  });

  it('maps the directory\'s groups to roles and districts (/auth/me)', async () => {
    expect(await me(await bearer('anna.omrade'))).toEqual({
      status: 200,
      body: { id: 'anna.omrade', name: 'Anna Områdesgrupp', roles: ['area_group'], districts: ['skaggetorp'], organisation: null },
    });
    expect((await me(await bearer('sven.styr'))).body).toMatchObject({ roles: ['steering_group'], districts: [] });
    expect((await me(await bearer('olle.utan'))).body).toMatchObject({ name: 'Olle Utan Roll', roles: [] });
    expect((await me({})).status).toBe(401);
  });

  it('lets each role see what the access table allows, at the gateway and at a subgraph alike', async () => {
    const est = await platform.gql<{ incidents: { districtId: string }[] }>(INCIDENT_DISTRICTS, {}, await bearer('eva.est'));
    expect(est.errors).toBeUndefined();
    expect(new Set(est.data!.incidents.map((i) => i.districtId)).size).toBeGreaterThan(1);
    for (const url of [platform.graphqlUrl, platform.subgraphUrls.incidents!]) {
      const area = await platform.gql<{ incidents: { districtId: string }[] }>(INCIDENT_DISTRICTS, {}, { url, ...(await bearer('anna.omrade')) });
      expect(area.errors).toBeUndefined();
      expect(area.data!.incidents.length).toBeGreaterThan(0);
      expect(new Set(area.data!.incidents.map((i) => i.districtId))).toEqual(new Set(['skaggetorp']));
      const steering = await platform.gql(INCIDENT_DISTRICTS, {}, { url, ...(await bearer('sven.styr')) });
      expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('gives a person with no mapped group nothing beyond what anyone may see', async () => {
    const query = `{ districts(priority: true) { name incidentCount { value } } }`;
    const nobody = await platform.gql<{ districts: { name: string; incidentCount: unknown }[] }>(query, {}, await bearer('olle.utan'));
    expect(nobody.data!.districts.length).toBe(4);
    expect(nobody.data!.districts.every((d) => d.incidentCount === null)).toBe(true);
    expect(nobody.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const steering = await platform.gql<{ districts: { incidentCount: { value: number } | null }[] }>(query, {}, await bearer('sven.styr'));
    expect(steering.errors).toBeUndefined();
    expect(steering.data!.districts.every((d) => d.incidentCount !== null)).toBe(true);
  });

  it('refuses a token for another audience of the same provider', async () => {
    const headers = await bearer('eva.est', provider, OTHER_AUDIENCE);
    for (const url of [platform.graphqlUrl, platform.subgraphUrls.incidents!]) {
      const res = await platform.raw(INCIDENT_DISTRICTS, {}, { url, ...headers });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('"aud" claim') });
    }
    expect((await me(headers)).status).toBe(401);
  });

  it('refuses a token from another issuer, even for the right audience and user', async () => {
    const headers = await bearer('eva.est', stranger);
    for (const url of [platform.graphqlUrl, platform.subgraphUrls.measures!]) {
      const res = await platform.raw(`{ measures { id } }`, {}, { url, ...headers });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await me(headers)).status).toBe(401);
  });

  it('has no demo sign-in in production', async () => {
    const res = await fetch(`${platform.url}/auth/demo/token`, { method: 'POST', body: '{"user":"admin"}' });
    expect(res.status).toBe(405);
    expect(await res.text()).not.toContain('token');
  });
});
