import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { collectPageErrors, launchBrowser } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Rolling the policy out: in report-only mode with the platform's own receiver, what the policy
// would block still runs, and the browser's report reaches the gateway's log without the page's
// query or fragment. The receiver is open to anyone: every hostile body gets a 4xx, never a 500.

let platform: TestPlatform;
let browser: Browser;
let page: Page;
let warn: MockInstance<typeof console.warn>;
const pageErrors: string[] = [];

/** The violations the gateway logged, as the JSON lines it wrote. */
const logged = (): Record<string, unknown>[] =>
  warn.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('"csp-violation"')).map((line) => JSON.parse(line));

beforeAll(async () => {
  warn = vi.spyOn(console, 'warn');
  platform = await startTestPlatform({ CSP_REPORT_ONLY: 'true', CSP_REPORT_URI: '/csp-report' });
  browser = await launchBrowser();
  page = await browser.newPage();
  await collectPageErrors(page, pageErrors);
});
afterAll(async () => {
  warn?.mockRestore();
  await browser?.close();
  await platform?.stop();
});

const post = (body: string, type = 'application/csp-report', method = 'POST') =>
  fetch(`${platform.url}/csp-report`, { method, headers: { 'content-type': type }, ...(method === 'POST' ? { body } : {}) });

describe('report-only, with the platform\'s receiver', () => {
  it('sends the page with a report-only policy that reports to /csp-report', async () => {
    const res = await fetch(`${platform.url}/`);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('content-security-policy-report-only')).toMatch(/script-src 'self'.*; report-uri \/csp-report$/);
  });

  it('lets an inline script run, and the browser reports it to the gateway\'s log', async () => {
    await page.goto(`${platform.url}/plan/2021?district=ryd#top`);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBe(1);
    await expect.poll(logged, { timeout: 15_000 }).toEqual([
      expect.objectContaining({ event: 'csp-violation', document: `${platform.url}/plan/2021`, directive: 'script-src-elem', blocked: 'inline', disposition: 'report' }),
    ]);
    // The page heard it too, as a report, not a refusal.
    expect(pageErrors.some((e) => e.includes('(report)'))).toBe(true);
  });
});

describe('the receiver, to anyone', () => {
  it.each([
    ['a GET', 405, () => post('', 'application/csp-report', 'GET')],
    ['another media type', 415, () => post('{"csp-report":{}}', 'text/plain')],
    ['no JSON', 400, () => post('{"csp-report":')],
    ['JSON that is no report', 400, () => post('{"hello":"world"}')],
    ['a body over 16 KiB', 413, () => post(JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(20_000) } }))],
    ['deep nesting', 400, () => post('['.repeat(5_000) + ']'.repeat(5_000), 'application/reports+json')],
  ] as const)('answers %s with %i', async (_what, status, send) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy-report-only')).toBe("default-src 'none'; frame-ancestors 'none'; report-uri /csp-report");
    expect((await res.json()).errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
  });

  it('logs twenty reports of a list at most, and slows a sender down', async () => {
    const before = logged().length;
    const one = { type: 'csp-violation', url: 'http://x/', body: { effectiveDirective: 'img-src', blockedURL: 'http://y/z.png', disposition: 'enforce' } };
    const res = await post(JSON.stringify(Array.from({ length: 100 }, () => one)), 'application/reports+json');
    expect(res.status).toBe(204);
    expect(logged().length - before).toBe(20);
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await post(JSON.stringify({ 'csp-report': { 'effective-directive': 'img-src' } }))).status);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 204 || s === 429 || s === 400)).toBe(true);
  });
});
