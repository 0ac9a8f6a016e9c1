// Debian's Chromium (apt `chromium`), launched the same way by every tool here: the browser
// tests, the Storybook smoke test, the screenshots and the benchmarks. Nothing downloads a
// browser of its own; CHROME_PATH points elsewhere when a machine keeps it elsewhere.

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (root in CI), no GPU, and no background traffic: the tests must stay offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's `chromium.launch()` options. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
