// The BUILT page for school webmasters (packages/console/dist/sites.html) opened where the service
// serves it, `/sites/`, with its real CSP, in a separate Chromium at `width` CSS pixels: it reports
// what a person would see (the heading, the live widget's text, the snippet, sideways scrolling)
// and every CSP violation, console error and failed response.
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { watchedPage } from '../support/watched-page.mjs';

/**
 * Opens `${serviceUrl}/sites/` (with `query`, e.g. a shared choice) and reports; the widget must
 * have painted within 20 s.
 */
export async function openSitesBuilt(serviceUrl, width, query = '') {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const { page, problems } = await watchedPage(browser, { width, height: 900 });
    const response = await page.goto(`${serviceUrl}/sites/${query ? `?${query}` : ''}`);
    // The calendar's shadow root holds the feed's events once the loader defined it.
    await page.waitForFunction(
      () => {
        const widget = document.querySelector('metodika-sites [slot=preview] > *');
        return (widget?.shadowRoot?.textContent ?? '').trim().length > 200;
      },
      undefined,
      { timeout: 20000 },
    );
    // A widget with a preset says so; the notice's words are a chunk of their own, fetched under
    // the same CSP.
    await page.waitForFunction(
      () => {
        const widget = document.querySelector('metodika-sites [slot=preview] > *');
        const presets = ['subject', 'kind', 'audience', 'education-level', 'association', 'tag'];
        if (!presets.some((name) => widget?.hasAttribute(name))) return true;
        return widget.shadowRoot?.querySelector('.preset') !== null;
      },
      undefined,
      { timeout: 20000 },
    );
    const seen = await page.evaluate(() => {
      const sites = document.querySelector('metodika-sites');
      const widget = sites.querySelector('[slot=preview] > *');
      return {
        heading: sites.shadowRoot.querySelector('h1').textContent.trim(),
        lang: document.documentElement.lang,
        title: document.title,
        search: location.search,
        widget: widget.localName,
        widgetDefined: Boolean(customElements.get(widget.localName)),
        widgetText: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        preset: widget.shadowRoot.querySelector('.preset span')?.textContent.trim() ?? null,
        snippet: sites.shadowRoot.querySelector('#code-script').value,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
      };
    });
    return { ...seen, csp: response?.headers()['content-security-policy'] ?? null, problems };
  } finally {
    await browser.close();
  }
}
