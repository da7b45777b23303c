import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, signInAs as signIn, openPlanActivity } from '../support/browser.js';
import { swedishToday, TEST_NOW } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Markup typed into free text comes back as text: never run, never rendered as elements. Vue
// escapes every interpolation and the web has no v-html or innerHTML; the policy (headers.ts)
// would refuse an inline script even if one slipped through. Checked on what is shown back.

const PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><b id="xss-b">fet</b>';

type LngLat = [number, number];

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Where the seeded incident and shift lie: inside Ryd, some 450 m apart. */
let incidentAt: LngLat;
let shiftAt: LngLat;
let venueId = '';

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);

/** Nothing ran, no element was made from the text, and the text is on the page as written. */
async function shownAsText(where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('img[src="x"], #xss-b, script:not([src])').length,
    text: document.body.innerText,
  }));
  expect(state.ran, where).toBeNull();
  expect(state.elements, where).toBe(0);
  expect(state.text, where).toContain(PAYLOAD);
}

async function must<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
  const res = await platform.gql<T>(query, variables, { as });
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

/** Every free text the web shows back, written through the API with the markup in it. */
async function seed(): Promise<void> {
  const db = platform.databases.get('incidents')!;
  const inside = async (district: string): Promise<LngLat> => {
    const [row] = await db.query<{ x: number; y: number }>(
      `SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p FROM geo.district WHERE id = $1) s`, [district]);
    return [row!.x, row!.y];
  };
  // Either side of the district's name label, which stands on its point on surface.
  const ryd = await inside('ryd');
  incidentAt = [ryd[0] - 0.004, ryd[1]];
  shiftAt = [ryd[0] + 0.004, ryd[1]];
  const venueAt = await inside('city');
  // Thursday noon of the last whole week, Swedish time: the week the map opens on.
  const [week] = await db.query<{ at: Date }>(
    `SELECT (date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Stockholm') - interval '4 days 12 hours') AT TIME ZONE 'Europe/Stockholm' AS at`,
    [TEST_NOW]);
  const noon = week!.at.getTime();
  const [plan] = await platform.databases.get('plan')!.query<{ id: string }>(`SELECT id FROM plan.plan ORDER BY id LIMIT 1`);
  const planId = plan!.id;
  const point = (at: LngLat) => ({ type: 'Point', coordinates: at });

  await must(`mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`, {
    input: {
      kind: 'LIGHTING', title: `Lampa ${PAYLOAD}`, description: `Beskrivning ${PAYLOAD}`, responsibleOrg: `Org ${PAYLOAD}`,
      geometry: { type: 'LineString', coordinates: [[15.586, 58.4255], [15.588, 58.4262]] },
    },
  }, 'est');
  await must(`mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`, {
    input: {
      kind: 'CAMERA', title: 'Kamera vid torget', geometry: point([15.5875, 58.4258]),
      camera: { directionDeg: 90, angleDeg: 60, rangeM: 40, hours: PAYLOAD },
    },
  }, 'est');
  await must(`mutation($input: IncidentInput!) { reportIncident(input: $input) { id } }`, {
    input: { occurredAt: new Date(noon).toISOString(), category: 'VANDALISM', description: PAYLOAD, location: point(incidentAt) },
  }, 'est');
  await must(`mutation($input: PresenceInput!) { planPresence(input: $input) { id } }`, {
    input: {
      actorKind: 'NIGHT_WALKER', organisation: `Förening ${PAYLOAD}`, geometry: point(shiftAt), note: PAYLOAD,
      startsAt: new Date(noon + 8 * 3_600_000).toISOString(), endsAt: new Date(noon + 11 * 3_600_000).toISOString(),
    },
  }, 'est');
  const venue = await must<{ createVenue: { id: string } }>(`mutation($input: VenueInput!) { createVenue(input: $input) { id } }`, {
    input: { name: `Krog ${PAYLOAD}`, kind: 'BAR', location: point(venueAt) },
  }, 'tillsyn');
  venueId = venue.createVenue.id;
  await must(`mutation($id: ID!, $input: InspectionInput!) { recordInspection(venueId: $id, input: $input) { id } }`, {
    id: venueId,
    input: { inspectedOn: swedishToday(), kind: 'ON_SITE', inspectedBy: 'JOINT', findings: PAYLOAD, decision: 'WARNING' },
  }, 'tillsyn');
  await must(`mutation($plan: ID!, $input: FollowUpInput!) { recordFollowUp(planId: $plan, activityCode: "6.2.3", year: 2022, input: $input) { status } }`, {
    plan: planId,
    input: { status: 'DONE', done: `Gjort ${PAYLOAD}`, comment: `Kommentar ${PAYLOAD}` },
  }, 'beredningsgruppen');
  const promise = await must<{ addCitizenPromise: { id: string } }>(
    `mutation($plan: ID!, $text: String!) { addCitizenPromise(planId: $plan, year: 2022, promise: $text, districtIds: ["ryd"]) { id } }`,
    { plan: planId, text: `Löfte ${PAYLOAD}` }, 'beredningsgruppen');
  await must(`mutation($id: ID!, $text: String) { followUpCitizenPromise(id: $id, status: DONE, outcome: $text) { id } }`,
    { id: promise.addCitizenPromise.id, text: `Utfall ${PAYLOAD}` }, 'beredningsgruppen');
}

const signInAs = (userId: string) => signIn(page, userId);

async function openDistrict(id: string): Promise<void> {
  if ((await page.getByTestId(`district-button-${id}`).count()) === 0) await page.getByRole('button', { name: /^Stäng / }).click();
  await page.getByTestId(`district-button-${id}`).click();
}

/** Zooms in on a place so that nothing else is within reach of the pointer, and clicks it. */
async function clickPlace(at: LngLat): Promise<void> {
  await page.evaluate(
    (c) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: c, zoom: 18 });
        map.triggerRepaint();
      }),
    at,
  );
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [x, y])).toBe('CANVAS');
  await page.mouse.click(x, y);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  await seed();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await mapReady();
  await signInAs('est');
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('markup in free text', () => {
  it("a measure's title in the list, its title, description and organisation in its panel, and a camera's hours", async () => {
    await openDistrict('skaggetorp');
    await page.getByTestId('measure-list-section').waitFor();
    const item = page.getByTestId('measure-item').filter({ hasText: 'Lampa <script>' });
    await item.waitFor();
    await shownAsText('measure list');
    await item.click();
    await page.getByTestId('measure-title-heading').waitFor();
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(`Lampa ${PAYLOAD}`);
    await shownAsText('measure panel');
    await screenshot(page, 'injection-measure');

    await openDistrict('skaggetorp');
    await page.getByTestId('measure-item').filter({ hasText: 'Kamera vid torget' }).click();
    await page.getByTestId('measure-title-heading').waitFor();
    await shownAsText("camera's hours");
  });

  it("an incident's description in its popup", async () => {
    await openDistrict('ryd');
    await hook('incidentsReady', 'true');
    await clickPlace(incidentAt);
    await page.getByTestId('incident-popup').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('incident-popup-description').textContent()).toBe(PAYLOAD);
    await shownAsText('incident popup');
    await page.keyboard.press('Escape');
  });

  it("a shift's organisation and note in its popup", async () => {
    await page.getByTestId('presence-toggle').check();
    await hook('presenceReady', 'true');
    await clickPlace(shiftAt);
    await page.getByTestId('presence-popup').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('presence-popup-note').textContent()).toBe(PAYLOAD);
    expect(await page.getByTestId('presence-popup-organisation').textContent()).toBe(`Förening ${PAYLOAD}`);
    await shownAsText('presence popup');
    await screenshot(page, 'injection-presence');
    await page.keyboard.press('Escape');
    await page.getByTestId('presence-toggle').uncheck();
  });

  it('the weekly picture, drafted and published', async () => {
    await page.goto(platform.url);
    await mapReady();
    await openDistrict('ryd');
    await hook('situationReady', 'true');
    await page.getByTestId('situation-textarea').fill(PAYLOAD);
    await page.getByTestId('situation-save').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Utkast/);
    await page.getByTestId('situation-publish').click();
    await page.getByTestId('situation-confirm-publish').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Publicerad/);
    // Read back as Ryd's area group, to whom the published text is shown (not in an editor).
    await signInAs('omradesgrupp-ryd');
    await openDistrict('ryd');
    await hook('situationReady', 'true');
    expect(await page.getByTestId('situation-text').textContent()).toBe(PAYLOAD);
    await shownAsText('published weekly picture');
    await screenshot(page, 'injection-situation');
  });

  it("a venue's name in the supervision list and its panel, and an inspection's findings", async () => {
    await signInAs('tillsyn');
    await openDistrict('city');
    const item = page.locator(`[data-testid="supervision-item"][data-venue-id="${venueId}"]`);
    await item.waitFor();
    await shownAsText('supervision list');
    await item.click();
    await hook('venuePanelReady', venueId);
    expect(await page.getByTestId('venue-title').textContent()).toBe(`Krog ${PAYLOAD}`);
    expect(await page.getByTestId('venue-inspection').first().textContent()).toContain(PAYLOAD);
    await shownAsText('venue panel');
    await screenshot(page, 'injection-venue');
  });

  it("an activity's follow-up on the plan page, and a citizen promise and its outcome in the yearly report", async () => {
    await signInAs('styrgruppen');
    const activity = await openPlanActivity(page, '6.2.3', '2022');
    await expect.poll(() => activity.textContent(), { timeout: 15_000 }).toContain(`Gjort ${PAYLOAD}`);
    expect(await activity.textContent()).toContain(`Kommentar ${PAYLOAD}`);
    await shownAsText('follow-up');
    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-promises').waitFor();
    expect(await page.getByTestId('report-promises').textContent()).toContain(`Utfall ${PAYLOAD}`);
    expect(await page.getByTestId('report-promises').textContent()).toContain(`Löfte ${PAYLOAD}`);
    await shownAsText('yearly report');
  });

  it('the policy refuses an inline script, and the tests hear of it', async () => {
    const before = pageErrors.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    });
    // Heard twice: as the document's securitypolicyviolation event and on Chromium's console.
    await expect.poll(() => pageErrors.slice(before).sort()).toEqual([
      expect.stringMatching(/^CSP: .*Content Security Policy.*script-src/),
      expect.stringMatching(/^CSP: script-src-elem refused inline \(enforce\)$/),
    ]);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline ?? null)).toBeNull();
    pageErrors.splice(before);
  });

  it('raised no error and no policy violation', () => {
    expect(pageErrors).toEqual([]);
  });
});
