import type { OidcSettings } from '../auth/oidc';
import type { Basemap } from '../map/basemap';

export interface WebConfig {
  /** What lies under the project's layers, or null to draw them on a plain background. */
  basemap: Basemap | null;
  /** The gateway offers the demo sign-in (one made-up user per role); off in production. */
  demoSignIn: boolean;
  /** The instant the platform's clock is pinned to (`NOW`, tests and demos); null: the real time. */
  now: Date | null;
  /** The organisation's OpenID Connect provider; null: no sign-in there (the demo sign-in, or none). */
  oidc: OidcSettings | null;
  /** Whom a signed-in person without a role should ask, in the installation's own words. */
  accessContact: string | null;
}

const OFFLINE: WebConfig = { basemap: null, demoSignIn: false, now: null, oidc: null, accessContact: null };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function oidcSettings(value: unknown): OidcSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const [authority, clientId, scopes, redirectPath, postLogoutRedirectPath] = [v.authority, v.clientId, v.scopes, v.redirectPath, v.postLogoutRedirectPath].map(text);
  const renewBeforeSeconds = typeof v.renewBeforeSeconds === 'number' && v.renewBeforeSeconds > 0 ? v.renewBeforeSeconds : 60;
  if (!authority || !clientId || !scopes || !redirectPath || !postLogoutRedirectPath) return null;
  return { authority, clientId, scopes, redirectPath, postLogoutRedirectPath, renewBeforeSeconds };
}

function basemapSetting(value: unknown): Basemap | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const url = text(v.url);
  if ((v.kind === 'style' || v.kind === 'pmtiles') && url) return { kind: v.kind, url };
  const tiles = text(v.tiles);
  const maxZoom = typeof v.maxZoom === 'number' && v.maxZoom > 0 ? v.maxZoom : 17;
  return v.kind === 'wmts' && tiles ? { kind: 'wmts', tiles, attribution: text(v.attribution), maxZoom } : null;
}

function instant(value: unknown): Date | null {
  const at = typeof value === 'string' ? new Date(value) : null;
  return at && Number.isFinite(at.getTime()) ? at : null;
}

async function fetchWebConfig(url: string): Promise<WebConfig> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return OFFLINE;
    const body = (await response.json()) as Record<string, unknown> | null;
    return {
      basemap: basemapSetting(body?.basemap),
      demoSignIn: body?.demoSignIn === true,
      now: instant(body?.now),
      oidc: oidcSettings(body?.oidc),
      accessContact: text(body?.accessContact),
    };
  } catch {
    return OFFLINE;
  }
}

let loaded: Promise<WebConfig> | null = null;

/**
 * Reads /config.json from the gateway, once per page: the start and the app share the answer. Any
 * failure falls back to the offline setting, because the districts are still useful without a
 * basemap (and without a demo sign-in).
 */
export function loadWebConfig(): Promise<WebConfig> {
  loaded ??= fetchWebConfig('/config.json');
  return loaded;
}
