/**
 * Production mode with a real (local) OIDC issuer: tokens verified against a remote JWKS, no demo
 * sign-in, no introspection, no GraphiQL, no stack traces; and the per-identity rate limit.
 */
import { ConfigError, readConfig } from '@tk/gis';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let issuer: Server;
let issuerUrl: string;
let signingKey: CryptoKey;
let platform: TestPlatform;

async function token(claims: Record<string, unknown>, audience = 'trygghetskartan'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' }).setIssuer(issuerUrl).setAudience(audience)
    .setSubject('idp:user-1').setIssuedAt().setExpirationTime('10m').sign(signingKey);
}

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  signingKey = privateKey;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' }] });
  issuer = createServer((req, res) => {
    res.writeHead(req.url === '/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(req.url === '/jwks.json' ? jwks : '{}');
  });
  await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
  issuerUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}`;
  platform = await startTestPlatform({
    NODE_ENV: 'production',
    AUTH_ISSUER: issuerUrl,
    AUTH_JWKS_URL: `${issuerUrl}/jwks.json`,
    AUTH_ALGORITHMS: 'RS256',
    AUTH_CLIENT_ID: 'trygghetskartan-web',
    // The provider's app roles carry our codes here (as Entra ID's `roles` claim can): mapped one to one.
    AUTH_GROUPS_CLAIM: 'roles',
    AUTH_ROLE_MAPPING: JSON.stringify({ groups: Object.fromEntries(['police', 'est', 'admin'].map((r) => [r, { roles: [r] }])) }),
    RATE_LIMIT_BURST: '20',
    RATE_LIMIT_PER_SECOND: '1',
    // Production reads the real clock: NOW is refused there (below).
    NOW: '',
  });
});
afterAll(async () => {
  await platform?.stop();
  await new Promise((resolve) => issuer?.close(resolve));
});

describe('production mode', () => {
  it('refuses to start without an issuer', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_ISSUER must be set in production/);
  });

  it('refuses a pinned clock: NOW is for tests and demos', () => {
    const env = { NODE_ENV: 'production', AUTH_ISSUER: 'https://idp.example', AUTH_CLIENT_ID: 'tk', AUTH_ROLE_MAPPING: '{"groups": {"g": {"roles": ["est"]}}}' };
    expect(readConfig(env).clock.pinned).toBe(false);
    expect(() => readConfig({ ...env, NOW: '2026-11-23T10:00:00+01:00' })).toThrow(/NOW .* may not be set in production/);
  });

  it('accepts a token from the configured issuer, verified against its published keys', async () => {
    const res = await platform.gql<{ incidents: { id: string }[] }>(`{ incidents(limit: 3) { id } }`, {}, {
      authorization: `Bearer ${await token({ name: 'Polisen', roles: ['police'] })}`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.incidents).toHaveLength(3);
  });

  it('refuses the same claims for another audience: UNAUTHENTICATED', async () => {
    const res = await platform.raw(`{ incidents { id } }`, {}, {
      authorization: `Bearer ${await token({ name: 'Polisen', roles: ['police'] }, 'someone-else')}`,
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('has no demo sign-in', async () => {
    const res = await fetch(`${platform.url}/auth/demo/users`);
    expect(await res.text()).not.toContain('styrgruppen');
    expect((await (await fetch(`${platform.url}/config.json`)).json()).demoSignIn).toBe(false);
  });

  it('refuses introspection at the gateway and at a subgraph', async () => {
    const query = `{ __schema { types { name } } }`;
    const viaGateway = await platform.raw(query);
    expect(viaGateway.text).not.toContain('"types"');
    expect(JSON.parse(viaGateway.text).errors.length).toBeGreaterThan(0);
    const direct = await platform.raw(query, {}, { url: platform.subgraphUrls.incidents });
    expect(direct.text).toMatch(/introspection/i);
    expect(direct.text).not.toContain('"types"');
  });

  it('serves no GraphiQL', async () => {
    const res = await fetch(platform.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });

  it('answers errors without stack traces or SQL', async () => {
    const res = await platform.raw(`{ incidents(districtId: "x'--") { id } }`, {}, {
      authorization: `Bearer ${await token({ name: 'Polisen', roles: ['police'] })}`,
    });
    expect(res.text).not.toMatch(/stacktrace|\s{4}at |SELECT |incidents\.incident/);
  });
});

describe('rate limit per identity', () => {
  it('refuses a user over the limit with 429 and Retry-After, while another user goes on', async () => {
    const busy = `Bearer ${await token({ name: 'EST', roles: ['est'] })}`;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const res = await fetch(platform.graphqlUrl, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: busy },
        body: JSON.stringify({ query: '{ districts { id } }' }),
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect((await res.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
        break;
      }
      await res.arrayBuffer();
    }
    expect(statuses).toContain(429);
    const other = await new SignJWT({ name: 'Admin', roles: ['admin'] }).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setIssuer(issuerUrl).setAudience('trygghetskartan').setSubject('idp:user-2').setExpirationTime('10m').sign(signingKey);
    const res = await platform.raw(`{ districts { id } }`, {}, { authorization: `Bearer ${other}` });
    expect(res.status).toBe(200);
  });
});
