/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * Two one-widget scripts on one page, the way a school that first embedded the calendar and
 * later added the practice feed ends up: two module scripts, each with its own copy of Lit, the
 * loader and `<metodika-feed>`. Needs `pnpm --filter @metodika/widgets build:bundle` first.
 */
import { expect } from '@open-wc/testing';
import { loadDist, mount, shadowText, until } from './page.ts';

const TAGS = [
  'metodika-feed',
  'metodika-calendar',
  'metodika-associations',
  'metodika-practices',
  'metodika-consultation',
];

async function loadScript(file: string): Promise<void> {
  await loadDist(file, 'pnpm --filter @metodika/widgets build:bundle');
}

const defined = () => TAGS.filter((tag) => customElements.get(tag));

describe('one-widget bundles together on one page', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    await loadScript('metodika-calendar.js');
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the calendar file defines only the calendar and the feed provider', () => {
    expect(defined()).to.deep.equal(['metodika-feed', 'metodika-calendar']);
  });

  it('the practices file loads next to it without throwing and adds only its widget', async () => {
    const provider = customElements.get('metodika-feed');
    await loadScript('metodika-practices.js');
    expect(defined()).to.deep.equal(['metodika-feed', 'metodika-calendar', 'metodika-practices']);
    // The first script's provider stays; the second one found the tag taken.
    expect(customElements.get('metodika-feed')).to.equal(provider);
  });

  it('both widgets render from their own src', async () => {
    const host = mount(`
      <metodika-calendar src="/demo/feeds/amur.json" today="2026-11-23" view="agenda"></metodika-calendar>
      <metodika-practices src="/demo/feeds/amur.json"></metodika-practices>`);
    const calendar = host.querySelector('metodika-calendar')!;
    const practices = host.querySelector('metodika-practices')!;
    await until(
      () =>
        shadowText(calendar).includes('Школа молодого педагога') &&
        shadowText(practices).includes('Методические десанты в отдалённые сёла'),
      'both widgets',
    );
    await expect(practices).to.be.accessible();
    host.remove();
  });

  it("the practices widget takes its feed from the calendar file's <metodika-feed>", async () => {
    const host = mount(`<metodika-feed src="/demo/feeds/kuznetsk.json">
        <metodika-calendar today="2026-11-23" view="agenda"></metodika-calendar>
        <metodika-practices></metodika-practices>
      </metodika-feed>`);
    const calendar = host.querySelector('metodika-calendar')!;
    const practices = host.querySelector('metodika-practices')!;
    await until(
      () =>
        shadowText(calendar).includes('ГИА-2027') &&
        shadowText(practices).includes('Формирующее оценивание в начальной школе'),
      'both widgets inside the provider',
    );
    // One request for the shared feed, although two copies of the loader are on the page.
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/demo/feeds/kuznetsk.json'));
    expect(requests.length).to.equal(1);
    host.remove();
  });

  it('nothing threw', () => {
    expect(errors).to.deep.equal([]);
  });
});
