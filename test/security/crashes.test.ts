/**
 * Requests that once ended the whole process (gateway and all four subgraphs under `npm start`):
 * each gets an answer with a code, and every process still answers /health afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { rawRequest } from '../support/raw-http.js';

let platform: TestPlatform;
const SERVICES = ['plan', 'incidents', 'venues', 'measures'] as const;
const origins = (): Record<'gateway' | (typeof SERVICES)[number], string> => ({
  gateway: platform.url,
  plan: new URL(platform.subgraphUrls.plan).origin,
  incidents: new URL(platform.subgraphUrls.incidents).origin,
  venues: new URL(platform.subgraphUrls.venues).origin,
  measures: new URL(platform.subgraphUrls.measures).origin,
});

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

async function expectAllHealthy(): Promise<void> {
  for (const [name, origin] of Object.entries(origins())) {
    const res = await fetch(`${origin}/health`);
    expect(res.status, `${name} /health`).toBe(200);
  }
}

describe('1. paths that do not decode', () => {
  it.each(['/%E0', '/%', '/assets/%C0%AF', '/%00'])('GET %s to the gateway: 400 or the app, never a crash', async (path) => {
    const res = await rawRequest(platform.url, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect([200, 400]).toContain(res.status);
    await expectAllHealthy();
  });
});

describe('2. request lines `new URL` refuses', () => {
  it.each(['gateway', ...SERVICES] as const)('GET //[ and other odd targets to %s: an answer under 500', async (name) => {
    for (const target of ['//[', '//[::1', '//%', '/graphql/..%2f', 'http://[', '*']) {
      const res = await rawRequest(origins()[name]!, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(res.status, `${name} ${target}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `${name} ${target}`).toBeLessThan(500);
    }
    await expectAllHealthy();
  });

  it('a request line Node cannot parse: 400, and the server keeps serving', async () => {
    const res = await rawRequest(platform.url, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(res.status).toBe(400);
    await expectAllHealthy();
  });
});

describe('3. _entities where one representation fails at once and another later', () => {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
  const cases = [
    ['incidents', undefined, [{ __typename: 'Incident', id: '1' }, { __typename: 'PresenceShift', id: '1' }]],
    ['plan', undefined, [{ __typename: 'Property', id: 'a\u0000' }, { __typename: 'District' }]],
    ['incidents', 'est', [{ __typename: 'Situation', week: 'bad', districtId: 'skaggetorp' }, { __typename: 'Nope' }]],
    ['venues', 'admin', [{ __typename: 'Venue', id: '00000000-0000-0000-0000-000000000000' }, { __typename: 'Query' }]],
    ['measures', 'admin', [{ __typename: 'Measure', id: 'x' }, { __typename: '__proto__' }, { __typename: '_Service' }, 42, null]],
    ['incidents', 'admin', [{ __typename: 'String', id: '1' }, { __typename: 'Incident' }, { __typename: 'Venue', id: 'v' }]],
  ] as const;

  it.each(cases)('%s as %s: every representation answered or refused with a code', async (service, as, representations) => {
    // As the gateway would send it: the guard of `_entities` is what is under test here.
    const res = await platform.raw(query, { r: representations }, { url: platform.subgraphUrls[service], as, asGateway: true });
    expect(res.status).toBeLessThan(500);
    const body = JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) expect(error.extensions?.code, res.text.slice(0, 300)).not.toBe('INTERNAL_SERVER_ERROR');
    // Let a rejection that nobody handles surface before the processes are asked again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectAllHealthy();
  });

  it('a bad representation is BAD_USER_INPUT at its own index; the good ones resolve', async () => {
    const r = [{ __typename: 'District', id: 'ryd' }, { __typename: 'Nope' }, { __typename: 'District' }];
    const res = await platform.gql<{ _entities: ({ id: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { id } } }`, { r }, { url: platform.subgraphUrls.plan, asGateway: true });
    expect(res.data?._entities[0]).toEqual({ id: 'ryd' });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 1], 'BAD_USER_INPUT'], [['_entities', 2], 'BAD_USER_INPUT']]);
  });
});
