/**
 * The built script on a site whose Content-Security-Policy forbids inline styles and scripts
 * (`style-src 'self'; script-src 'self'`): the widgets render, bvi's settings still apply, and
 * the browser reports no violation. Needs `pnpm --filter @metodika/widgets build` first.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until } from './page.ts';

type ProbedWindow = Window & { cspViolations: string[] };

const TAGS = [
  'metodika-calendar',
  'metodika-associations',
  'metodika-practices',
  'metodika-consultation',
];

describe('a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openFrame('/test/embed/fixtures/csp/page.html', 1000, 800);
  });
  after(() => frame.remove());

  it('every widget renders its data with no violation reported', async () => {
    const doc = frame.contentDocument!;
    const ready = () =>
      TAGS.every(
        (tag) =>
          doc.querySelector(tag)?.shadowRoot?.querySelector('.root [aria-busy="true"]') === null &&
          (doc.querySelector(tag)?.shadowRoot?.querySelector('.root')?.textContent ?? '').trim()
            .length > 50,
      );
    await until(ready, 'four widgets with data', 8000);
    const calendar = doc.querySelector('metodika-calendar')!.shadowRoot!;
    expect(calendar.querySelector('.grid')).to.exist;
    // bvi's font size reaches inside through the CSSOM.
    const root = calendar.querySelector<HTMLElement>('.root')!;
    expect(frame.contentWindow!.getComputedStyle(root).fontSize).to.equal('24px');
    expect((frame.contentWindow as ProbedWindow).cspViolations).to.deep.equal([]);
  });

  it('the probe sees a violation when there is one', async () => {
    const win = frame.contentWindow as ProbedWindow;
    const before = win.cspViolations.length;
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await until(() => win.cspViolations.length > before, 'the violation event');
    expect(win.cspViolations.at(-1)).to.match(/^style-src/);
  });
});
