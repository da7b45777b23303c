/**
 * Every kind of answer with the headers it must carry (issue 22): the app's pages and assets under
 * a strict content security policy built from the settings, the sign-in callback framable by this
 * site only, and the API's answers with nothing to run or frame. Production mode, with the test
 * identity provider, a basemap on other hosts and HSTS on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformSignInEnv, startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let provider: TestProvider;
let platform: TestPlatform;
const STYLE = 'https://tiles.example.org/styles/basic/style.json';
const TILES = 'https://a.tiles.example.org';

beforeAll(async () => {
  provider = await startTestProvider({ appOrigins: ['http://127.0.0.1'] });
  platform = await startTestPlatform({ ...platformSignInEnv(provider.issuer), NOW: '', BASEMAP_STYLE_URL: STYLE, BASEMAP_HOSTS: `${TILES}/tiles/`, HSTS: 'true' });
});
afterAll(async () => {
  await platform?.stop();
  await provider?.stop();
});

/** The policy as directive → sources. */
function directives(policy: string | null): Record<string, string[]> {
  expect(policy).toMatch(/^default-src /);
  return Object.fromEntries(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

function expectCommon(res: Response): void {
  for (const [name, value] of Object.entries(COMMON)) expect(res.headers.get(name), name).toBe(value);
  expect(res.headers.get('permissions-policy')).toMatch(/^geolocation=\(self\), camera=\(\)/);
}

async function get(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(platform.url + path, init);
  await res.arrayBuffer();
  return res;
}

describe('the app\'s pages and assets', () => {
  it('carry a strict policy: own scripts and styles only, the provider and the basemap\'s hosts to talk to, no framing', async () => {
    const issuer = new URL(provider.issuer).origin;
    for (const path of ['/', '/plan', '/assets/nothing-here.js']) {
      const res = await get(path);
      expectCommon(res);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['style-src']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'", issuer, 'https://tiles.example.org', TILES]);
      expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.org', TILES]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['frame-src']).toEqual([issuer]);
      expect(csp['form-action']).toEqual(["'self'", issuer]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(JSON.stringify(csp)).not.toMatch(/unsafe|\*/);
    }
  });

  it('keep hashed assets immutable in caches, and the page revalidated', async () => {
    const html = await (await fetch(platform.url)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toMatch(/^\/assets\/.+\.js$/);
    const res = await get(asset!);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    // No inline script in the page: the policy would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('let only this site frame the sign-in callback (the hidden token renewal)', async () => {
    const res = await get('/auth/callback');
    expectCommon(res);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(directives(res.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'self'"]);
  });
});

describe('the API\'s answers', () => {
  const API = `default-src 'none'; frame-ancestors 'none'`;
  it.each([
    ['GraphQL', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
    ['GraphQL refused', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
    ['health', '/health', {}],
    ['readiness', '/ready', {}],
    ['settings', '/config.json', {}],
    ['who am I, unsigned', '/auth/me', {}],
    ['policy report receiver, refused', '/csp-report', {}],
    ['basemap archive (none configured here: 404, not the app)', '/basemap/basemap.pmtiles', {}],
    ['basemap, any other file (404)', '/basemap/style.json', {}],
  ] as const)('%s (%s): nothing to run, nothing to frame', async (_kind, path, init) => {
    const res = await get(path, init as RequestInit);
    expectCommon(res);
    expect(res.headers.get('content-security-policy')).toBe(API);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
