import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { BASEMAP_ARCHIVE_PATH, createFront, decodePath, GATEWAY_SECRET_HEADER, sendError, type Auth, type BasemapConfig, type PlatformConfig, type RunningServer, type ServiceName } from '@tk/gis';
import { type Identity } from '@tk/access';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createReportReceiver, CSP_REPORT_PATH } from './csp-report.js';
import { createDemoAuthHandler } from './demo-auth.js';
import { useQueryLimits } from './query-limits.js';
import { readiness } from './readiness.js';
import { createRequestGuard } from './request-guard.js';
import { useSubgraphErrors } from './subgraph-errors.js';
import { securityHeaders, type SecurityHeaders } from './headers.js';
import { createBasemapHandler } from './basemap.js';
import { createStaticHandler } from './static.js';
import { loadSupergraph } from './supergraph.js';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface GatewayOptions {
  port: number;
  host?: string;
  subgraphUrls: Partial<Record<ServiceName, string>>;
  auth: Auth;
  production?: boolean;
  queryPlanner?: 'rust' | 'js';
  maxBodyBytes?: number;
  rateLimit?: { capacity: number; refillPerSecond: number };
  webDir?: string;
  /** Settings the web app reads at run time from /config.json. */
  webConfig?: Record<string, unknown>;
  /** Sent to every subgraph: they answer `_entities` only to the gateway. */
  gatewaySecret: string;
  /** Longest wait for one subgraph's answer. */
  subgraphTimeoutMs?: number;
  /** Proxies whose X-Forwarded-For the rate limiter believes. */
  trustedProxies?: string[];
  /** The browser-side protection of each kind of answer (headers.ts); none: only nosniff on files. */
  headers?: SecurityHeaders;
  /** The sign-in callback's path: the one page this site may frame (a hidden token renewal). */
  callbackPath?: string;
  /** A PMTiles basemap archive served at BASEMAP_ARCHIVE_PATH; none: that path is a 404. */
  basemapFile?: string | null;
}

/** What the web needs to draw the basemap (never the archive's place on disk). */
function webBasemap(basemap: BasemapConfig): Record<string, unknown> | null {
  if (basemap.kind === 'none') return null;
  if (basemap.kind === 'pmtiles') return { kind: 'pmtiles', url: basemap.url };
  return basemap;
}

/** The gateway's options as the platform configuration sets them. */
export function gatewayOptions(config: PlatformConfig, subgraphUrls: Partial<Record<ServiceName, string>>, auth: Auth, gatewaySecret: string): GatewayOptions {
  return {
    gatewaySecret,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    trustedProxies: config.trustedProxies,
    headers: securityHeaders({ ...config.browser, issuer: config.auth.mode === 'oidc' ? config.auth.issuer : null }),
    ...(config.auth.mode === 'oidc' ? { callbackPath: config.auth.web.redirectPath } : {}),
    port: config.ports.gateway,
    host: config.host,
    subgraphUrls,
    basemapFile: config.basemap.kind === 'pmtiles' ? config.basemap.file : null,
    auth,
    production: config.production,
    queryPlanner: config.queryPlanner,
    maxBodyBytes: config.maxBodyBytes,
    rateLimit: config.rateLimit,
    // A pinned clock reaches the web too: its week picker and "today" follow the platform's.
    webConfig: {
      basemap: webBasemap(config.basemap),
      demoSignIn: auth.demo !== null,
      now: config.clock.pinned ? config.clock.now().toISOString() : null,
      oidc: config.auth.mode === 'oidc' ? { authority: config.auth.issuer, ...config.auth.web } : null,
      accessContact: config.auth.mode === 'oidc' ? config.auth.mapping.contact : null,
    },
  };
}

/**
 * Who the bearer is here, after the same verification and role mapping every subgraph applies:
 * the web shows what the roles allow (and a "no role" page for none) without mapping groups itself.
 */
function sendIdentity(res: ServerResponse, identity: Identity | null): void {
  if (!identity) return refuse(res, 401, JSON.stringify({ errors: [{ message: 'Sign in first: the request carries no token.', extensions: { code: 'UNAUTHENTICATED' } }] }));
  const { subject, name, roles, districtIds, organisationId } = identity;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ id: subject, name, roles, districts: districtIds, organisation: organisationId }));
}

function refuse(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * A GET's `variables` and `extensions` must be JSON objects: the gateway would otherwise answer a
 * broken one with a 500.
 */
function badQueryString(url: URL): string | null {
  for (const name of ['variables', 'extensions']) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      // The same shape as every other refusal: code, field and reason, which the web translates.
      return JSON.stringify({ errors: [{ message: `The query parameter "${name}" must be a JSON object`, extensions: { code: 'BAD_USER_INPUT', field: name, reason: 'invalid_format' } }] });
    }
  }
  return null;
}

const API_PATHS = new Set(['/graphql', '/health', '/ready', '/auth/me', '/config.json', CSP_REPORT_PATH]);

/**
 * Which headers an answer gets, by its path (set before the answer is written; the answer's own
 * headers are merged in). Outside production GraphiQL at /graphql loads from a CDN, so the API's
 * policy applies there only in production.
 */
function headerChooser(options: GatewayOptions, production: boolean): (path: string) => Record<string, string> {
  const headers = options.headers;
  if (!headers) return () => ({});
  const { 'content-security-policy': _csp, 'content-security-policy-report-only': _report, ...apiWithoutPolicy } = headers.api;
  return (path) => {
    if (path === '/graphql' && !production) return apiWithoutPolicy;
    if (API_PATHS.has(path) || path.startsWith('/auth/demo/') || path.startsWith('/basemap/')) return headers.api;
    return path === options.callbackPath ? headers.callback : headers.page;
  };
}

/** Hive Gateway on the composed supergraph at /graphql, the demo sign-in, and the web app at /. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { production = false, queryPlanner = 'rust' } = options;
  const supergraph = loadSupergraph(options.subgraphUrls);
  const gateway = createGatewayRuntime({
    supergraph: () => supergraph,
    // The Rust query planner is ~1.5× the default; GATEWAY_QUERY_PLANNER=js switches back.
    ...(queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: !production,
    ...(production ? { disableIntrospection: {} } : {}),
    maskedErrors: production,
    csrfPrevention: { requestHeaders: ['x-graphql-csrf'] },
    batching: { limit: 5 },
    // The subgraphs verify the same token again and decide what it may see.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization'), [GATEWAY_SECRET_HEADER]: options.gatewaySecret }),
    },
    // A paused subgraph answers its fields with an error in time instead of holding every request.
    upstreamTimeout: options.subgraphTimeoutMs ?? 15_000,
    plugins: () => [useQueryLimits(production), useSubgraphErrors(supergraph)],
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
  });
  const guard = createRequestGuard({
    verify: options.auth.verify,
    maxBodyBytes: options.maxBodyBytes ?? 2_000_000,
    rateLimit: options.rateLimit ?? { capacity: 300, refillPerSecond: 20 },
    trustedProxies: options.trustedProxies ?? [],
  });
  const ready = readiness(options.subgraphUrls);
  const demoAuth = options.auth.demo ? createDemoAuthHandler(options.auth.demo) : null;
  const serveStatic = createStaticHandler(options.webDir ?? WEB_DIST);
  const webConfig = JSON.stringify(options.webConfig ?? {});
  const headersFor = headerChooser(options, production);
  const serveBasemap = createBasemapHandler(options.basemapFile ?? null);
  const receiveReport = createReportReceiver({ trustedProxies: options.trustedProxies ?? [] });

  const server = createFront({ name: 'gateway', requestTimeoutMs: (options.subgraphTimeoutMs ?? 15_000) * 2 }, async (req, res, url) => {
    const path = decodePath(url.pathname);
    if (path === null) return sendError(res, 400, 'BAD_REQUEST', 'The path is not valid percent-encoding');
    for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
    if (path === '/health') return void gateway(req, res);
    if (path === '/ready') return ready(res);
    if (path === '/graphql') {
      const bad = badQueryString(url);
      if (bad) return refuse(res, 400, bad);
      const verdict = await guard(req);
      if (!verdict.ok) return refuse(res, verdict.status, verdict.body, verdict.headers);
      return void gateway(req, res);
    }
    if (path === '/auth/me') {
      const verdict = await guard(req);
      if (!verdict.ok) return refuse(res, verdict.status, verdict.body, verdict.headers);
      return sendIdentity(res, verdict.identity);
    }
    if (path.startsWith('/auth/demo/') && demoAuth?.(req, res, path)) return;
    if (path === CSP_REPORT_PATH) return receiveReport(req, res);
    if (path.startsWith('/basemap/')) return path === BASEMAP_ARCHIVE_PATH ? serveBasemap(req, res) : sendError(res, 404, 'NOT_FOUND', 'No such basemap file');
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      return void res.end(webConfig);
    }
    serveStatic(req, res, path);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
