export interface WebConfig {
  /** A MapLibre style URL for a basemap, or null to draw the districts on a plain background. */
  basemapStyleUrl: string | null;
  /** The gateway offers the demo sign-in (one made-up user per role); off in production. */
  demoSignIn: boolean;
}

const OFFLINE: WebConfig = { basemapStyleUrl: null, demoSignIn: false };

/**
 * Reads /config.json from the gateway. Any failure falls back to the offline setting, because the
 * districts are still useful without a basemap (and without a demo sign-in).
 */
export async function loadWebConfig(url = '/config.json'): Promise<WebConfig> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return OFFLINE;
    const body = (await response.json()) as { basemapStyleUrl?: unknown; demoSignIn?: unknown } | null;
    const styleUrl = body?.basemapStyleUrl;
    return {
      basemapStyleUrl: typeof styleUrl === 'string' && styleUrl.trim() ? styleUrl : null,
      demoSignIn: body?.demoSignIn === true,
    };
  } catch {
    return OFFLINE;
  }
}
