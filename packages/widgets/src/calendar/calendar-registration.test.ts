import { expect, html } from '@open-wc/testing';
import './define.ts';
import '../feed/define.ts';
import { json, stubFetch } from '../../../../test/embed/fixtures/make-feed.ts';
import { loaderOptions } from '../base/feed-loader.ts';
import { sendOptions } from '../base/form/form-send.ts';
import { REG_ENDPOINT, registrationFeed } from '../registration/registration.fixtures.ts';
import { RegistrationPage } from '../registration/registration.page.ts';
import type { MetodikaRegistration } from '../registration/registration.ts';
import { forgetAvailability } from '../registration/registration-availability.ts';
import { fresh, mount, resetLoader } from '../test-support/feeds.ts';
import { openPlaces } from '../test-support/registration-places.ts';
import { CalendarPage } from './calendar.page.ts';

// The calendar's details of an event whose list the department's service keeps: places left and
// the sign-up, from code loaded only when such details open.

let gets: string[] = [];
let places: () => Response | Promise<Response>;

beforeEach(() => {
  resetLoader();
  forgetAvailability();
  gets = [];
  places = openPlaces;
  sendOptions.fetch = async (input) => {
    gets.push(String(input));
    return places();
  };
});

afterEach(() => {
  delete sendOptions.fetch;
});

async function calendar(nested = false): Promise<CalendarPage> {
  const src = fresh('registration.json');
  loaderOptions.fetch = stubFetch({ 'registration.json': () => json(registrationFeed()) });
  const template = nested
    ? html`<metodika-feed src=${src}><metodika-calendar today="2031-03-01" view="agenda"></metodika-calendar></metodika-feed>`
    : html`<metodika-calendar src=${src} today="2031-03-01" view="agenda"></metodika-calendar>`;
  const page = await mount(template, CalendarPage, false);
  const el = nested ? page.el.querySelector('metodika-calendar')! : page.el;
  const calendarPage = new CalendarPage(el as CalendarPage['el']);
  await calendarPage.ready();
  return calendarPage;
}

/** The sign-up inside the open details, once its code has arrived and the service answered. */
async function signUpIn(page: CalendarPage): Promise<RegistrationPage> {
  const el = page.detailsDialog.querySelector<MetodikaRegistration>('metodika-registration');
  expect(el, 'no <metodika-registration> in the details').to.exist;
  await customElements.whenDefined('metodika-registration');
  const registration = new RegistrationPage(el!);
  await registration.ready();
  await registration.placesKnown();
  return registration;
}

describe('calendar details with sign-up', () => {
  it('loads nothing of the sign-up until such details open, then shows places and the button', async () => {
    const page = await calendar();
    expect(customElements.get('metodika-registration')).to.equal(undefined);
    await page.openEvent('mk-ext');
    expect(page.detailsDialog.querySelector('metodika-registration')).to.equal(null);
    await page.closeDialog(page.detailsDialog);
    expect(customElements.get('metodika-registration')).to.equal(undefined);
    expect(gets).to.deep.equal([]);

    await page.openEvent('mk-small');
    const registration = await signUpIn(page);
    expect(registration.places).to.contain('Осталось 1 место из 2.');
    expect(registration.placesButton!.textContent!.trim()).to.equal('Записаться');
    expect(gets).to.deep.equal([`${REG_ENDPOINT}/mk-small`]);
    expect(registration.headingText(3)).to.equal('Запись на мероприятие');
    await registration.openForm();
    expect(registration.hasForm).to.be.true;
    await expect(page.el).to.be.accessible();
  });

  it('service down: the details still show everything else and say sign-up is unavailable', async () => {
    places = () => Promise.reject(new TypeError('Failed to fetch'));
    const page = await calendar();
    await page.openEvent('mk-small');
    const registration = await signUpIn(page);
    expect(registration.places).to.contain('Запись сейчас недоступна');
    expect(page.detailsDialog.textContent).to.contain('Скачать .ics');
    await expect(page.el).to.be.accessible();
  });

  it('closed sign-up says why; inside <metodika-feed> the details use its feed', async () => {
    const page = await calendar(true);
    await page.openEvent('mk-off');
    const registration = await signUpIn(page);
    expect(registration.places).to.contain('Мероприятие отменено, запись закрыта.');
    expect(gets).to.deep.equal([]);
    await expect(page.el).to.be.accessible();
  });
});
