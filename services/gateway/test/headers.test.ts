import { ConfigError, readConfig } from '@tk/gis';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../src/headers.js';

const settings = (env: Record<string, string>) => ({ ...readConfig(env).browser, issuer: null });

describe('security headers from the settings', () => {
  it('enforce the policy by default, with no provider to call and no HSTS', () => {
    const { page, api } = securityHeaders(settings({}));
    expect(page['content-security-policy']).toContain("connect-src 'self';");
    expect(page['content-security-policy']).toContain("frame-src 'none';");
    expect(page['content-security-policy']).not.toContain('report-uri');
    expect(page['content-security-policy-report-only']).toBeUndefined();
    expect(page['strict-transport-security']).toBeUndefined();
    expect(api['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('only report, to the endpoint set, while a municipality rolls the policy out', () => {
    const { page, callback, api } = securityHeaders(settings({ CSP_REPORT_ONLY: 'true', CSP_REPORT_URI: '/csp-reports' }));
    for (const headers of [page, callback, api]) {
      expect(headers['content-security-policy']).toBeUndefined();
      expect(headers['content-security-policy-report-only']).toMatch(/; report-uri \/csp-reports$/);
    }
  });

  it('refuse hosts and report addresses that are not http(s) URLs, naming the setting', () => {
    expect(() => readConfig({ BASEMAP_HOSTS: 'tiles.example.org' })).toThrow(ConfigError);
    expect(() => readConfig({ BASEMAP_HOSTS: 'javascript:alert(1)' })).toThrow(/BASEMAP_HOSTS must hold http\(s\) URLs/);
    expect(() => readConfig({ CSP_REPORT_URI: "https://r.example/; script-src 'unsafe-inline'" })).toThrow(/CSP_REPORT_URI/);
    expect(() => readConfig({ HSTS: 'maybe' })).toThrow(/HSTS must be true or false/);
  });
});
