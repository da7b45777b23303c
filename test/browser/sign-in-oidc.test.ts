import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from '../support/browser.js';
import { platformSignInEnv, startTestProvider, TEST_PROVIDER_MAPPING, type TestProvider } from '../support/oidc-provider.js';
import { freePort, startTestPlatform, type TestPlatform } from '../support/platform.js';
import { sv } from '../../web/src/i18n/sv.js';

// Production mode: people sign in through the organisation's provider (a real OpenID Connect
// provider started here) on its own login page, and come back with the roles their groups map to.

/** Short, so that the test sees the web renew it: it is renewed RENEW_BEFORE s before it runs out. */
const TOKEN_TTL_S = 30;
const RENEW_BEFORE_S = 22;

let provider: TestProvider;
let platform: TestPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const mapReady = () => page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
const oidcKeys = () => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('tk.oidc.')));
const localKeys = () => page.evaluate(() => Object.keys(localStorage));
/** The access token the web holds now (oidc-client-ts keeps it in sessionStorage). */
const accessToken = () =>
  page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('tk.oidc.user:'));
    return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : null;
  });

beforeAll(async () => {
  const port = await freePort();
  provider = await startTestProvider({ appOrigins: [`http://127.0.0.1:${port}`], accessTokenTtlSeconds: TOKEN_TTL_S });
  platform = await startTestPlatform({
    ...platformSignInEnv(provider.issuer),
    PORT: String(port),
    NOW: '',
    AUTH_RENEW_BEFORE_SECONDS: String(RENEW_BEFORE_S),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await provider?.stop();
});

async function newPage(): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  page = await context.newPage();
  await collectPageErrors(page, pageErrors);
}

/** From the app's sign-in page to the provider's login form, and back signed in. */
async function signIn(login: string, from = '/'): Promise<void> {
  await page.goto(platform.url + from);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('provider-sign-in').click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('whatever');
  await screenshot(page, `oidc-provider-login-${login}`);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin === platform.url && !url.pathname.startsWith('/auth/callback'));
}

/** Single incidents asked for with the token the web got from the provider, as the web would. */
async function incidentsWithPageToken(): Promise<{ data?: { incidents: { districtId: string }[] }; errors?: { extensions?: { code?: string } }[] }> {
  const token = await accessToken();
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ incidents(limit: 500) { districtId } }' }),
  });
  return res.json() as never;
}

/** The panel of a district opened from the list beside the map; its count, where the role may see it. */
async function districtCount(id: string): Promise<string | null> {
  // A district's panel has its own address, which a reload keeps: open it from the list only when it is not open already.
  if (new URL(page.url()).pathname !== `/stadsdel/${id}`) await page.getByTestId(`district-button-${id}`).click();
  const panel = page.getByTestId('district-panel');
  await panel.getByTestId('district-name').waitFor();
  // The count is fetched after the panel opens; the access note says when there is none to fetch.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="incident-count"], [data-testid="district-panel"] .access-note') !== null,
    undefined,
    { timeout: 15_000 },
  );
  const count = panel.getByTestId('incident-count');
  return (await count.count()) ? (await count.textContent())!.trim() : null;
}

describe('signing in with the organisation\'s provider', () => {
  it('offers no demo users, only the organisation\'s sign-in', async () => {
    await newPage();
    await page.goto(platform.url);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('provider-sign-in').waitFor();
    expect(await page.locator('[data-testid^="demo-user-"]').count()).toBe(0);
    await screenshot(page, 'oidc-sign-in-page');
  });

  it('signs in an area group on the provider\'s login page, back on the page the person came from', async () => {
    await newPage();
    await signIn('anna.omrade', '/plan/2021');
    expect(new URL(page.url()).pathname).toBe('/plan/2021');
    await page.getByTestId('plan-page').waitFor();
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 15_000 }).toBe('Anna Områdesgrupp');
    expect(await page.locator('.auth__role').textContent()).toContain('Områdesgrupp');
  });

  it('shows the area group its own district\'s incidents and no overview; its token opens no more', async () => {
    await page.goto(platform.url);
    await mapReady();
    await screenshot(page, 'oidc-area-group-map');
    expect(await districtCount('skaggetorp')).toMatch(/^\d[\d\s]*$/);
    await screenshot(page, 'oidc-area-group-skaggetorp');
    expect(await page.getByTestId('open-overview').count()).toBe(0);
    const incidents = await incidentsWithPageToken();
    expect(incidents.errors).toBeUndefined();
    expect(new Set(incidents.data!.incidents.map((i) => i.districtId))).toEqual(new Set(['skaggetorp']));
  });

  it('keeps no token in localStorage, and is still signed in after a reload', async () => {
    expect(await oidcKeys()).not.toEqual([]);
    expect(await localKeys()).toEqual([]);
    await page.reload();
    await mapReady();
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 15_000 }).toBe('Anna Områdesgrupp');
  });

  it('renews the token before it runs out, and is still signed in after the first one has expired', async () => {
    const first = await accessToken();
    const renewalsBefore = provider.refreshes();
    // Past the first token's lifetime: without a renewal the web would have signed out.
    await page.waitForTimeout((TOKEN_TTL_S + 3) * 1000);
    expect(provider.refreshes()).toBeGreaterThan(renewalsBefore);
    const now = await accessToken();
    expect(now).not.toBeNull();
    expect(now).not.toBe(first);
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('Anna Områdesgrupp');
    expect(await page.getByTestId('session-notice').count()).toBe(0);
    // The renewed token opens the API: the district's count is still there.
    expect(await districtCount('skaggetorp')).toMatch(/^\d[\d\s]*$/);
  }, 90_000);

  it('signs out at the provider too, and clears every token', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await screenshot(page, 'oidc-provider-logout');
    await page.locator('button[name="logout"]').click();
    await page.waitForURL((url) => url.origin === platform.url);
    await page.getByTestId('sign-in').waitFor();
    expect(await oidcKeys()).toEqual([]);
    // The provider's session is over: signing in again asks for the login once more.
    await page.getByTestId('sign-in').click();
    await page.getByTestId('provider-sign-in').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').waitFor();
  });

  it('signs in the steering group, which follows up on the overview but sees no single incident', async () => {
    await newPage();
    await signIn('sven.styr');
    await mapReady();
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 15_000 }).toBe('Sven Styrgrupp');
    expect((await incidentsWithPageToken()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.getByTestId('open-overview').click();
    await page.getByTestId('overview').waitFor();
    await screenshot(page, 'oidc-steering-group-overview');
  });

  it('tells a person with no mapped group that they have no role, and whom to ask', async () => {
    await newPage();
    await signIn('olle.utan');
    const noRole = page.getByTestId('no-role');
    await noRole.waitFor();
    expect(await noRole.textContent()).toContain(TEST_PROVIDER_MAPPING.contact);
    await screenshot(page, 'oidc-no-role');
    await page.getByTestId('no-role-sign-out').click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('button[name="logout"]').click();
    await page.waitForURL((url) => url.origin === platform.url);
    await page.getByTestId('sign-in').waitFor();
  });

  // Last: it stops the provider.
  it('says in words when the token cannot be renewed, and signs out when it has run out', async () => {
    await newPage();
    await signIn('eva.est');
    await mapReady();
    await provider.stop();
    const notice = page.getByTestId('session-notice');
    await expect.poll(() => notice.textContent(), { timeout: TOKEN_TTL_S * 1000 }).toContain(sv.auth.renewFailed);
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('Eva EST');
    await screenshot(page, 'oidc-renew-failed');
    await expect.poll(() => notice.textContent(), { timeout: TOKEN_TTL_S * 1000 }).toContain(sv.auth.expired);
    await page.getByTestId('sign-in').waitFor();
    expect(await oidcKeys()).toEqual([]);
  }, 90_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
