import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

// Software WebGL: headless Chromium has no GPU here, MapLibre needs WebGL2.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--enable-features=AllowSwiftShaderFallback',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Collects what went wrong in a page: uncaught errors, and whatever the content security policy
 * blocked or, in report-only mode, would have blocked: the document's `securitypolicyviolation`
 * events, and Chromium's console line for each refusal (which also covers the map's workers).
 */
export async function collectPageErrors(page: Page, into: string[]): Promise<void> {
  page.on('pageerror', (error) => into.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) into.push(`CSP: ${message.text()}`);
  });
  // A binding and an init script go through the debugging protocol, so the policy under test does not refuse them.
  await page.exposeBinding('__tkPolicyViolation', (_source, text: string) => void into.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __tkPolicyViolation(text: string): void }).__tkPolicyViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.disposition})`);
    });
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, 'screenshots', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the violations of serious or critical impact. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const require = createRequire(import.meta.url);
  // Evaluated by the browser's debugging protocol, not as a <script> tag: the page's policy refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // WCAG 2.5.3 (label in name) is still marked experimental in axe and off unless asked for.
    return (await axe.run({ rules: { 'label-content-name-mismatch': { enabled: true } } })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs the page in as a demo user (signing out whoever was in first) and waits for the map. */
export async function signInAs(page: Page, userId: string): Promise<void> {
  if ((await page.getByTestId('sign-out').count()) > 0) await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').click();
  await page.getByTestId(`demo-user-${userId}`).click();
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
}

/** From the map to one activity of the plan page, opened, in the year chosen. */
export async function openPlanActivity(page: Page, code: string, year: string): Promise<Locator> {
  await page.getByTestId('open-overview').click();
  await page.getByTestId('nav-plan').click();
  await page.getByTestId('plan-page').waitFor();
  await page.getByTestId('overview-year').selectOption(year);
  const activity = page.getByTestId('plan-activity').filter({ hasText: code });
  await activity.locator('summary').click();
  return activity;
}
