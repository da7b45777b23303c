export interface WebConfig {
  /** A MapLibre style URL for a basemap, or null to draw the districts on a plain background. */
  basemapStyleUrl: string | null;
  /** The gateway offers the demo sign-in (one made-up user per role); off in production. */
  demoSignIn: boolean;
  /** The instant the platform's clock is pinned to (`NOW`, tests and demos); null: the real time. */
  now: Date | null;
}

const OFFLINE: WebConfig = { basemapStyleUrl: null, demoSignIn: false, now: null };

function instant(value: unknown): Date | null {
  const at = typeof value === 'string' ? new Date(value) : null;
  return at && Number.isFinite(at.getTime()) ? at : null;
}

async function fetchWebConfig(url: string): Promise<WebConfig> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return OFFLINE;
    const body = (await response.json()) as { basemapStyleUrl?: unknown; demoSignIn?: unknown; now?: unknown } | null;
    const styleUrl = body?.basemapStyleUrl;
    return {
      basemapStyleUrl: typeof styleUrl === 'string' && styleUrl.trim() ? styleUrl : null,
      demoSignIn: body?.demoSignIn === true,
      now: instant(body?.now),
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
