// CI's check of `npm run start:oidc`: a person signs in through the provider's own login page in
// headless Chromium and comes back signed in with the role their groups map to.
// Usage: tsx test/support/sign-in-smoke.ts http://127.0.0.1:4390
import { launchBrowser } from './browser.js';

const app = process.argv[2];
if (!app) throw new Error('usage: tsx test/support/sign-in-smoke.ts APP_URL');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(app);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('provider-sign-in').click();
  await page.locator('input[name="login"]').fill('eva.est');
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  const shown = await page.getByTestId('signed-in-user').textContent({ timeout: 60_000 });
  const role = await page.locator('.auth__role').textContent();
  if (shown !== 'Eva EST' || !role?.includes('EST')) throw new Error(`signed in as "${shown}" (${role}), not Eva EST of the EST group`);
  console.log(`start:oidc: signed in through the provider's login page as ${shown} (${role})`);
} finally {
  await browser.close();
}
