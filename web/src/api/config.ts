export interface WebConfig {
  /** A MapLibre style URL for a basemap, or null to draw the districts on a plain background. */
  basemapStyleUrl: string | null;
}

const OFFLINE: WebConfig = { basemapStyleUrl: null };

/**
 * Reads /config.json from the gateway. Any failure falls back to the offline setting, because the
 * districts are still useful without a basemap.
 */
export async function loadWebConfig(url = '/config.json'): Promise<WebConfig> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return OFFLINE;
    const body: unknown = await response.json();
    const styleUrl = (body as { basemapStyleUrl?: unknown } | null)?.basemapStyleUrl;
    return { basemapStyleUrl: typeof styleUrl === 'string' && styleUrl.trim() ? styleUrl : null };
  } catch {
    return OFFLINE;
  }
}
