// The BUILT console (packages/console/dist, served by the service at /admin/ with its real CSP)
// opened in a separate Chromium at an event's form in the content editors: the person signs in
// through the login form, which keeps the page asked for, and the preview's calendar (a chunk of the
// build, loaded on first use) must paint the draft's event with no CSP violation, console error
// or failed response.
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { watchedPage } from '../support/watched-page.mjs';

/**
 * Opens `${serviceUrl}/admin/${hash}`, signs in as `email`/`password` and waits (20 s at most)
 * for the preview's widget to show `expect`; reports the widget's text and what went wrong.
 */
export async function openEditorsBuilt(serviceUrl, { email, password, hash, expect }) {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const { page, problems } = await watchedPage(browser, { width: 1280, height: 900 });
    // Signing in keeps the page asked for, so the login leads straight to the event's form.
    const response = await page.goto(`${serviceUrl}/admin/${hash}`);
    // Playwright's locators pierce open shadow roots: the console's login form is found as shown.
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Пароль').fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
    const widget = page.locator('console-feed-preview metodika-calendar');
    await widget.getByText(expect).first().waitFor({ timeout: 20000 });
    const widgetText = await widget.evaluate((el) => el.shadowRoot?.textContent ?? '');
    const csp = response?.headers()['content-security-policy'] ?? null;
    return { csp, widgetText, problems };
  } finally {
    await browser.close();
  }
}
