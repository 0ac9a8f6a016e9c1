// A Playwright page that records what a person would count as broken: console errors, uncaught
// errors, failed responses and every Content-Security-Policy violation (re-reported as errors).

/**
 * Opens a page in `owner` and returns it with the list its problems go into: a Browser opens it
 * in a context of its own at `viewport`; a BrowserContext opens a tab beside its pages (sharing
 * their locale and cookies).
 * @param {import('playwright').Browser | import('playwright').BrowserContext} owner
 * @param {{ width: number; height: number }} [viewport]
 */
export async function watchedPage(owner, viewport) {
  const page = 'contexts' in owner ? await owner.newPage({ viewport }) : await owner.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}
