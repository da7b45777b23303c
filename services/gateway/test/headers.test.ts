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

  it('allow the configured basemap\'s host and no other: a remote archive, a WMTS, a style', () => {
    const csp = (env: Record<string, string>) => securityHeaders(settings(env)).page['content-security-policy']!;
    expect(csp({ BASEMAP_PMTILES: 'basemap.pmtiles' })).toContain("connect-src 'self';");
    expect(csp({ BASEMAP_PMTILES: 'https://kartor.example.se/lkpg.pmtiles' })).toContain("connect-src 'self' https://kartor.example.se;");
    const wmts = csp({ BASEMAP_WMTS_URL: 'https://api.example.se/wmts/topowebb/default/3857/{TileMatrix}/{TileRow}/{TileCol}.png' });
    expect(wmts).toContain("img-src 'self' data: blob: https://api.example.se;");
    expect(wmts).toContain("connect-src 'self' https://api.example.se;");
  });
});

describe('the basemap setting', () => {
  it('reads an archive in DATA_DIR, a remote archive, a WMTS template in either spelling, or a style', () => {
    expect(readConfig({ DATA_DIR: '/srv/tk', BASEMAP_PMTILES: 'basemap.pmtiles' }).basemap).toEqual({ kind: 'pmtiles', file: '/srv/tk/basemap.pmtiles', url: '/basemap/basemap.pmtiles' });
    expect(readConfig({ BASEMAP_PMTILES: 'https://kartor.example.se/a.pmtiles' }).basemap).toEqual({ kind: 'pmtiles', file: null, url: 'https://kartor.example.se/a.pmtiles' });
    expect(readConfig({ BASEMAP_WMTS_URL: 'https://w.example/3857/{TileMatrix}/{TileRow}/{TileCol}.png', BASEMAP_ATTRIBUTION: '© Lantmäteriet' }).basemap)
      .toEqual({ kind: 'wmts', tiles: 'https://w.example/3857/{z}/{y}/{x}.png', attribution: '© Lantmäteriet', maxZoom: 17 });
    expect(readConfig({ BASEMAP_STYLE_URL: 'https://s.example/style.json' }).basemap).toEqual({ kind: 'style', url: 'https://s.example/style.json' });
    expect(readConfig({}).basemap).toEqual({ kind: 'none' });
  });

  it('refuses two basemaps, a template without its tile numbers, a file that is not an archive, a zoom out of range', () => {
    expect(() => readConfig({ BASEMAP_PMTILES: 'b.pmtiles', BASEMAP_WMTS_URL: 'https://w.example/{z}/{y}/{x}.png' })).toThrow(/Set one basemap, not BASEMAP_PMTILES and BASEMAP_WMTS_URL/);
    expect(() => readConfig({ BASEMAP_WMTS_URL: 'https://w.example/{z}/{x}.png' })).toThrow(/BASEMAP_WMTS_URL must hold \{z\}, \{x\} and \{y\}/);
    expect(() => readConfig({ BASEMAP_WMTS_URL: 'ftp://w.example/{z}/{y}/{x}.png' })).toThrow(/BASEMAP_WMTS_URL must hold http\(s\) URLs/);
    expect(() => readConfig({ BASEMAP_PMTILES: '/etc/passwd' })).toThrow(/BASEMAP_PMTILES must name a .pmtiles file/);
    expect(() => readConfig({ BASEMAP_WMTS_URL: 'https://w.example/{z}/{y}/{x}.png', BASEMAP_MAX_ZOOM: '30' })).toThrow(/BASEMAP_MAX_ZOOM must be at most 22/);
  });
});
