import type { BrowserSecurityConfig } from '@tk/gis';

/**
 * The browser-side protection of every answer. The page may run only its own scripts and styles
 * (Vite builds them as files; Vue and MapLibre set styles through the DOM, which a policy does not
 * block), talk only to the platform, the identity provider and the basemap's hosts, and not be
 * framed by anyone — except the sign-in callback, which oidc-client-ts loads in a hidden frame of
 * this same page to renew a token when the provider gives no refresh token.
 */
export interface SecurityHeaders {
  /** The app's pages and assets. */
  page: Record<string, string>;
  /** The sign-in callback page: as `page`, but this site may frame it. */
  callback: Record<string, string>;
  /** Everything else (GraphQL, health, JSON): nothing to run, nothing to frame. */
  api: Record<string, string>;
}

export interface HeaderSettings extends BrowserSecurityConfig {
  /** The organisation's identity provider (its origin is allowed to be called and framed). */
  issuer: string | null;
}

const originOf = (url: string | null): string[] => (url ? [new URL(url).origin] : []);

function policy(directives: Record<string, string[]>, reportUri: string | null): string {
  const all = reportUri ? { ...directives, 'report-uri': [reportUri] } : directives;
  return Object.entries(all).map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function securityHeaders(settings: HeaderSettings): SecurityHeaders {
  const provider = originOf(settings.issuer);
  const basemap = settings.basemapOrigins;
  const page = (frameAncestors: string) => ({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...basemap],
    'font-src': ["'self'", ...basemap],
    'connect-src': ["'self'", ...provider, ...basemap],
    'worker-src': ["'self'"],
    'frame-src': provider.length ? provider : ["'none'"],
    'frame-ancestors': [frameAncestors],
    'form-action': ["'self'", ...provider],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  });
  const cspName = settings.cspReportOnly ? 'content-security-policy-report-only' : 'content-security-policy';
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // Geolocation is for the coming field mode; nothing else the browser offers is used.
    'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
    ...(settings.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  return {
    page: { ...common, [cspName]: policy(page("'none'"), settings.cspReportUri) },
    callback: { ...common, 'x-frame-options': 'SAMEORIGIN', [cspName]: policy(page("'self'"), settings.cspReportUri) },
    api: { ...common, [cspName]: policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] }, settings.cspReportUri) },
  };
}
