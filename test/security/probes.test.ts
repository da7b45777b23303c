/**
 * Security probes beyond the access table: forged tokens, subgraphs called directly, injection,
 * oversized and invalid input, query limits, personal data, and the small-count subtraction attack.
 * Each asserts a coded refusal and that nothing protected appears anywhere in the response.
 */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type RawResponse, type TestPlatform } from '../support/platform.js';
import { leaksIn, protectedValues } from '../support/protected-values.js';

let platform: TestPlatform;
let secrets: string[];

beforeAll(async () => {
  platform = await startTestPlatform();
  const db = (s: 'incidents' | 'venues' | 'measures') => platform.databases.get(s)!;
  secrets = await protectedValues({ incidents: db('incidents'), venues: db('venues'), measures: db('measures') });
});
afterAll(() => platform?.stop());

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT';

function expectRefusal(res: RawResponse, code: Code, extraSecrets: string[] = []): void {
  const body = JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.map((e) => e.extensions?.code), res.text.slice(0, 300)).toContain(code);
  expect(leaksIn(res.text, [...secrets, ...extraSecrets])).toEqual([]);
}

const INCIDENTS = `{ incidents(limit: 10) { id location } }`;
const CLAIMS = { name: 'EST-gruppen', roles: ['est'], districts: [], organisation: null };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000); // real time: the platform checks a token's expiry against it

describe('tokens', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('no token: UNAUTHENTICATED', async () => {
    expectRefusal(await platform.raw(INCIDENTS), 'UNAUTHENTICATED');
  });

  it('an expired token: UNAUTHENTICATED, and the token is not echoed', async () => {
    const token = await platform.auth.demo!.sign(CLAIMS, { subject: 'demo:est', expiresInSeconds: -120 });
    const res = await platform.raw(INCIDENTS, {}, bearer(token));
    expect(res.status).toBe(401);
    expectRefusal(res, 'UNAUTHENTICATED', [token]);
    expect(res.text).toContain('expired');
  });

  it('a token signed with another key: UNAUTHENTICATED', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'ES256', kid: 'intruder' })
      .setIssuer(platform.auth.demo!.issuer).setAudience(platform.auth.demo!.audience).setSubject('demo:est')
      .setExpirationTime(now() + 600).sign(privateKey);
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'UNAUTHENTICATED', [token]);
  });

  it('alg "none": UNAUTHENTICATED', async () => {
    const payload = { ...CLAIMS, sub: 'demo:est', iss: platform.auth.demo!.issuer, aud: platform.auth.demo!.audience, exp: now() + 600 };
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'UNAUTHENTICATED', [token]);
  });

  it('HS256 signed with the public key as the secret (algorithm confusion): UNAUTHENTICATED', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(platform.auth.demo!.jwks.keys[0]));
    const token = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' })
      .setIssuer(platform.auth.demo!.issuer).setAudience(platform.auth.demo!.audience).setSubject('demo:est')
      .setExpirationTime(now() + 600).sign(secret);
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'UNAUTHENTICATED', [token]);
  });

  it('the wrong audience: UNAUTHENTICATED', async () => {
    const token = await platform.auth.demo!.sign(CLAIMS, { subject: 'demo:est', audience: 'another-system' });
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'UNAUTHENTICATED', [token]);
  });

  it('the wrong issuer: UNAUTHENTICATED', async () => {
    const token = await platform.auth.demo!.sign(CLAIMS, { subject: 'demo:est', issuer: 'https://evil.example' });
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'UNAUTHENTICATED', [token]);
  });

  it('a malformed Authorization header: UNAUTHENTICATED', async () => {
    expectRefusal(await platform.raw(INCIDENTS, {}, { authorization: 'Token abc' }), 'UNAUTHENTICATED');
  });

  it('a valid token claiming a role that does not exist gets nothing: FORBIDDEN', async () => {
    const token = await platform.auth.demo!.sign({ name: 'X', roles: ['superuser'] }, { subject: 'demo:x' });
    expectRefusal(await platform.raw(INCIDENTS, {}, bearer(token)), 'FORBIDDEN');
  });
});

describe('each subgraph called directly refuses on its own', () => {
  const direct = (service: 'incidents' | 'venues' | 'measures', query: string, as?: string, variables = {}, asGateway = false) =>
    platform.raw(query, variables, { url: platform.subgraphUrls[service], as, asGateway });
  const entities = (field: string) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { ${field} } } }`;
  const districts = { r: [{ __typename: 'District', id: 'ryd' }, { __typename: 'District', id: 'skaggetorp' }] };

  it.each([
    ['incidents', INCIDENTS, undefined, 'UNAUTHENTICATED'],
    ['incidents', INCIDENTS, 'styrgruppen', 'FORBIDDEN'],
    ['venues', `{ venues { id name } }`, undefined, 'UNAUTHENTICATED'],
    ['venues', `{ venues { id name } }`, 'stangastaden', 'FORBIDDEN'],
    ['measures', `{ measures { id title } }`, undefined, 'UNAUTHENTICATED'],
    ['measures', `{ measures { id title } }`, 'tillsyn', 'FORBIDDEN'],
  ] as const)('%s: %s as %s → %s', async (service, query, as, code) => {
    expectRefusal(await direct(service, query, as), code);
  });

  it.each([
    ['incidents', 'incidentCount { value atLeast }', undefined, 'UNAUTHENTICATED'],
    ['venues', 'venues { id name }', undefined, 'UNAUTHENTICATED'],
    ['venues', 'venues { id name }', 'lingonet', 'FORBIDDEN'],
    ['measures', 'measures { id title }', undefined, 'UNAUTHENTICATED'],
    ['measures', 'measures { id title }', 'tillsyn', 'FORBIDDEN'],
  ] as const)('%s _entities: District.%s as %s → %s', async (service, field, as, code) => {
    // Played as the gateway would send it: the role check itself refuses.
    expectRefusal(await direct(service, entities(field), as, districts, true), code);
  });

  it('incidents _entities: a single Incident by id, as a role without access → FORBIDDEN', async () => {
    const [row] = await platform.databases.get('incidents')!.query<{ id: string }>(`SELECT id::text FROM incidents.incident LIMIT 1`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id location description } } }`;
    expectRefusal(await direct('incidents', query, 'styrgruppen', { r: [{ __typename: 'Incident', id: row!.id }] }, true), 'FORBIDDEN');
  });
});

describe('other districts and other owners', () => {
  it.each([
    [`{ incidents(districtId: "ryd") { id location } }`],
    [`{ venues(districtId: "ryd") { id name } }`],
    [`{ measures(districtId: "ryd") { id title } }`],
  ])('an area group of Skäggetorp asking %s → FORBIDDEN', async (query) => {
    expectRefusal(await platform.raw(query, {}, { as: 'omradesgrupp-skaggetorp' }), 'FORBIDDEN');
  });

  it.each([
    ['incidents', 'Incident', `SELECT i.id::text FROM incidents.incident i JOIN geo.property p ON ST_Intersects(p.geom, i.location) WHERE p.owner_id = 'stangastaden' LIMIT 1`, 'id location description'],
    ['measures', 'Measure', `SELECT m.id::text FROM measures.measure m JOIN geo.property p ON ST_Intersects(p.geom, m.geom) WHERE p.owner_id = 'stangastaden' LIMIT 1`, 'id title geometry'],
  ] as const)('another property owner fetching a %s on AB Stångåstaden\'s property by id → FORBIDDEN', async (service, type, sql, fields) => {
    const [row] = await platform.databases.get(service)!.query<{ id: string }>(sql);
    expect(row).toBeDefined();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${fields} } } }`;
    const res = await platform.raw(query, { r: [{ __typename: type, id: row!.id }] }, { url: platform.subgraphUrls[service], as: 'lingonet', asGateway: true });
    expectRefusal(res, 'FORBIDDEN');
    // …while the owner itself gets it.
    const own = await platform.gql<{ _entities: { id: string }[] }>(query, { r: [{ __typename: type, id: row!.id }] }, { url: platform.subgraphUrls[service], as: 'stangastaden', asGateway: true });
    expect(own.data!._entities[0]!.id).toBe(row!.id);
  });
});

describe('injection in every filter argument', () => {
  const SQL = `ryd' OR '1'='1'; DROP TABLE incidents.incident; --`;
  it.each([
    [`query($d: ID) { incidents(districtId: $d) { id } }`, { d: SQL }, 'est'],
    [`query($d: ID) { venues(districtId: $d) { id } }`, { d: SQL }, 'est'],
    [`query($d: ID) { measures(districtId: $d) { id } }`, { d: SQL }, 'est'],
    [`query($d: ID!) { district(id: $d) { id name } }`, { d: SQL }, undefined],
    [`query($e: ID) { measuresAuditLog(entityId: $e) { id } }`, { e: `' OR 1=1 --` }, 'admin'],
    [`mutation($id: ID!) { withdrawMeasure(id: $id, reason: "x") }`, { id: `00000000-0000-0000-0000-000000000000' OR '1'='1` }, 'admin'],
    [`query($f: DateTime) { incidents(from: $f) { id } }`, { f: `2024-01-01'; DROP TABLE x; --` }, 'est'],
  ])('%s with %j → BAD_USER_INPUT, tables intact', async (query, variables, as) => {
    expectRefusal(await platform.raw(query, variables, { as }), 'BAD_USER_INPUT');
    const [row] = await platform.databases.get('incidents')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`);
    expect(row!.n).toBeGreaterThan(0);
  });

  const PROPOSE = `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`;
  it.each([
    ['SQL in a coordinate', { type: 'Point', coordinates: ['15.6); DROP TABLE measure; --', 58.4] }],
    ['SQL as the geometry string', `{"type":"Point","coordinates":[15.6,58.4]}'); DROP TABLE measure; --`],
    ['a GeometryCollection smuggling a point', { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [15.58, 58.42] }] }],
    ['an oversized polygon', { type: 'Polygon', coordinates: [[...Array.from({ length: 10_001 }, (_, i) => [15.58 + Math.cos(i) * 0.001, 58.42 + Math.sin(i) * 0.001]), [15.581, 58.42]]] }],
    ['an invalid (self-intersecting) polygon', { type: 'Polygon', coordinates: [[[15.586, 58.4255], [15.588, 58.4265], [15.588, 58.4255], [15.586, 58.4265], [15.586, 58.4255]]] }],
  ])('GeoJSON: %s → BAD_USER_INPUT, nothing written', async (_label, geometry) => {
    const before = await platform.databases.get('measures')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM measures.measure`);
    expectRefusal(await platform.raw(PROPOSE, { input: { kind: 'SIGNAGE', title: 'Skylt', geometry } }, { as: 'est' }), 'BAD_USER_INPUT');
    const after = await platform.databases.get('measures')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM measures.measure`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('query limits at the gateway', () => {
  it.each([
    ['too deep (introspection type nesting, depth 14)', `{ __typename d: district(id: "ryd") { id } x: __type(name: "District") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`, 'depth'],
    ['too many aliases (31)', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: districts { id }`).join(' ')} }`, 'aliases'],
    ['too many root fields (21)', `{ ${Array.from({ length: 21 }, (_, i) => `d${i}: district(id: "ryd") { id }`).join(' ')} }`, 'rootFields'],
    // 4 × (1 + 10 × (1 + 10 × 6 + 1 + 10 × 8)) = 5,684 > 5,000
    ['too expensive (cost 5,684)', `{ ${Array.from({ length: 4 }, (_, i) => `l${i}: districts { venues { id name kind location districtId synthetic } measures { id title kind status geometry districtId synthetic description } }`).join(' ')} }`, 'cost'],
    ['too many tokens', `{ ${'__typename '.repeat(3000)} }`, 'tokens'],
  ])('%s → BAD_USER_INPUT', async (_label, query, limit) => {
    const res = await platform.raw(query, {}, { as: 'est' });
    expectRefusal(res, 'BAD_USER_INPUT');
    expect(res.text).toContain(`"limit":"${limit}"`);
  });

  it('a batch of more than 5 operations is refused', async () => {
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.token('est')}` },
      body: JSON.stringify(Array.from({ length: 6 }, () => ({ query: '{ districts { id } }' }))),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).toMatch(/[Bb]atch/);
  });
});

describe('personal data in free text', () => {
  const PROPOSE = `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`;
  const geometry = { type: 'Point', coordinates: [15.587, 58.426] };
  it.each([
    ['title', { title: 'Belysning, anmält av 19121212-1212' }, 'personal identity number'],
    ['description', { title: 'Belysning', description: 'Kontakt: 121212-1212' }, 'personal identity number'],
    ['description', { title: 'Belysning', description: 'Ring 070-123 45 67' }, 'phone number'],
    ['description', { title: 'Belysning', description: 'Mejla anna.andersson@example.se' }, 'e-mail'],
  ])('%s %j → BAD_USER_INPUT naming the field, nothing written', async (field, text, kind) => {
    const before = await platform.databases.get('measures')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM measures.measure`);
    const res = await platform.raw(PROPOSE, { input: { kind: 'LIGHTING', geometry, ...text } }, { as: 'omradesgrupp-skaggetorp' });
    expectRefusal(res, 'BAD_USER_INPUT', ['19121212-1212', '121212-1212', '070-123 45 67', 'anna.andersson@example.se']);
    expect(res.text).toContain(`"field":"${field}"`);
    expect(res.text).toContain(kind);
    const after = await platform.databases.get('measures')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM measures.measure`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('the small-count subtraction attack', () => {
  it('a district-week with 1–4 incidents cannot be recovered by subtracting two periods', async () => {
    // A week in a non-priority district with 1–4 incidents: the cell to protect.
    const [cell] = await platform.databases.get('incidents')!.query<{ district: string; week: string; n: number }>(
      `SELECT district_id AS district, (date_trunc('week', occurred_at AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm')::text AS week,
              count(*)::int AS n
         FROM incidents.incident WHERE district_id IS NOT NULL AND deleted_at IS NULL
        GROUP BY 1, 2 HAVING count(*) BETWEEN 1 AND 4 ORDER BY 2 DESC LIMIT 1`,
    );
    expect(cell).toBeDefined();
    const weekStart = new Date(cell!.week);
    const weekEnd = new Date(weekStart.getTime() + 7 * 86_400_000);
    const longStart = new Date(weekStart.getTime() - 4 * 7 * 86_400_000);
    const count = async (from: Date, to: Date) => {
      const res = await platform.gql<{ district: { incidentCount: { value: number | null; atLeast: number; hiddenCells: number } } }>(
        `query($d: ID!, $f: DateTime, $t: DateTime) { district(id: $d) { incidentCount(from: $f, to: $t) { value atLeast hiddenCells } } }`,
        { d: cell!.district, f: from.toISOString(), t: to.toISOString() },
        { as: 'styrgruppen' },
      );
      return res.data!.district.incidentCount;
    };
    // The week alone: shown as "under 5", never the number.
    expect(await count(weekStart, weekEnd)).toEqual({ value: null, atLeast: 0, hiddenCells: 1 });
    // Five weeks minus the four before it: the difference of what is shown is 0, not the hidden count.
    const withWeek = await count(longStart, weekEnd);
    const without = await count(longStart, weekStart);
    expect(withWeek.atLeast - without.atLeast).toBe(0);
    expect(withWeek.hiddenCells - without.hiddenCells).toBe(1);
    // Moving either end by hours cannot cut a week in two: a period counts the weeks that start in it, whole.
    const hour = 3_600_000;
    expect(await count(longStart, new Date(weekEnd.getTime() - hour))).toEqual(withWeek);
    expect(await count(new Date(longStart.getTime() + hour), weekEnd)).toEqual(await count(new Date(longStart.getTime() + 7 * 86_400_000), weekEnd));
  });

  it('a role that may see single incidents gets the exact small count', async () => {
    const res = await platform.gql<{ district: { incidentCount: { exact: boolean } } }>(
      `{ district(id: "tornby") { incidentCount { exact } } }`, {}, { as: 'est' });
    expect(res.data!.district.incidentCount.exact).toBe(true);
  });
});

describe('the HTTP edge', () => {
  it('a GET without the CSRF header is refused', async () => {
    const res = await fetch(`${platform.graphqlUrl}?query=${encodeURIComponent('{ districts { id } }')}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('a body over the size limit is refused before it is read: 413', async () => {
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ districts { id } }`, variables: { pad: 'x'.repeat(2_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('concurrent users', () => {
  it('never share an answer, even when the gateway merges identical in-flight subgraph requests', async () => {
    const query = `{ districts { id incidentCount { exact } } }`;
    const users = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 'est' : 'styrgruppen'));
    const answers = await Promise.all(users.map((as) => platform.gql<{ districts: { incidentCount: { exact: boolean } }[] }>(query, {}, { as })));
    answers.forEach((res, i) => {
      const exact = res.data!.districts.map((d) => d.incidentCount.exact);
      expect(exact.every((e) => e === (users[i] === 'est'))).toBe(true);
    });
  });
});
