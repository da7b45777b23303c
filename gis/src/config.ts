import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MappingError, parseRoleMapping, type RoleMapping } from './auth/mapping.js';
import { parseInstant, pinnedClock, realClock, type Clock } from './clock.js';

export const SERVICES = ['plan', 'incidents', 'venues', 'measures'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const DEFAULT_PORTS: Record<ServiceName | 'gateway', number> = {
  gateway: 4000, plan: 4101, incidents: 4102, venues: 4103, measures: 4104,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface PlatformConfig {
  mode: 'embedded' | 'server';
  production: boolean;
  host: string;
  ports: Record<ServiceName | 'gateway', number>;
  /** Per service; undefined in embedded mode. */
  databaseUrls: Record<ServiceName, string | undefined>;
  dataDir: string;
  demoData: boolean;
  basemap: BasemapConfig;
  queryPlanner: 'rust' | 'js';
  geometryMaxVertices: number;
  auth: AuthConfig;
  rateLimit: { capacity: number; refillPerSecond: number };
  maxBodyBytes: number;
  /** The real time, or the instant `NOW` pins it to (tests and demos). */
  clock: Clock;
  /** Longest a single SQL statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
  /** Longest the gateway waits for a subgraph's answer. */
  subgraphTimeoutMs: number;
  /**
   * Shared between the gateway and the subgraphs: only a request carrying it may ask for
   * `_entities` and `_service`. Null in one process (`npm start` makes one per run).
   */
  gatewaySecret: string | null;
  /** Addresses or CIDR ranges of proxies whose X-Forwarded-For the rate limiter believes. */
  trustedProxies: string[];
  browser: BrowserSecurityConfig;
  /** A file to import that is not UTF-8 (Windows-1252, ISO-8859-1): converted with a note, or refused. */
  importLegacyEncoding: 'convert' | 'refuse';
}

/**
 * What lies under the project's layers. One of: a MapLibre style URL (BASEMAP_STYLE_URL); a vector
 * PMTiles archive (BASEMAP_PMTILES: a file in DATA_DIR, which the gateway serves, or a URL) drawn with
 * the Protomaps style; a raster WMTS in EPSG:3857 (BASEMAP_WMTS_URL, e.g. Lantmäteriet's topographic
 * web map). None: a plain background.
 */
export type BasemapConfig =
  | { kind: 'none' }
  | { kind: 'style'; url: string }
  | { kind: 'pmtiles'; file: string | null; url: string }
  | { kind: 'wmts'; tiles: string; attribution: string | null; maxZoom: number };

/** Where the gateway serves a PMTiles archive from DATA_DIR. */
export const BASEMAP_ARCHIVE_PATH = '/basemap/basemap.pmtiles';

/** What the browser is told to allow and enforce (the gateway's security headers). */
export interface BrowserSecurityConfig {
  /** Origins the map may load tiles, glyphs and sprites from: the configured basemap's own and BASEMAP_HOSTS. */
  basemapOrigins: string[];
  /** The policy is reported, not enforced (Content-Security-Policy-Report-Only), for a roll-out. */
  cspReportOnly: boolean;
  /** Where browsers send reports of what the policy blocked (report-uri). */
  cspReportUri: string | null;
  /** Served over TLS (at a proxy or here): browsers are told to use https only (HSTS). */
  hsts: boolean;
}

function httpOrigin(env: Env, key: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
  } catch {
    // said below
  }
  throw new ConfigError(`${key} must hold http(s) URLs, got "${value}"`);
}

const isHttpUrl = (value: string): boolean => /^https?:\/\//i.test(value);

/** WMTS's RESTful template names ({TileMatrix}/{TileRow}/{TileCol}) are MapLibre's {z}/{y}/{x}. */
function wmtsTemplate(env: Env, value: string): string {
  const tiles = value.replace(/\{TileMatrix\}/g, '{z}').replace(/\{TileRow\}/g, '{y}').replace(/\{TileCol\}/g, '{x}');
  httpOrigin(env, 'BASEMAP_WMTS_URL', tiles.replace(/[{}]/g, ''));
  if (!['{z}', '{x}', '{y}'].every((part) => tiles.includes(part))) {
    throw new ConfigError(`BASEMAP_WMTS_URL must hold {z}, {x} and {y} (or {TileMatrix}, {TileCol} and {TileRow}), got "${value}"`);
  }
  return tiles;
}

function maxZoom(env: Env): number {
  const zoom = positiveInt(env, 'BASEMAP_MAX_ZOOM', 17);
  if (zoom > 22) throw new ConfigError(`BASEMAP_MAX_ZOOM must be at most 22, got "${zoom}"`);
  return zoom;
}

function basemapConfig(env: Env, dataDir: string): BasemapConfig {
  const set = ['BASEMAP_STYLE_URL', 'BASEMAP_PMTILES', 'BASEMAP_WMTS_URL'].filter((key) => env[key]);
  if (set.length > 1) throw new ConfigError(`Set one basemap, not ${set.join(' and ')}`);
  if (env.BASEMAP_STYLE_URL) return { kind: 'style', url: env.BASEMAP_STYLE_URL };
  const archive = env.BASEMAP_PMTILES;
  if (archive) {
    if (isHttpUrl(archive)) return { kind: 'pmtiles', file: null, url: archive };
    if (!archive.endsWith('.pmtiles')) throw new ConfigError(`BASEMAP_PMTILES must name a .pmtiles file in DATA_DIR or an http(s) URL, got "${archive}"`);
    return { kind: 'pmtiles', file: resolve(dataDir, archive), url: BASEMAP_ARCHIVE_PATH };
  }
  if (env.BASEMAP_WMTS_URL) {
    return { kind: 'wmts', tiles: wmtsTemplate(env, env.BASEMAP_WMTS_URL), attribution: env.BASEMAP_ATTRIBUTION || null, maxZoom: maxZoom(env) };
  }
  return { kind: 'none' };
}

/** The hosts a basemap's files come from, other than this platform. */
function basemapOrigins(env: Env): string[] {
  const remote = [
    ['BASEMAP_STYLE_URL', env.BASEMAP_STYLE_URL],
    ['BASEMAP_PMTILES', env.BASEMAP_PMTILES && isHttpUrl(env.BASEMAP_PMTILES) ? env.BASEMAP_PMTILES : undefined],
    ['BASEMAP_WMTS_URL', env.BASEMAP_WMTS_URL?.replace(/[{}]/g, '')],
  ] as const;
  return remote.flatMap(([key, value]) => (value ? [httpOrigin(env, key, value)] : []));
}

function browserSecurity(env: Env): BrowserSecurityConfig {
  const style = basemapOrigins(env);
  const hosts = (env.BASEMAP_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean).map((h) => httpOrigin(env, 'BASEMAP_HOSTS', h));
  const reportUri = env.CSP_REPORT_URI || null;
  if (reportUri && !/^(https?:\/\/|\/)[^\s;,]*$/.test(reportUri)) throw new ConfigError(`CSP_REPORT_URI must be an http(s) URL or a path on this site, got "${reportUri}"`);
  return { basemapOrigins: [...new Set([...style, ...hosts])], cspReportOnly: bool(env, 'CSP_REPORT_ONLY', false), cspReportUri: reportUri, hsts: bool(env, 'HSTS', false) };
}

/**
 * Tokens come from a configured OIDC issuer, or (outside production, when none is configured) from
 * the built-in demo sign-in. Production without an issuer is refused: there would be no way in.
 */
export type AuthConfig =
  | { mode: 'demo'; issuer: string; audience: string; jwksUrl: string | null }
  | { mode: 'oidc'; issuer: string; audience: string; jwksUrl: string | null; algorithms: string[]; mapping: RoleMapping; web: OidcWebConfig };

/** What the web needs to sign a person in at the provider (served in /config.json). */
export interface OidcWebConfig {
  clientId: string;
  scopes: string;
  /** Paths on this site the provider sends the browser back to, after sign-in and after sign-out. */
  redirectPath: string;
  postLogoutRedirectPath: string;
  /** How long before the access token expires the web renews it. */
  renewBeforeSeconds: number;
}

const DEMO_ISSUER = 'urn:trygghetskartan:demo';
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

function authConfig(env: Env, production: boolean): AuthConfig {
  const audience = env.AUTH_AUDIENCE || 'trygghetskartan';
  if (!env.AUTH_ISSUER) {
    if (production) {
      throw new ConfigError('AUTH_ISSUER must be set in production (NODE_ENV=production): the demo sign-in exists only outside production.');
    }
    return { mode: 'demo', issuer: DEMO_ISSUER, audience, jwksUrl: env.AUTH_JWKS_URL || null };
  }
  const algorithms = (env.AUTH_ALGORITHMS ?? 'RS256,ES256').split(',').map((a) => a.trim()).filter(Boolean);
  const refused = algorithms.filter((a) => !ALGORITHMS.includes(a));
  if (refused.length > 0 || algorithms.length === 0) {
    throw new ConfigError(`AUTH_ALGORITHMS may name only ${ALGORITHMS.join(', ')}; refused: ${refused.join(', ') || '(empty)'}`);
  }
  if (env.AUTH_JWKS_URL && !/^https?:\/\//.test(env.AUTH_JWKS_URL)) throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
  if (!/^https?:\/\/[^\s]+$/.test(env.AUTH_ISSUER)) throw new ConfigError(`AUTH_ISSUER must be the provider's http(s) URL, got "${env.AUTH_ISSUER}"`);
  return {
    mode: 'oidc', issuer: env.AUTH_ISSUER, audience, jwksUrl: env.AUTH_JWKS_URL || null, algorithms,
    mapping: roleMapping(env), web: oidcWebConfig(env),
  };
}

function sitePath(env: Env, key: string, fallback: string): string {
  const raw = env[key] || fallback;
  // A path on this site only: "//host" or a URL would send the browser (and a code) elsewhere.
  if (!/^\/(?![/\\])[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,200}$/.test(raw)) throw new ConfigError(`${key} must be a path on this site such as "${fallback}", got "${raw}"`);
  return raw;
}

function oidcWebConfig(env: Env): OidcWebConfig {
  const clientId = env.AUTH_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError('AUTH_CLIENT_ID must be set with AUTH_ISSUER: the web signs in as this (public) client of the provider');
  const scopes = (env.AUTH_SCOPES || 'openid profile').trim().split(/\s+/);
  if (!scopes.includes('openid')) throw new ConfigError(`AUTH_SCOPES must include "openid", got "${env.AUTH_SCOPES}"`);
  return {
    clientId,
    scopes: scopes.join(' '),
    redirectPath: sitePath(env, 'AUTH_REDIRECT_PATH', '/auth/callback'),
    postLogoutRedirectPath: sitePath(env, 'AUTH_POST_LOGOUT_REDIRECT_PATH', '/'),
    renewBeforeSeconds: positiveInt(env, 'AUTH_RENEW_BEFORE_SECONDS', 60),
  };
}

/** The groups-to-roles mapping, from a file or the variable itself; a bad entry stops the start. */
function roleMapping(env: Env): RoleMapping {
  const file = env.AUTH_ROLE_MAPPING_FILE;
  const inline = env.AUTH_ROLE_MAPPING;
  if (!file === !inline) {
    throw new ConfigError('With AUTH_ISSUER set exactly one of AUTH_ROLE_MAPPING_FILE (a JSON file) or AUTH_ROLE_MAPPING (the JSON itself): it says which groups of the provider are which roles here');
  }
  const source = file ? `AUTH_ROLE_MAPPING_FILE (${file})` : 'AUTH_ROLE_MAPPING';
  let text: string;
  try {
    text = file ? readFileSync(file, 'utf8') : inline!;
  } catch (error) {
    throw new ConfigError(`${source} cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source} is not JSON: ${(error as Error).message}`);
  }
  try {
    return parseRoleMapping(json, env.AUTH_GROUPS_CLAIM || 'groups');
  } catch (error) {
    if (error instanceof MappingError) throw new ConfigError(`${source}: ${error.message}`);
    throw error;
  }
}

function positiveInt(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${key} must be a positive integer, got "${raw}"`);
  return value;
}

type Env = Record<string, string | undefined>;

function clock(env: Env, production: boolean): Clock {
  const raw = env.NOW;
  if (raw === undefined || raw === '') return realClock;
  if (production) throw new ConfigError('NOW pins the clock for tests and demos; it may not be set in production (NODE_ENV=production)');
  const at = parseInstant(raw);
  if (!at) throw new ConfigError(`NOW must be an instant in ISO 8601 with a time-zone offset, e.g. 2026-11-23T10:00:00+01:00; got "${raw}"`);
  return pinnedClock(at);
}

function port(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${key} must be a port number (0–65535), got "${raw}"`);
  }
  return value;
}

function bool(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

function databaseUrl(env: Env, key: string): string | undefined {
  const raw = env[key];
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError(`${key} must be a postgres:// or postgresql:// URL`);
  }
  return raw;
}

/** Reads and checks every setting the platform knows; the README lists the same variables. */
export function readConfig(env: Env = process.env): PlatformConfig {
  const shared = databaseUrl(env, 'DATABASE_URL');
  const databaseUrls = Object.fromEntries(
    SERVICES.map((s) => [s, databaseUrl(env, `${s.toUpperCase()}_DATABASE_URL`) ?? shared]),
  ) as Record<ServiceName, string | undefined>;
  const configured = SERVICES.filter((s) => databaseUrls[s]);
  if (configured.length > 0 && configured.length < SERVICES.length) {
    throw new ConfigError(
      `Database URLs are set for ${configured.join(', ')} but not for ${SERVICES.filter((s) => !databaseUrls[s]).join(', ')}: ` +
        'set DATABASE_URL for all services (or one <SERVICE>_DATABASE_URL per service).',
    );
  }
  const planner = env.GATEWAY_QUERY_PLANNER ?? 'rust';
  if (planner !== 'rust' && planner !== 'js') {
    throw new ConfigError(`GATEWAY_QUERY_PLANNER must be "rust" or "js", got "${planner}"`);
  }
  const nodeEnv = env.NODE_ENV ?? 'development';
  const maxVertices = Number(env.GEOMETRY_MAX_VERTICES ?? 10000);
  if (!Number.isInteger(maxVertices) || maxVertices < 4) {
    throw new ConfigError('GEOMETRY_MAX_VERTICES must be an integer of at least 4');
  }
  const mode = configured.length > 0 ? 'server' : 'embedded';
  const production = nodeEnv === 'production';
  return {
    mode,
    production,
    host: env.HOST ?? '127.0.0.1',
    ports: {
      gateway: port(env, 'PORT', 4000),
      plan: port(env, 'PLAN_PORT', 4101),
      incidents: port(env, 'INCIDENTS_PORT', 4102),
      venues: port(env, 'VENUES_PORT', 4103),
      measures: port(env, 'MEASURES_PORT', 4104),
    },
    databaseUrls,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    demoData: bool(env, 'DEMO_DATA', true),
    basemap: basemapConfig(env, resolve(env.DATA_DIR ?? '.data')),
    queryPlanner: planner,
    geometryMaxVertices: maxVertices,
    auth: authConfig(env, production),
    rateLimit: { capacity: positiveInt(env, 'RATE_LIMIT_BURST', 300), refillPerSecond: positiveInt(env, 'RATE_LIMIT_PER_SECOND', 20) },
    maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', 2_000_000),
    clock: clock(env, production),
    statementTimeoutMs: positiveInt(env, 'STATEMENT_TIMEOUT_MS', 10_000),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 15_000),
    gatewaySecret: gatewaySecret(env),
    trustedProxies: (env.TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    browser: browserSecurity(env),
    importLegacyEncoding: legacyEncoding(env),
  };
}

function legacyEncoding(env: Env): 'convert' | 'refuse' {
  const value = env.IMPORT_LEGACY_ENCODING || 'convert';
  if (value !== 'convert' && value !== 'refuse') throw new ConfigError(`IMPORT_LEGACY_ENCODING must be "convert" or "refuse", got "${value}"`);
  return value;
}

function gatewaySecret(env: Env): string | null {
  const raw = env.GATEWAY_SECRET;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32) throw new ConfigError('GATEWAY_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)');
  return raw;
}

/** A subgraph run as its own process must share a secret with the gateway, or anyone could send it `_entities`. */
export function requiredGatewaySecret(config: PlatformConfig, component: string): string {
  if (!config.gatewaySecret) {
    throw new ConfigError(`${component}: set GATEWAY_SECRET (the same value for the gateway and every subgraph, at least 32 characters)`);
  }
  return config.gatewaySecret;
}
