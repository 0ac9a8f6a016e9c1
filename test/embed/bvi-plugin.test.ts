/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The real bvi plugin (npm `bvi`) switched on by a click and driven through its own panel.
 * bvi keeps its state in cookies scoped to `location.host`, which browsers refuse on
 * `localhost:8000` (a port in a cookie domain); a tiny in-memory cookie jar stands in for them.
 */
import { aTimeout, expect } from '@open-wc/testing';
import '../../packages/widgets/src/index.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import { colours } from './bvi.test.ts';

function cookieJar(): void {
  const jar = new Map<string, string>();
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    set: (value: string) => {
      const [pair = '', ...attributes] = value.split(';');
      const [name = '', ...rest] = pair.split('=');
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/.test(a));
      if (expired) jar.delete(name.trim());
      else jar.set(name.trim(), rest.join('='));
    },
  });
}

function load(tag: 'script' | 'link', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) el.src = url;
    else if (el instanceof HTMLLinkElement) {
      el.rel = 'stylesheet';
      el.href = url;
    }
    el.addEventListener('load', () => resolve());
    el.addEventListener('error', () => reject(new Error(url)));
    document.head.append(el);
  });
}

describe('the real bvi plugin', () => {
  it('switching it on and picking schemes in its panel restyles the widget inside', async () => {
    cookieJar();
    await load('link', '/node_modules/bvi/dist/css/bvi.min.css');
    await load('script', '/node_modules/bvi/dist/js/bvi.min.js');
    const open = document.createElement('a');
    open.href = '#';
    open.className = 'bvi-open';
    open.textContent = 'Версия для слабовидящих';
    const el = document.createElement('metodika-calendar') as MetodikaCalendar;
    el.setAttribute('src', '/demo/feeds/amur.json');
    el.setAttribute('today', '2026-11-23');
    el.setAttribute('view', 'month');
    document.body.append(open, el);
    await new CalendarPage(el).ready();
    const Bvi = (window as unknown as { isvek: { Bvi: new (options?: object) => unknown } }).isvek
      .Bvi;
    new Bvi({ speech: false });
    open.click();
    await aTimeout(50);
    expect(document.querySelector('.bvi-body')).to.exist;
    expect(el.closest('.bvi-body')).to.exist;
    await el.updateComplete;
    // bvi's default scheme is white: black text on white, inside the shadow root too.
    expect(colours(el).root).to.equal('rgb(255, 255, 255)');

    (document.querySelector('.bvi-theme-black') as HTMLElement).click();
    await aTimeout(50);
    await el.updateComplete;
    expect(colours(el)).to.include({
      root: 'rgb(0, 0, 0)',
      text: 'rgb(255, 255, 255)',
      cellBorder: 'rgb(255, 255, 255)',
    });

    (document.querySelector('.bvi-fontSize-plus') as HTMLElement).click();
    await aTimeout(50);
    await el.updateComplete;
    expect(colours(el).fontSize).to.equal('17px');

    (document.querySelector('[data-bvi="close"]') as HTMLElement).click();
    await aTimeout(50);
    await el.updateComplete;
    expect(document.querySelector('.bvi-body')).to.be.null;
    expect(colours(el).root).to.equal('rgb(255, 255, 255)');
  });
});
