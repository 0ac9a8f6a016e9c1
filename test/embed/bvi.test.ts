/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * The bvi "version for the visually impaired" plugin: the widget follows its scheme, font size
 * and spacing inside the shadow root, live. Attributes driven on a `.bvi-body` wrapper here; the
 * real plugin in bvi-plugin.test.ts.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/index.ts';
import '../../packages/widgets/src/registration/define.ts';
import { loaderOptions } from '../../packages/widgets/src/base/feed-loader.ts';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import type { MetodikaElement } from '../../packages/widgets/src/base/metodika-element.ts';
import { CalendarPage } from '../../packages/widgets/src/calendar/calendar.page.ts';
import type { MetodikaCalendar } from '../../packages/widgets/src/calendar/calendar.ts';
import {
  REG_ENDPOINT,
  registrationFeed,
} from '../../packages/widgets/src/registration/registration.fixtures.ts';
import { RegistrationPage } from '../../packages/widgets/src/registration/registration.page.ts';
import { forgetAvailability } from '../../packages/widgets/src/registration/registration-availability.ts';
import { fresh } from '../../packages/widgets/src/test-support/feeds.ts';
import { openPlaces } from '../../packages/widgets/src/test-support/registration-places.ts';
import { WidgetPage } from '../../packages/widgets/src/test-support/widget.page.ts';
import { json, stubFetch } from './fixtures/make-feed.ts';

/** Computed colours of the parts bvi cannot reach: the widget's surface, text, and a day cell. */
export function colours(el: MetodikaCalendar): {
  root: string;
  text: string;
  cellBorder: string;
  fontSize: string;
} {
  const page = new CalendarPage(el);
  const cell = page.firstCell!;
  const style = getComputedStyle(page.wrapper);
  return {
    root: style.backgroundColor,
    text: style.color,
    cellBorder: getComputedStyle(cell).borderTopColor,
    fontSize: style.fontSize,
  };
}

describe('following bvi', () => {
  it('applies the scheme, font size and spacing, and follows changes live', async () => {
    const wrapper =
      await fixture<HTMLDivElement>(html`<div class="bvi-body" data-bvi-theme="black" data-bvi-fontsize="24">
      <metodika-calendar src="/demo/feeds/kuznetsk.json" today="2026-11-23" view="month"></metodika-calendar>
    </div>`);
    const el = wrapper.querySelector('metodika-calendar')!;
    await new CalendarPage(el).ready();
    expect(colours(el)).to.deep.equal({
      root: 'rgb(0, 0, 0)',
      text: 'rgb(255, 255, 255)',
      cellBorder: 'rgb(255, 255, 255)',
      fontSize: '24px',
    });
    await expect(el).to.be.accessible();

    wrapper.setAttribute('data-bvi-theme', 'blue');
    wrapper.setAttribute('data-bvi-letterspacing', 'big');
    wrapper.setAttribute('data-bvi-lineheight', 'average');
    await aTimeout(0);
    await el.updateComplete;
    expect(colours(el).root).to.equal('rgb(157, 209, 255)');
    expect(colours(el).text).to.equal('rgb(6, 52, 98)');
    const root = getComputedStyle(new CalendarPage(el).wrapper);
    expect(root.letterSpacing).to.equal('4px');
    expect(root.lineHeight).to.equal('48px');
    await expect(el).to.be.accessible();

    for (const name of [
      'data-bvi-theme',
      'data-bvi-fontsize',
      'data-bvi-letterspacing',
      'data-bvi-lineheight',
    ]) {
      wrapper.removeAttribute(name);
    }
    await aTimeout(0);
    await el.updateComplete;
    expect(colours(el).root).to.equal('rgb(255, 255, 255)');
  });
});

const SCHEMES: Record<string, [string, string]> = {
  white: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
  black: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
  blue: ['rgb(6, 52, 98)', 'rgb(157, 209, 255)'],
  brown: ['rgb(77, 75, 67)', 'rgb(247, 243, 214)'],
  green: ['rgb(169, 228, 77)', 'rgb(59, 39, 22)'],
};
/** bvi's largest font size. */
const LARGEST = 39;

/** Every element of a widget that shows text of its own. */
function textElements(page: WidgetPage): HTMLElement[] {
  return page.allElements.filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      [...el.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
      ) &&
      el.getClientRects().length > 0 &&
      !el.closest('.vh'),
  );
}

/**
 * Form controls a person types in or picks from: what they show is no text node. The honeypot
 * (off screen, for bots) is no one's to read.
 */
function controls(page: WidgetPage): HTMLElement[] {
  return page.allElements.filter(
    (el): el is HTMLElement =>
      ((el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden'].includes(el.type)) ||
        el instanceof HTMLTextAreaElement ||
        el instanceof HTMLSelectElement) &&
      !el.closest('.hp'),
  );
}

/**
 * The registration's feed (an event far ahead whose list the service keeps) and a service that
 * says places are open, so its form can be opened.
 */
function registrationService(): string {
  const src = fresh('registration.json');
  loaderOptions.fetch = stubFetch({ 'registration.json': () => json(registrationFeed()) });
  forgetAvailability();
  sendOptions.fetch = async (input) => {
    expect(String(input)).to.equal(`${REG_ENDPOINT}/mk-small`);
    return openPlaces();
  };
  return src;
}

describe('every widget under every bvi scheme at the largest font', () => {
  afterEach(() => {
    delete loaderOptions.fetch;
    delete sendOptions.fetch;
    sessionStorage.clear();
  });

  for (const [scheme, [fg, bg]] of Object.entries(SCHEMES)) {
    it(`${scheme}: every text in the scheme's two colours and at least ${LARGEST}px`, async () => {
      const registration = registrationService();
      const wrapper = await fixture<HTMLDivElement>(html`<div
        class="bvi-body"
        data-bvi-theme=${scheme}
        data-bvi-fontsize=${LARGEST}
      >
        <metodika-calendar src="/demo/feeds/kuznetsk.json" today="2026-11-23" view="agenda"></metodika-calendar>
        <metodika-calendar src="/demo/feeds/kuznetsk.json" today="2026-11-23" view="month"></metodika-calendar>
        <metodika-associations src="/demo/feeds/kuznetsk.json" today="2026-11-23"></metodika-associations>
        <metodika-practices src="/demo/feeds/kuznetsk.json"></metodika-practices>
        <metodika-consultation src="/demo/feeds/kuznetsk.json"></metodika-consultation>
        <metodika-registration src=${registration} event="mk-small"></metodika-registration>
      </div>`);
      const pages = [...wrapper.children].map((el) => new WidgetPage(el as MetodikaElement));
      for (const page of pages) await page.ready();
      // The registration's form with its fields, the submit button and the errors of an empty send.
      const signUp = new RegistrationPage(wrapper.querySelector('metodika-registration')!);
      await signUp.openForm();
      await signUp.submit();
      expect(signUp.error('name')).to.not.equal('');
      expect(signUp.submitButton).to.not.equal(null);
      const wrong: string[] = [];
      for (const page of pages) {
        const el = page.el;
        for (const text of textElements(page)) {
          const style = getComputedStyle(text);
          const what = `<${el.localName}> ${text.localName}.${text.className} «${text.textContent!.trim().slice(0, 30)}»`;
          if (style.color !== fg && style.color !== bg)
            wrong.push(`${what}: colour ${style.color}`);
          if (Number.parseFloat(style.fontSize) < LARGEST) wrong.push(`${what}: ${style.fontSize}`);
        }
        for (const control of controls(page)) {
          const style = getComputedStyle(control);
          const what = `<${el.localName}> ${control.localName}#${control.id}`;
          if (style.color !== fg && style.color !== bg)
            wrong.push(`${what}: colour ${style.color}`);
          if (style.backgroundColor !== fg && style.backgroundColor !== bg)
            wrong.push(`${what}: background ${style.backgroundColor}`);
          if (Number.parseFloat(style.fontSize) < LARGEST) wrong.push(`${what}: ${style.fontSize}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
