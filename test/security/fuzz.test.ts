/**
 * Property-based hostile requests (fast-check) against the gateway and each subgraph directly, as
 * anonymous and as every demo role. Whatever a request holds:
 * - the status is not a 5xx (503 aside: "not ready" or "web app not built"; 504 counts as a failure);
 * - a JSON body with `errors` has `extensions.code` on every error, never INTERNAL_SERVER_ERROR;
 * - the answer arrives within 5 s;
 * - after each property run, every process still answers GET /health.
 *
 * Five classes of request: `http` (raw bytes: bad request lines, percent-encoding, methods, huge and
 * broken headers, bad Content-Length and chunking), `body` (bad JSON, content types, batches, GET
 * parameters, tokens), `operation` (a random root field of the public API or of a subgraph's own
 * schema, with hostile arguments inline or in variables — see test/support/fuzz-graphql.ts),
 * `entities` (hostile `_entities` representations, with and without the gateway's secret) and
 * `documents` (cyclic and deeply nested fragments, fragment fan-out, aliases × expensive fields,
 * directives, several operations).
 *
 * Each class runs once per seed (11, 21 … 101). FUZZ_SEED=n runs only seed n; FUZZ_RUNS=n sets the
 * runs of every property (per seed): `FUZZ_RUNS=2000 npx vitest run test/security/fuzz.test.ts` is
 * the longer run. A failure prints fast-check's shrunk counterexample (the request itself) and its
 * seed. Ids, weeks and days are drawn partly from the platform's data and its pinned now, so a seed
 * replays the same requests on the same data and NOW; the counterexample replays anywhere.
 */
import { GATEWAY_SECRET_HEADER } from '@tk/gis';
import { SUBGRAPHS } from '@tk/gateway/subgraphs';
import fc from 'fast-check';
import { buildSchema, getNamedType, isCompositeType, isObjectType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursAgo, swedishToday, weekBefore } from '../support/clock.js';
import {
  entityShapes, HostileValues, INJECTIONS, printOperation, printSelections, SchemaFuzzer, toJson,
  type FuzzValue, type Pools, type Selection,
} from '../support/fuzz-graphql.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { rawRequest } from '../support/raw-http.js';

const SERVICES = ['plan', 'incidents', 'venues', 'measures'] as const;
type Service = (typeof SERVICES)[number];
type Target = 'gateway' | Service;
const ROLES = ['styrgruppen', 'beredningsgruppen', 'est', 'omradesgrupp-skaggetorp', 'stangastaden', 'lingonet', 'tillsyn', 'polisen', 'admin'] as const;
type Role = (typeof ROLES)[number] | null;

const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [11, 21, 31, 41, 51, 61, 71, 81, 91, 101];
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : null;
/** Runs per property and seed by default: 86 requests per seed, 860 in all, before any shrinking. */
const DEFAULT_RUNS = { http: 12, body: 12, operation: 30, entities: 16, documents: 16 } as const;
type ClassName = keyof typeof DEFAULT_RUNS;
const LIMIT_MS = 5_000;

let platform: TestPlatform;
let gen: Generators;

// ---------------------------------------------------------------------------------------------
// Sending, timing and judging

interface Answer {
  status: number;
  text: string;
  contentType: string;
}

const stats = { requests: 0, perClass: new Map<ClassName, number>(), worst: new Map<ClassName, { ms: number; detail: string }>() };

const originOf = (target: Target) => (target === 'gateway' ? platform.url : new URL(platform.subgraphUrls[target]).origin);
const graphqlUrlOf = (target: Target) => (target === 'gateway' ? platform.graphqlUrl : platform.subgraphUrls[target]);
const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** Every GraphQL error in a body: plain JSON, a batch, or the parts of an event stream or multipart answer. */
function errorsIn(answer: Answer): unknown[] {
  const payloads: string[] = [];
  if (answer.contentType.includes('event-stream')) {
    for (const line of answer.text.split(/\r?\n/)) if (line.startsWith('data:')) payloads.push(line.slice(5));
  } else if (answer.contentType.includes('multipart')) {
    for (const part of answer.text.split(/\r?\n--/)) {
      const at = part.indexOf('{');
      if (at >= 0) payloads.push(part.slice(at));
    }
  } else {
    payloads.push(answer.text);
  }
  const errors: unknown[] = [];
  for (const payload of payloads) {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      continue;
    }
    for (const result of Array.isArray(json) ? json : [json]) {
      if (typeof result !== 'object' || result === null) continue;
      const r = result as { errors?: unknown; incremental?: unknown };
      if (Array.isArray(r.errors)) errors.push(...r.errors);
      if (Array.isArray(r.incremental)) {
        for (const inc of r.incremental as { errors?: unknown }[]) if (Array.isArray(inc?.errors)) errors.push(...inc.errors);
      }
    }
  }
  return errors;
}

/** Sends one request, times it and checks the properties every answer must have. */
async function judged(cls: ClassName, target: Target, detail: string, send: () => Promise<Answer>): Promise<Answer> {
  stats.requests += 1;
  stats.perClass.set(cls, (stats.perClass.get(cls) ?? 0) + 1);
  const started = performance.now(); // real time: how long the answer took is what is measured
  let answer: Answer;
  try {
    answer = await send();
  } catch (error) {
    throw new Error(`${target}: no answer (${(error as Error).message}) — ${short(detail, 300)}`);
  }
  const ms = performance.now() - started; // real time: how long the answer took is what is measured
  const worst = stats.worst.get(cls);
  if (!worst || ms > worst.ms) stats.worst.set(cls, { ms, detail: `${target}: ${short(detail)}` });
  const what = `${target} answered ${answer.status} in ${Math.round(ms)} ms: ${short(answer.text, 600)}`;
  if (answer.status === 0) throw new Error(`no status line — ${what}`);
  if (answer.status >= 500 && answer.status !== 503) throw new Error(`a ${answer.status} — ${what}`);
  if (ms >= LIMIT_MS) throw new Error(`slower than ${LIMIT_MS} ms — ${what}`);
  for (const error of errorsIn(answer)) {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    if (typeof code !== 'string') throw new Error(`an error without extensions.code — ${what}`);
    if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`INTERNAL_SERVER_ERROR — ${what}`);
  }
  return answer;
}

async function fetchAnswer(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

async function authorization(as: Role): Promise<Record<string, string>> {
  return as ? { authorization: `Bearer ${await platform.token(as)}` } : {};
}

interface GraphqlRequest {
  target: Target;
  as: Role;
  /** Sent with the gateway's secret (subgraphs only: the gateway sets its own). */
  secret: boolean;
  query: string;
  variables: Record<string, FuzzValue>;
  operationName?: FuzzValue;
}

async function sendGraphql(cls: ClassName, r: GraphqlRequest): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...(await authorization(r.as)) };
  if (r.secret && r.target !== 'gateway') headers[GATEWAY_SECRET_HEADER] = platform.gatewaySecret;
  const op = r.operationName === undefined ? '' : `,"operationName":${toJson(r.operationName)}`;
  const body = `{"query":${JSON.stringify(r.query)},"variables":${toJson(r.variables)}${op}}`;
  const who = `as ${r.as ?? 'anonymous'}${r.secret && r.target !== 'gateway' ? ' with the secret' : ''}`;
  return judged(cls, r.target, `${who}: ${r.query}`, () => fetchAnswer(graphqlUrlOf(r.target), { method: 'POST', headers, body }));
}

async function expectAllHealthy(): Promise<void> {
  for (const target of ['gateway', ...SERVICES] as const) {
    const res = await fetch(`${originOf(target)}/health`, { signal: AbortSignal.timeout(10_000) });
    await res.text();
    expect(res.status, `${target} /health`).toBe(200);
  }
}

// ---------------------------------------------------------------------------------------------
// Generators

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const roleArb: fc.Arbitrary<Role> = fc.constantFrom<Role>(null, ...ROLES);
const serviceArb = fc.constantFrom<Service>(...SERVICES);
const targetArb = fc.oneof(w(2, fc.constant<Target>('gateway')), w(2, serviceArb));

/** Raw HTTP: a request line, headers and a body framed well or badly. */
type HeaderSpec = string | { big: number } | { many: number };
interface RawCase {
  target: Target;
  method: string;
  path: string | { long: number };
  version: string;
  host: string | null;
  headers: HeaderSpec[];
  body: string;
  framing: string;
}

const RAW_PATHS = [
  '/graphql', '/', '/health', '/ready', '/config.json', '/csp-report', '/csp-report/', '/auth/demo/token', '/auth/demo/users', '/auth/demo/jwks.json',
  '/assets/index.js', '/index.html', '/favicon.ico', '//[', '//[::1', '/%', '/%E0', '/%C0%AF', '/%00', '/..%2f..%2fetc/passwd',
  '/../../etc/passwd', '/assets/../../package.json', '*', 'http://localhost/graphql', 'http://[', '/graphql?query=%7B__typename%7D',
  '/graphql?query=%ZZ', '/graphql?variables=%7B', '/graphql?query={__typename}&variables=[]', '/graphql?extensions=%00',
  '/graphql?query=%7B__typename%7D&variables=%7B%22__proto__%22%3A%7B%22a%22%3A1%7D%7D', '/graphql#frag', '/ graphql',
  '/graphql\u0000', '/\t', '', '/graphql/', '/GRAPHQL', '/graphql;x=1', '/health/../graphql', '/auth/demo/../../etc/passwd',
  '/auth/demo/token?user=admin', '/ready?x=%', '/graphql?query=%7B%20districts%20%7B%20id%20%7D%20%7D&operationName=%00',
  '/graphql?query=' + encodeURIComponent('{ _service { sdl } }'), '/%F0%9F', '/\u00e4', '/graphql?' + 'a=1&'.repeat(500),
];

const rawCaseArb: fc.Arbitrary<RawCase> = fc.record({
  target: targetArb,
  method: fc.oneof(
    w(6, fc.constantFrom('GET', 'POST', 'HEAD', 'OPTIONS')),
    w(2, fc.constantFrom('PUT', 'DELETE', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'BREW', 'M-SEARCH', 'PURGE')),
    w(1, fc.constantFrom('get', 'G ET', '', 'GET\u0000', 'X'.repeat(300), 'ÄÖ', 'GET\t', 'POST /graphql HTTP/1.1\r\nX:')),
  ),
  path: fc.oneof(
    w(5, fc.constantFrom(...RAW_PATHS)),
    w(2, fc.array(fc.constantFrom('%', '%E0', '%ZZ', '%C0%AF', '%00', '%2F', '%2e%2e', '..', 'graphql', 'health', '%F0%9F', '%FF', '?', '#', ';', '%u0041', '\\', '%25', '%%'), { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`)),
    w(1, fc.integer({ min: 100, max: 70_000 }).map((n) => ({ long: n }))),
  ),
  version: fc.oneof(w(8, fc.constant('HTTP/1.1')), w(1, fc.constant('HTTP/1.0')), w(1, fc.constantFrom('HTTP/2.0', 'HTTP/0.9', 'HTTP/1.2', 'HTTP/11', 'http/1.1', 'HTTP/1.1 extra', '', 'HTTP/1.1\u0000'))),
  host: fc.oneof(w(8, fc.constant('Host: localhost')), w(1, fc.constantFrom(null, 'Host: ', 'Host: a\r\nHost: b', 'Host: [::1', `Host: ${'h'.repeat(300)}`, 'Host: localhost:99999'))),
  // No `Accept: text/event-stream` or `multipart/mixed` here: rawRequest reads until the server closes,
  // and a stream is kept alive past `Connection: close` (the body class asks for streams with fetch,
  // which stops at the last chunk).
  headers: fc.array(
    fc.oneof(
      w(1, fc.integer({ min: 1_000, max: 100_000 }).map((n): HeaderSpec => ({ big: n }))),
      w(1, fc.integer({ min: 10, max: 3_000 }).map((n): HeaderSpec => ({ many: n }))),
      w(6, fc.constantFrom<HeaderSpec>(
        'Content-Type: application/json', 'Content-Type: application/csp-report', 'Content-Type: application/reports+json', 'Content-Type: text/plain', 'Content-Type: application/json; charset=latin1', 'Content-Type: multipart/form-data',
        'Content-Type: ', 'Authorization: Bearer x', 'Authorization: Bearer ', 'Authorization: Basic YTpi', 'Expect: 100-continue', 'Bad Header: x',
        'X-Nul: a\u0000b', 'X-CR: a\rb', ' folded: x', 'JustText', 'X-Ü: ü', 'Accept: text/html',
        'Accept-Encoding: gzip, br', 'Upgrade: websocket', 'X-Forwarded-For: 1.2.3.4, ::1, x', 'x-graphql-csrf: 1', `${GATEWAY_SECRET_HEADER}: nope`,
        'Range: bytes=0-1', 'If-None-Match: *', 'Content-Encoding: gzip', 'Content-Encoding: deflate', 'Content-Encoding: br',
        `Cookie: ${'a=b; '.repeat(200)}`, 'Connection: keep-alive', 'Origin: http://evil.example', 'X-HTTP-Method-Override: DELETE',
      )),
    ),
    { maxLength: 3 },
  ),
  body: fc.oneof(
    w(3, fc.constant('')),
    w(3, fc.constantFrom('{"csp-report":{"blocked-uri":"inline","line-number":1e999}}', '[{"type":"csp-violation","body":{"blockedURL":"x"}}]', '{"query":"{ __typename }"}', '{"query":"{ districts { id name } }"}', '{"query":"{ _service { sdl } }"}', '{"query":"query($x: Int) { __typename }","variables":{"x":"\\u0000"}}')),
    w(1, fc.constantFrom('{', 'null', '\u0000\u0001', '[]', 'query=%7B__typename%7D', '{"query":"{ __typename }"}\r\n\r\nGET / HTTP/1.1\r\n\r\n', '\xff\xfe')),
    w(1, fc.string({ unit: 'binary', maxLength: 40 })),
  ),
  framing: fc.oneof(
    w(6, fc.constant('exact')),
    w(1, fc.constantFrom('short', 'none', 'dup', 'chunked', 'chunked-bad', 'te+cl', 'te-gzip', 'huge:4000001', 'huge:99999999', 'huge:2147483648')),
    w(1, fc.constantFrom('bad:abc', 'bad:-1', 'bad:1e3', 'bad:+5', 'bad:0x10', 'bad:5, 6', 'bad:99999999999999999999', 'bad:18446744073709551616', 'bad:')),
  ),
});

function rawBytes(c: RawCase): Buffer {
  const body = Buffer.from(c.body, 'utf8');
  const path = typeof c.path === 'string' ? c.path : `/${'a'.repeat(c.path.long)}`;
  const lines = [`${c.method} ${path}${c.version ? ` ${c.version}` : ''}`];
  if (c.host !== null) lines.push(c.host);
  for (const h of c.headers) {
    if (typeof h === 'string') lines.push(h);
    else if ('big' in h) lines.push(`X-Big: ${'a'.repeat(h.big)}`);
    else for (let i = 0; i < h.many; i++) lines.push(`X-H${i}: v`);
  }
  lines.push('Connection: close');
  let payload: Buffer = body;
  const framing = c.framing.split(':')[0]!;
  if (framing === 'exact' && body.length > 0) lines.push(`Content-Length: ${body.length}`);
  if (framing === 'short') lines.push(`Content-Length: ${Math.max(0, body.length - 3)}`);
  if (framing === 'dup') lines.push(`Content-Length: ${body.length}`, `Content-Length: ${body.length + 1}`);
  if (framing === 'bad' || framing === 'huge') lines.push(`Content-Length: ${c.framing.slice(framing.length + 1)}`);
  if (framing === 'chunked' || framing === 'chunked-bad' || framing === 'te+cl' || framing === 'te-gzip') {
    lines.push(framing === 'te-gzip' ? 'Transfer-Encoding: gzip, chunked' : 'Transfer-Encoding: chunked');
    if (framing === 'te+cl') lines.push(`Content-Length: ${body.length}`);
    const size = framing === 'chunked-bad' ? 'zz' : body.length.toString(16);
    payload = Buffer.concat([Buffer.from(body.length ? `${size}\r\n` : ''), body, Buffer.from(body.length ? '\r\n0\r\n\r\n' : '0\r\n\r\n')]);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), payload]);
}

/** `fetch` requests: content types, bodies that are not GraphQL requests, GET parameters, tokens. */
interface BodyCase {
  target: Target;
  method: string;
  contentType: string | null;
  accept: string | null;
  auth: { role: Role } | { raw: string };
  csrf: boolean;
  secret: boolean;
  body: FuzzValue | { bytes: number[] } | { spaces: number } | { tokens: number } | { batch: number } | { deepVariables: number; whole: boolean } | { multipart: string };
  params: [string, FuzzValue][];
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');
const NONE_TOKEN = `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url('{"sub":"admin","roles":["admin"],"exp":9999999999}')}.`;
const BAD_JSON = [
  '', ' ', '{', '}', 'null', 'true', '0', '"x"', '[]', '{}', '[1,2]', '{"query":null}', '{"query":1}', '{"query":["{ __typename }"]}',
  '{"query":{"a":1}}', '{"query":"{ __typename }","variables":"{}"}', '{"query":"{ __typename }","variables":[]}', '{"query":"{ __typename }","variables":5}',
  '{"query":"{ __typename }","variables":null}', '{"query":"{ __typename }","operationName":1}', '{"query":"{ __typename }","operationName":"Nope"}',
  '{"query":"{ __typename }","extensions":"x"}', '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
  '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}',
  '{"query":"{ __typename }"}\u0000', '\ufeff{"query":"{ __typename }"}', '{"query":"{a}","query":"{ __typename }"}',
  '{"query":"{ __typename }","__proto__":{"variables":{"x":1}}}', '{"query":"{ __typename \\u0000 }"}', '{"query":"\\ud800"}',
  '{"query":"{ __typename }",}', "{'query':'{ __typename }'}", '{"query":"{ __typename }"', '{"query":"{ __typename }"}{"query":"{ __typename }"}',
  '{"query":"subscription { __typename }"}', '{"query":"mutation { __typename }"}', '{"query":"{ __schema { types { name } } }"}',
  '{"query":"query($a: Int = 1e400) { __typename }"}', '{"query":"{ __typename }","variables":{"a":1e400}}', '{"query":"' + 'x'.repeat(3000) + '"}',
  '[{"query":"{ __typename }"},5,null,"x"]', '[[{"query":"{ __typename }"}]]',
];
const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/graphql', 'application/graphql-response+json',
  'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz', 'multipart/form-data', 'multipart/mixed',
  '', 'application/xml', 'application/json, text/plain', '*/*', 'application/octet-stream', 'application/json; boundary=x; charset=utf-16',
];
const ACCEPTS = [
  'application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed', 'text/html', '*/*', '', 'application/xml',
  'text/event-stream, multipart/mixed;q=0.5', 'application/json;q=0', 'multipart/mixed;deferSpec=20220824',
];
const MULTIPART = [
  // The GraphQL multipart request (file uploads), wrong in several ways.
  '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"query($f: String) { __typename }","variables":{"f":null}}\r\n--xyz\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}\r\n--xyz\r\nContent-Disposition: form-data; name="0"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--xyz--\r\n',
  '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{\r\n--xyz--\r\n',
  '--xyz\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.__proto__.x"]}\r\n--xyz--\r\n',
  '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--xyz\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.a.b.c"]}\r\n--xyz\r\nContent-Disposition: form-data; name="0"; filename="x"\r\n\r\nx\r\n--xyz--\r\n',
  '--xyz\r\n\r\n--xyz--', 'not multipart at all',
];

function bodyCaseArb(): fc.Arbitrary<BodyCase> {
  return fc.record({
    target: targetArb,
    method: fc.oneof(w(6, fc.constant('POST')), w(3, fc.constant('GET')), w(1, fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS'))),
    contentType: fc.oneof(w(2, fc.constant('application/json')), w(3, fc.constantFrom(...CONTENT_TYPES)), w(1, fc.constant(null))),
    accept: fc.oneof(w(2, fc.constant('application/json')), w(3, fc.constantFrom(...ACCEPTS)), w(1, fc.constant(null))),
    auth: fc.oneof(
      w(3, roleArb.map((role) => ({ role }))),
      w(1, fc.constantFrom('Bearer ', 'Bearer x', 'Bearer a.b.c', 'Basic YWRtaW46YWRtaW4=', `Bearer ${NONE_TOKEN}`, `Bearer ${'A'.repeat(10_000)}`, 'Negotiate x', 'bearer', 'Bearer a.b.c, Bearer d.e.f').map((raw) => ({ raw }))),
    ),
    csrf: fc.boolean(),
    secret: fc.boolean(),
    body: fc.oneof(
      w(5, fc.constantFrom<FuzzValue>(...BAD_JSON)),
      w(1, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }).map((bytes) => ({ bytes: [0x7b, ...bytes] }))),
      w(1, fc.integer({ min: 10_000, max: 1_500_000 }).map((spaces) => ({ spaces }))),
      w(1, fc.integer({ min: 500, max: 5_000 }).map((tokens) => ({ tokens }))),
      w(1, fc.integer({ min: 0, max: 12 }).map((batch) => ({ batch }))),
      w(1, fc.record({ deepVariables: fc.constantFrom(10, 1_000, 100_000, 500_000), whole: fc.boolean() })),
      w(1, fc.constantFrom(...MULTIPART).map((multipart) => ({ multipart }))),
    ),
    params: fc.array(
      fc.tuple(
        fc.constantFrom('query', 'variables', 'operationName', 'extensions', 'query', '__proto__'),
        fc.oneof(
          fc.constantFrom<FuzzValue>('{ __typename }', '{ districts { id } }', 'mutation { __typename }', '{', '%', '{"a":1}', '[1]', '{"__proto__":{"x":1}}', 'null', '\u0000'),
          fc.constantFrom(...INJECTIONS),
        ),
      ),
      { maxLength: 4 },
    ),
  });
}

async function sendBody(c: BodyCase): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  if (c.accept !== null) headers.accept = c.accept;
  if (c.csrf) headers['x-graphql-csrf'] = '1';
  if (c.secret && c.target !== 'gateway') headers[GATEWAY_SECRET_HEADER] = platform.gatewaySecret;
  Object.assign(headers, 'raw' in c.auth ? { authorization: c.auth.raw } : await authorization(c.auth.role));
  const url = new URL(graphqlUrlOf(c.target));
  for (const [name, value] of c.params) url.searchParams.append(name, typeof value === 'string' ? value : toJson(value));
  let body: string | Uint8Array;
  const b = c.body;
  if (typeof b === 'string') body = b;
  else if (b !== null && typeof b === 'object' && 'bytes' in b && Array.isArray(b.bytes)) body = new Uint8Array(b.bytes as number[]);
  else if (b !== null && typeof b === 'object' && 'spaces' in b) body = `{"query":"{ __typename ${' '.repeat(Number(b.spaces))}}"}`;
  else if (b !== null && typeof b === 'object' && 'tokens' in b) body = `{"query":"{ ${'__typename '.repeat(Number(b.tokens))}}"}`;
  else if (b !== null && typeof b === 'object' && 'batch' in b) body = toJson({ $repeat: Number(b.batch), item: { query: '{ __typename districts { id } }' } });
  else if (b !== null && typeof b === 'object' && 'deepVariables' in b) {
    // A list nested 500,000 deep as one variable, or as the variables themselves.
    const n = Number(b.deepVariables);
    body = b.whole
      ? `{"query":"{ __typename }","variables":${toJson({ $deep: n, leaf: null })}}`
      : `{"query":"query($x: [[ID]]) { __typename }","variables":{"x":${toJson({ $deep: n, leaf: 'ryd' })}}}`;
  } else if (b !== null && typeof b === 'object' && 'multipart' in b) body = String(b.multipart);
  else body = toJson(b);
  const init: RequestInit = { method: c.method, headers };
  if (c.method !== 'GET') init.body = body as BodyInit;
  return fetchAnswer(url.toString(), init);
}

/** Everything built from the schemas and the platform's data, once the platform runs. */
interface Generators {
  values: HostileValues;
  fuzzers: Record<Target, SchemaFuzzer>;
  /** Per subgraph, representations mostly of its own entity types; `small` for long lists of them. */
  representations: Record<Service, fc.Arbitrary<FuzzValue>>;
  smallRepresentations: Record<Service, fc.Arbitrary<FuzzValue>>;
}

async function buildGenerators(): Promise<Generators> {
  const admin = { as: 'admin' } as const;
  const ids: Record<string, string[]> = {};
  const collect = async (query: string, pick: (data: Record<string, unknown>) => Record<string, unknown[]>) => {
    const res = await platform.gql<Record<string, unknown>>(query, {}, admin);
    if (!res.data) return;
    for (const [kind, values] of Object.entries(pick(res.data))) {
      ids[kind] = [...(ids[kind] ?? []), ...values.filter((v): v is string => typeof v === 'string')].slice(0, 12);
    }
  };
  const idsOf = (list: unknown, field = 'id') => (Array.isArray(list) ? list.map((x) => (x as Record<string, unknown>)?.[field]) : []);
  await collect('{ districts { id } }', (d) => ({ district: idsOf(d.districts) }));
  await collect('{ measures { id } venues { id } properties { id ownerId } organisations { id } presenceRules { id } }', (d) => ({
    measure: idsOf(d.measures), venue: idsOf(d.venues), property: idsOf(d.properties), owner: idsOf(d.properties, 'ownerId'),
    organisation: idsOf(d.organisations), rule: idsOf(d.presenceRules),
  }));
  await collect('{ plans { id activities { code } } }', (d) => ({
    plan: idsOf(d.plans), activity: (Array.isArray(d.plans) ? d.plans : []).flatMap((p) => idsOf((p as { activities?: unknown }).activities, 'code')),
  }));
  await collect('{ incidents(limit: 12) { id } }', (d) => ({ incident: idsOf(d.incidents) }));
  const from = hoursAgo(24 * 28).toISOString();
  const to = hoursAgo(-24 * 7).toISOString();
  await collect(`{ presence(from: "${from}", to: "${to}") { id } }`, (d) => ({ shift: idsOf(d.presence) }));
  const districtIds = ids.district ?? ['skaggetorp', 'ryd', 'berga', 'city'];
  delete ids.district;
  const db = platform.databases.get('incidents')!;
  const weeks = [];
  for (const n of [1, 0, -1, 2, 8, 52]) weeks.push(await weekBefore(db, n));
  const pools: Pools = {
    districtIds,
    ids,
    weeks,
    days: [-1, 0, 1, -7, -30, -400, 30].map((d) => swedishToday(d)),
    instants: [24, 0, -24, 24 * 7, 24 * 28, 24 * 365].map((h) => hoursAgo(h).toISOString()),
  };
  const values = new HostileValues(pools);

  const api = buildSchema(readFileSync(new URL('../../services/gateway/api-schema.graphql', import.meta.url), 'utf8'));
  const schemas = new Map<Service, GraphQLSchema>(SUBGRAPHS.map((s) => [s.name as Service, s.schema()]));
  const fuzzers = { gateway: new SchemaFuzzer(api, values) } as Record<Target, SchemaFuzzer>;
  for (const service of SERVICES) fuzzers[service] = new SchemaFuzzer(schemas.get(service)!, values);

  // Representations: each subgraph's entity types with hostile keys and external fields, bad
  // type names, missing keys, NUL ids and values that are not objects.
  const sdls = new Map<Service, string>();
  for (const service of SERVICES) {
    const res = await platform.gql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { url: platform.subgraphUrls[service], asGateway: true });
    sdls.set(service, res.data!._service.sdl);
  }
  values.representation = representations(values, schemas, sdls, null);
  values.small.representation = representations(values.small, schemas, sdls, null);
  const ownRepresentations = (v: HostileValues) => Object.fromEntries(SERVICES.map((s) => [s, representations(v, schemas, sdls, s)])) as Record<Service, fc.Arbitrary<FuzzValue>>;
  return { values, fuzzers, representations: ownRepresentations(values), smallRepresentations: ownRepresentations(values.small) };
}

/** Representations of every subgraph's entity types, those of `own` (when given) three times as often. */
function representations(values: HostileValues, schemas: Map<Service, GraphQLSchema>, sdls: Map<Service, string>, own: Service | null): fc.Arbitrary<FuzzValue> {
  const entityReps: { weight: number; arbitrary: fc.Arbitrary<FuzzValue> }[] = [];
  for (const service of SERVICES) {
    const schema = schemas.get(service)!;
    for (const [typename, shape] of entityShapes(sdls.get(service)!)) {
      const type = schema.getType(typename);
      if (!type || !isObjectType(type)) continue;
      const fieldsOf = new Set([...shape.keys.flat(), ...shape.external]);
      const model: Record<string, fc.Arbitrary<FuzzValue | undefined>> = {};
      for (const name of fieldsOf) {
        const field = type.getFields()[name];
        const named = field ? getNamedType(field.type) : null;
        const value = !named || isCompositeType(named) ? values.any() : values.named(named, name);
        model[name] = fc.oneof(w(12, value), w(1, fc.constant(null)), w(1, fc.constant(undefined)));
      }
      entityReps.push(w(service === own ? 3 : 1, fc.record(model).map((fields) => {
        const rep: Record<string, FuzzValue> = { __typename: typename };
        for (const [k, v] of Object.entries(fields)) if (v !== undefined) rep[k] = v;
        return rep;
      })));
    }
  }
  return fc.oneof(
    w(6, fc.oneof(...entityReps)),
    w(1, fc.tuple(fc.constantFrom('Query', 'Mutation', '_Service', '__proto__', 'String', 'Nope', '_Entity', '_Any', 'constructor', 'toString', 'hasOwnProperty', '', 'District\u0000', 'district', 'Incident ', '__Schema'), values.string('id'))
      .map(([__typename, id]): FuzzValue => ({ __typename, id }))),
    w(1, fc.constantFrom<FuzzValue>(
      42, 'District', null, true, [], [{ __typename: 'District', id: 'ryd' }], 1e308, { id: 'ryd' }, { __typename: null, id: 'ryd' }, { __typename: 7 },
      JSON.parse('{"__typename":"District","__proto__":{"id":"ryd"}}') as FuzzValue, JSON.parse('{"__proto__":{"__typename":"District"},"id":"ryd"}') as FuzzValue,
      { __typename: 'District', id: 'ryd\u0000' }, { __typename: 'Venue', id: '\u0000' }, { __typename: 'Measure', id: 'a'.repeat(2_000) },
    )),
    w(1, values.wrong),
  );
}

// ---------------------------------------------------------------------------------------------
// The properties

function operationProperty() {
  const perTarget = (target: Target, weight: number) =>
    w(weight, fc.record({ op: gen.fuzzers[target].operation(), as: roleArb, secret: fc.boolean() }).map(({ op, as, secret }): GraphqlRequest => ({
      target, as, secret, ...printOperation(op.kind, op.selections),
    })));
  const arb = fc.oneof(perTarget('gateway', 4), ...SERVICES.map((s) => perTarget(s, 1)));
  return fc.asyncProperty(arb, async (r) => void (await sendGraphql('operation', r)));
}

function entitiesProperty() {
  const perTarget = (target: Service) => {
    const fuzzer = gen.fuzzers[target];
    const union = fuzzer.schema.getType('_Entity');
    const type = fuzzer.schema.getQueryType()!.getFields()._entities!.args[0]!.type;
    return fc.record({
      as: roleArb,
      secret: fc.oneof(w(3, fc.constant(true)), w(1, fc.constant(false))),
      inline: fc.oneof(w(4, fc.constant(false)), w(1, fc.constant(true))),
      reps: fc.oneof(
        w(6, fc.array(gen.representations[target], { maxLength: 6 })),
        // Around the subgraphs' limit of 1,000 representations per request.
        w(1, fc.record({ $repeat: fc.oneof(fc.constant(1_000), fc.integer({ min: 500, max: 3_000 })), item: gen.smallRepresentations[target] })),
        w(1, gen.representations[target]),
      ),
      sub: union ? fuzzer.selection(union as never, 2) : fc.constant<Selection[]>([{ field: '__typename', args: [] }]),
    }).map(({ as, secret, inline, reps, sub }): GraphqlRequest => {
      const root: Selection = { field: '_entities', args: [{ name: 'representations', value: reps, inline, varType: '[_Any!]!', type }], sub };
      return { target, as, secret, ...printOperation('query', [root]) };
    });
  };
  return fc.asyncProperty(fc.oneof(...SERVICES.map(perTarget)), async (r) => void (await sendGraphql('entities', r)));
}

/** A chain of composite fields from Query down, past the depth limit where the schema allows it. */
function chain(fuzzer: SchemaFuzzer, choices: number[]): string {
  let type = fuzzer.schema.getQueryType()!;
  const open: string[] = [];
  for (const choice of choices) {
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('_') && isObjectType(getNamedType(f.type)));
    if (fields.length === 0) break;
    const f = fields[choice % fields.length]!;
    const vars = { defs: [] as string[], values: {} };
    open.push(printSelections([{ field: f.name, args: fuzzer.plausibleArgs(f.args) }], vars));
    type = getNamedType(f.type) as typeof type;
  }
  return `{ ${open.map((f) => `${f} {`).join(' ')} __typename ${'}'.repeat(open.length)} }`;
}

function documentsProperty() {
  const perTarget = (target: Target) => {
    const fuzzer = gen.fuzzers[target];
    const rootSelection = fuzzer.plausibleRoot('query');
    const root = rootSelection.map((s) => printSelections([s], { defs: [], values: {} }));
    const hostileRoot = fuzzer.operation().filter((op) => op.kind === 'query');
    const variants = fc.oneof(
      // Fragment A spreads B spreads … spreads A.
      fc.tuple(root, fc.integer({ min: 1, max: 6 })).map(([sel, n]) => ({
        query: `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === 0 ? sel : '__typename'} ...F${(i + 1) % n} }`).join(' ')}`,
        variables: {},
      })),
      // Inline fragments nested up to 400 deep.
      fc.tuple(root, fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 250, max: 400 })), fc.constantFrom('... on Query {', '... {', '... @include(if: true) {', '... on Query @skip(if: false) {')).map(([sel, n, open]) => ({
        query: `query { ${`${open} `.repeat(n)}${sel} ${'}'.repeat(n)} }`,
        variables: {},
      })),
      // Fragment fan-out: each level spreads the one below several times (2^40 selections if expanded).
      fc.tuple(root, fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 4 })).map(([sel, depth, width]) => ({
        query: `query { ...L${depth} } fragment L0 on Query { ${sel} } ${Array.from({ length: depth }, (_, i) => `fragment L${i + 1} on Query { ${Array.from({ length: width }, () => `...L${i}`).join(' ')} }`).join(' ')}`,
        variables: {},
      })),
      // Aliases × expensive fields, directly and through a fragment spread several times.
      fc.tuple(root, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 4 })).map(([sel, n, spreads]) => {
        const aliased = Array.from({ length: n }, (_, i) => `a${i}: ${sel}`).join(' ');
        return spreads === 0
          ? { query: `query { ${aliased} }`, variables: {} }
          : { query: `query { ${Array.from({ length: spreads }, () => '...A').join(' ')} } fragment A on Query { ${aliased} }`, variables: {} };
      }),
      // Fields nested past the depth limit, where the schema has the chains.
      fc.array(fc.nat(), { minLength: 2, maxLength: 25 }).map((choices) => ({ query: chain(fuzzer, choices), variables: {} })),
      // Directives: hostile conditions, repeated, unknown, @defer and @stream.
      fc.tuple(rootSelection, gen.values.boolean(), fc.integer({ min: 1, max: 300 }), fc.constantFrom('skip', 'include', 'nope', 'defer', 'stream', 'deprecated')).map(([sel, cond, n, name]) => ({
        query: name === 'defer'
          ? `query($c: Boolean!) { ... @defer(if: $c) { ${printSelections([sel], { defs: [], values: {} })} } __typename }`
          : `query($c: Boolean!) { __typename ${printSelections([{ ...sel, directives: `@${name}(if: $c) `.repeat(n).trim() }], { defs: [], values: {} })} }`,
        variables: { c: cond },
      })),
      // Several operations, an operation name that names none, hostile arguments in one of them.
      fc.tuple(hostileRoot, fc.constantFrom<FuzzValue | undefined>('A', 'B', 'C', null, 123, '', undefined, ['A'], 'A\u0000')).map(([op, operationName]) => {
        const printed = printOperation('query', op.selections);
        return { query: `query A { __typename } ${printed.query.replace(/^query/, 'query B')}`, variables: printed.variables, operationName };
      }),
      // Odd documents.
      fc.constantFrom(
        'fragment F on Query { __typename }', 'query { ...Nope }', 'query { ...F } fragment F on Nope { x }', 'query { ...F } fragment F on Query { __typename } fragment F on Query { __typename }',
        'query { ... on String { length } }', 'query Q { __typename } query Q { __typename }', '{ __typename } { __typename }', 'query($a: Int, $a: Int) { __typename }',
        'query { __typename(x: 1) }', 'query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }',
        '{ __type(name: "District") { fields { name args { name type { name } } } } }', `{ ${'a: __typename '.repeat(200)}}`, 'query @nope { __typename }',
        'query ($x: Boolean = "x") { __typename @skip(if: $x) }', '# only a comment', '{ __typename } # trailing', 'query { __typename @skip(if: true) }',
      ).map((query) => ({ query, variables: {} as Record<string, FuzzValue> })),
    );
    return fc.record({ doc: variants, as: roleArb, secret: fc.boolean() }).map(({ doc, as, secret }): GraphqlRequest => ({ target, as, secret, ...doc }));
  };
  const arb = fc.oneof(w(4, perTarget('gateway')), ...SERVICES.map((s) => w(1, perTarget(s))));
  return fc.asyncProperty(arb, async (r) => void (await sendGraphql('documents', r)));
}

function httpProperty() {
  return fc.asyncProperty(rawCaseArb, async (c) => {
    const bytes = rawBytes(c);
    await judged('http', c.target, short(bytes.toString('utf8').replace(/\r\n/g, '⏎'), 200), async () => {
      const res = await rawRequest(originOf(c.target), bytes, 15_000);
      // After `Expect: 100-continue` the answer that counts follows the interim one.
      let { status, text } = res;
      while (status >= 100 && status < 200 && text.includes('\r\n\r\n')) {
        text = text.slice(text.indexOf('\r\n\r\n') + 4);
        status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      }
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      let body = split >= 0 ? text.slice(split + 4) : '';
      if (/^transfer-encoding:\s*chunked/im.test(head)) {
        let out = '';
        let rest = body;
        for (;;) {
          const nl = rest.indexOf('\r\n');
          const size = parseInt(rest.slice(0, nl), 16);
          if (nl < 0 || !(size > 0)) break;
          out += rest.slice(nl + 2, nl + 2 + size);
          rest = rest.slice(nl + 2 + size + 2);
        }
        body = out;
      }
      return { status, text: body, contentType: /^content-type:\s*(.*)$/im.exec(head)?.[1] ?? '' };
    });
  });
}

function bodyProperty() {
  return fc.asyncProperty(bodyCaseArb(), async (c) => {
    const auth = 'raw' in c.auth ? `authorization ${short(c.auth.raw, 40)}` : `as ${c.auth.role ?? 'anonymous'}`;
    const detail = `${c.method} ${auth} content-type ${c.contentType} accept ${c.accept} body ${short(typeof c.body === 'string' ? c.body : JSON.stringify(c.body), 100)} params ${JSON.stringify(c.params).slice(0, 100)}`;
    await judged('body', c.target, detail, () => sendBody(c));
  });
}

function check(cls: ClassName, p: { seed: number; numRuns: number }): Promise<void> {
  switch (cls) {
    case 'http':
      return fc.assert(httpProperty(), p);
    case 'body':
      return fc.assert(bodyProperty(), p);
    case 'operation':
      return fc.assert(operationProperty(), p);
    case 'entities':
      return fc.assert(entitiesProperty(), p);
    case 'documents':
      return fc.assert(documentsProperty(), p);
  }
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  platform = await startTestPlatform();
  gen = await buildGenerators();
});

afterAll(async () => {
  const all = [...stats.worst.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const [worstClass, worst] = all[0] ?? ['-', { ms: 0, detail: '-' }];
  console.log(
    [
      `fuzz: ${stats.requests} requests, worst ${Math.round(worst.ms)} ms (${worstClass}, ${worst.detail})`,
      ...all.map(([cls, { ms, detail }]) => `  ${cls}: ${stats.perClass.get(cls)} requests, worst ${Math.round(ms)} ms (${detail})`),
    ].join('\n'),
  );
  await platform?.stop();
});

for (const cls of Object.keys(DEFAULT_RUNS) as ClassName[]) {
  const numRuns = RUNS ?? DEFAULT_RUNS[cls];
  describe(`${cls}: hostile requests get a coded answer under 5 s, and every process keeps serving`, () => {
    it.each(SEEDS)(`seed %i`, { timeout: 120_000 + numRuns * 15_000 }, async (seed) => {
      let failure: unknown = null;
      try {
        await check(cls, { seed, numRuns });
      } catch (error) {
        failure = error;
      }
      // Let a rejection that nobody handles surface before the processes are asked again.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expectAllHealthy();
      if (failure) throw failure;
    });
  });
}
