/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The built console (`pnpm --filter @metodika/console run build`, as test:browser runs it first)
 * served by the service itself at /admin/ with its real CSP, opened in a separate Chromium by
 * the test server (console-plugin.mjs): it must paint its login with no CSP violation or error,
 * load its stylesheet and scripts relative to /admin/, and fit a 360 px phone.
 */
import { expect } from '@open-wc/testing';

interface Built {
  heading: string;
  bodyMargin: string;
  overflow: number;
  scripts: string[];
  csp: string | null;
  problems: string[];
}

const open = async (width: number) =>
  (await (await fetch(`/__console/built/built?width=${width}`)).json()) as Built;

describe('console: the built app under the service’s CSP', () => {
  it('paints the login at /admin/ with no CSP violation, at desktop and phone width', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    for (const width of [1280, 360]) {
      const seen = await open(width);
      expect(seen.csp, 'the service sent its CSP').to.contain("script-src 'self'");
      expect(seen.problems, `no CSP violation or error at ${width}px`).to.deep.equal([]);
      expect(seen.heading).to.equal('Вход');
      expect(seen.bodyMargin, 'page.css applied').to.equal('0px');
      expect(seen.scripts.every((src) => src.startsWith('./assets/'))).to.equal(true);
      expect(seen.overflow, `no sideways scrolling at ${width}px`).to.be.at.most(0);
    }
  });
});
