// Browser tests run in Debian's Chromium through Playwright; nothing downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { assemble } from './demo/site-layout.mjs';
import { consoleServer } from './test/console/console-plugin.mjs';
import { inboxPlugin } from './test/e2e/inbox-plugin.mjs';
import { chromiumLaunchOptions } from './test/support/chromium.mjs';

// The console's tests: /admin/api/* proxied to real packages/inbox processes, one per test file.
const consoleService = consoleServer();

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  files: [
    'packages/*/test/**/*.browser.test.ts',
    'packages/widgets/src/**/*.test.ts',
    'test/**/*.test.ts',
  ],
  middleware: [consoleService.middleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/widgets/tsconfig.json' }),
    // A real packages/inbox for test/e2e/consultation*.test.ts, started on first use.
    inboxPlugin(),
    // Another, keeping the lists of test/e2e/registration-feed.json's events (registration*.test.ts).
    inboxPlugin({ route: '/__inbox-registration', feed: 'test/e2e/registration-feed.json' }),
    consoleService.plugin,
    // The demo pages (test/embed/demo.test.ts) with the site's chrome, as `npm run demo` serves them.
    {
      name: 'metodika-demo-site-layout',
      async transform(context) {
        const page = /^\/demo\/([a-z-]+)\.html$/.exec(context.path)?.[1];
        // Not cached: an edit to demo/partials/ does not touch the page's own file.
        if (page) return { body: await assemble(context.body, page), transformCache: false };
      },
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
      // Dates in tests are checked against a zone different from the feeds' (Asia/Vladivostok).
      createBrowserContext: ({ browser }) =>
        browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'ru-RU' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
