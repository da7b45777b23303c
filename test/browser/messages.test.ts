import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.js';
import { sv } from '../../web/src/i18n/sv.js';
import { collectPageErrors, launchBrowser, screenshot, signInAs as signIn, openPlanActivity } from '../support/browser.js';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Every form refused with bad input, in Swedish and in English: the text shown next to the field is
// the web's catalogue text for the refusal (its own check or the server's), no words of the
// server's appear, and focus is on the field in error.

type LngLat = [number, number];
type Locale = 'sv' | 'en';

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const SKAGGETORP: LngLat = [15.587, 58.426];
/** What the server (or GraphQL) writes and a person must never read. */
const SERVER_WORDS = /must be|: expected |Variable "|got invalid value|GraphQL|BAD_USER_INPUT|Invalid (GeoJSON|geometry|Date)|contains what looks like|Internal server error/;
const catalogue = (locale: Locale) => (locale === 'sv' ? sv : en);

/** A catalogue text with its {min} and {max} as the web writes whole numbers in that language (sv-SE, en-GB). */
function say(locale: Locale, text: string, bounds: { min?: number; max?: number } = {}): string {
  const format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 });
  return text.replace(/\{(min|max)\}/g, (_, name: 'min' | 'max') => format.format(bounds[name]!));
}

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await mapReady();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const signInAs = (userId: string) => signIn(page, userId);

async function chooseLanguage(locale: Locale): Promise<void> {
  await page.locator(`.language-switch__button[lang="${locale}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** A fresh page, signed in as `userId`, in `locale`: each form starts from the map. */
async function start(userId: string, locale: Locale): Promise<void> {
  await page.goto(platform.url);
  await mapReady();
  await signInAs(userId);
  await chooseLanguage(locale);
}

async function openDistrict(id: string, section: string): Promise<void> {
  await page.getByTestId(`district-button-${id}`).click();
  await page.getByTestId(section).waitFor();
}

async function showOnMap(center: LngLat, zoom = 15.5): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: c, zoom: z });
        map.triggerRepaint();
      }),
    [center, zoom] as const,
  );
}

async function clickMap(at: LngLat): Promise<void> {
  const p = await page.evaluate((lngLat) => (window as unknown as { __map: { project(c: number[]): { x: number; y: number } } }).__map.project(lngLat), at);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** A value typed past what the field lets a person type (maxlength), as a paste from elsewhere could. */
async function setValue(testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).evaluate((el, v) => {
    const field = el as HTMLInputElement | HTMLTextAreaElement;
    field.removeAttribute('maxlength');
    field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The refusal shown next to a field, once it is there. */
async function fieldError(field: string): Promise<string> {
  const error = page.locator(`[data-testid="field-error"][data-field="${field}"]`);
  await error.waitFor({ timeout: 15_000 });
  return (await error.textContent())!.trim();
}

const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

async function noServerWords(): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(SERVER_WORDS);
}

for (const locale of ['sv', 'en'] as const) {
  const c = catalogue(locale);

  describe(`refusals in ${locale === 'sv' ? 'Swedish' : 'English'}`, () => {
    it('the measure form: nothing drawn, no title, too long a title, a negative cost, a phone number', async () => {
      await start('omradesgrupp-skaggetorp', locale);
      await openDistrict('skaggetorp', 'measure-list-section');
      await page.getByTestId('measure-propose').click();
      await hook('drawing', 'linestring');

      await page.getByTestId('measure-save').click();
      expect(await fieldError('geometry')).toBe(c.refusal.field.geometry.required);
      expect(await focused()).toBe('draw-point');

      await page.getByTestId('draw-point').click();
      await showOnMap(SKAGGETORP);
      await clickMap(SKAGGETORP);
      await hook('draftGeometry', 'Point');
      await page.getByTestId('measure-save').click();
      expect(await fieldError('title')).toBe(c.refusal.reason.required);
      expect(await focused()).toBe('measure-title');

      await setValue('measure-title', 'x'.repeat(201));
      await page.getByTestId('measure-save').click();
      await expect.poll(() => fieldError('title')).toBe(say(locale, c.refusal.reason.too_long, { max: 200 }));
      expect(await focused()).toBe('measure-title');

      await page.getByTestId('measure-title').fill('Trygghetsvandring');
      await page.getByTestId('measure-cost').fill('-5');
      await page.getByTestId('measure-save').click();
      expect(await fieldError('costEstimateSek')).toBe(say(locale, c.refusal.field.costEstimateSek.out_of_range, { min: 0, max: 1_000_000_000 }));
      expect(await focused()).toBe('measure-cost');

      // Past the form's own checks: the server finds the phone number, the web says it in its words.
      await page.getByTestId('measure-cost').fill('');
      await page.getByTestId('measure-description').fill('Ring 070-123 45 67 efter kl 18');
      await page.getByTestId('measure-save').click();
      expect(await fieldError('description')).toBe(c.refusal.reason.phone_number);
      expect(await focused()).toBe('measure-description');
      await noServerWords();
      await screenshot(page, `messages-${locale}-measure-form`);
      await page.getByTestId('measure-cancel').click();
    });

    it('a measure\'s withdrawal without a reason, and its edit without a title or with an e-mail address', async () => {
      await page.getByTestId('measure-item').first().click();
      await page.waitForFunction(() => !!document.body.dataset.measurePanelReady, undefined, { timeout: 30_000 });

      await page.getByTestId('measure-withdraw-open').click();
      await page.getByTestId('measure-withdraw-confirm').click();
      expect(await fieldError('reason')).toBe(c.refusal.field.reason.required);
      expect(await focused()).toBe('measure-withdraw-reason');
      await screenshot(page, `messages-${locale}-withdraw`);
      await page.getByTestId('measure-withdraw').getByRole('button', { name: c.measures.withdraw.cancel }).click();

      await page.getByTestId('measure-edit-open').click();
      await page.getByTestId('measure-edit-title').fill('');
      await page.getByTestId('measure-edit-save').click();
      expect(await fieldError('title')).toBe(c.refusal.reason.required);
      expect(await focused()).toBe('measure-edit-title');

      await page.getByTestId('measure-edit-title').fill('Trygghetsvandring');
      await page.getByTestId('measure-edit-description').fill('Frågor till kalle.anka@example.se');
      await page.getByTestId('measure-edit-save').click();
      expect(await fieldError('description')).toBe(c.refusal.reason.email);
      expect(await focused()).toBe('measure-edit-description');
      await noServerWords();
      await screenshot(page, `messages-${locale}-measure-edit`);
      await page.getByTestId('measure-edit-cancel').click();
      await page.getByTestId('measure-back').click();
    });

    it('the weekly picture: too long a text', async () => {
      await start('est', locale);
      await openDistrict('ryd', 'situation-panel');
      await page.waitForFunction(() => document.body.dataset.situationReady === 'true', undefined, { timeout: 30_000 });
      if ((await page.getByTestId('situation-textarea').count()) === 0) await page.getByTestId('situation-correct').click();
      await setValue('situation-textarea', 'x'.repeat(4001));
      await page.getByTestId('situation-save').click();
      expect(await fieldError('text')).toBe(say(locale, c.refusal.reason.too_long, { max: 4000 }));
      expect(await focused()).toBe('situation-textarea');
      await noServerWords();
      await screenshot(page, `messages-${locale}-situation`);
      await page.getByTestId('situation-textarea').fill('');
    });

    it('an inspection: a day in the future, and a personal identity number in the findings', async () => {
      await start('tillsyn', locale);
      await page.getByTestId('supervision-item').first().click();
      await page.getByTestId('inspection-open').click();
      await page.getByTestId('inspection-date').fill('2099-01-01');
      await page.getByTestId('inspection-save').click();
      expect(await fieldError('inspectedOn')).toBe(c.refusal.field.inspectedOn.in_future);
      expect(await focused()).toBe('inspection-date');

      await page.getByTestId('inspection-date').fill(swedishToday());
      await page.getByTestId('inspection-findings').fill('Föreståndaren 811218-9876 var inte på plats.');
      await page.getByTestId('inspection-save').click();
      expect(await fieldError('findings')).toBe(c.refusal.reason.personal_identity_number);
      expect(await focused()).toBe('inspection-findings');
      await noServerWords();
      await screenshot(page, `messages-${locale}-inspection`);
      await page.getByTestId('inspection-cancel').click();
    });

    it('a follow-up of the plan: too long a text', async () => {
      await start('beredningsgruppen', locale);
      const activity = await openPlanActivity(page, '6.2.3', '2022');
      const form = activity.getByTestId('follow-up-form');
      await form.getByTestId('follow-up-comment').evaluate((el) => {
        const field = el as HTMLTextAreaElement;
        field.removeAttribute('maxlength');
        field.value = 'y'.repeat(2001);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await form.getByTestId('follow-up-save').click();
      expect(await fieldError('comment')).toBe(say(locale, c.refusal.reason.too_long, { max: 2000 }));
      expect(await focused()).toBe('follow-up-comment');
      await form.getByTestId('follow-up-comment').fill('Ring 013-20 60 00');
      await form.getByTestId('follow-up-save').click();
      expect(await fieldError('comment')).toBe(c.refusal.reason.phone_number);
      expect(await focused()).toBe('follow-up-comment');
      await noServerWords();
      await activity.scrollIntoViewIfNeeded();
      await screenshot(page, `messages-${locale}-follow-up`);
    });

    it('the import of the Police\'s events: a file that is no JSON, and an item that is no event', async () => {
      await start('est', locale);
      await page.getByTestId('import-open').click();
      const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.getByTestId('import-file').setInputFiles(file('handelser.json', '<html>Sidan finns inte</html>'));
      const error = page.getByTestId('import-error');
      await error.waitFor();
      expect((await error.textContent())!.trim()).toBe(c.importer.failed.replace('{message}', c.refusal.field.json.invalid_format));
      await page.getByTestId('import-file').setInputFiles(file('handelser.json', JSON.stringify([{ id: 'x', name: 'Rån' }, 'en rad'])));
      const report = page.getByTestId('import-report');
      await report.waitFor();
      const items = await report.locator('li').allTextContents();
      expect(items.map((t) => t.trim())).toEqual([
        c.importer.invalidFields.replace('{index}', '0').replace('{fields}', 'id, datetime, summary, url, type, location, location.name, location.gps'),
        c.importer.notAnEvent.replace('{index}', '1'),
      ]);
      await noServerWords();
      await screenshot(page, `messages-${locale}-import`);

      // Issue 26: a Windows-1252 file keeps its letters, read as the command reads it; a file that
      // says it is UTF-8 and is not is refused in the page's words.
      const event = { id: 990_026, datetime: '2026-11-21 20:22:30 +01:00', name: '21 november 20:13, Skadegörelse, Linköping', summary: 'Krossad ruta på förskolan',
        url: '/aktuellt/handelser/2026/november/21/990026/', type: 'Skadegörelse', location: { name: 'Linköping', gps: '58.410807,15.621373' } };
      await page.getByTestId('import-file').setInputFiles({ name: 'handelser.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([event]), 'latin1') });
      await expect.poll(async () => (await platform.databases.get('incidents')!.query<{ title: string }>(
        `SELECT title FROM incidents.incident WHERE source_id = 'polisen:990026'`)).map((r) => r.title)).toEqual([event.name]);
      const damaged = Buffer.concat([Buffer.from('\uFEFF['), Buffer.from(JSON.stringify(event), 'latin1'), Buffer.from(']')]);
      await page.getByTestId('import-file').setInputFiles({ name: 'handelser.json', mimeType: 'application/json', buffer: damaged });
      await expect.poll(async () => (await error.textContent())?.trim()).toBe(c.importer.failed.replace('{message}', c.refusal.field.json.not_utf8));
    });
  });
}

describe('the page', () => {
  it('threw nothing', () => {
    expect(pageErrors).toEqual([]);
  });
});
