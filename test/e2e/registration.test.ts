/// <reference path="../../packages/widgets/src/test-globals.d.ts" />
/**
 * <metodika-registration> in Chromium against the real department's service (packages/inbox,
 * started by the test run's inboxPlugin with INBOX_FEED = test/e2e/registration-feed.json and a
 * temp SQLite file; only this page's origin may post; see registration-service.ts). The feed
 * names an https endpoint; the test's fetch seam sends the same requests to the local service,
 * so places left, CORS, validation, capacity, the waiting list and the duplicate check are real.
 */
import { expect } from '@open-wc/testing';
import '../../packages/widgets/src/registration/define.ts';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import { REG_ENDPOINT } from '../../packages/widgets/src/registration/registration.fixtures.ts';
import { forgetAvailability } from '../../packages/widgets/src/registration/registration-availability.ts';
import { useRegistrationService } from './registration-hooks.ts';
import { form, placesOf, reg, route, signUpDirectly } from './registration-service.ts';

useRegistrationService();

describe('registration → real service', () => {
  it('signs up: places from the service, confirmed, the count goes down', async () => {
    const page = await form('mk-small');
    expect(page.places).to.contain('Осталось 2 места из 2.');
    await expect(page.el).to.be.accessible();
    await page.signUp({ 'q-years': '7' });
    expect(page.success!.textContent).to.contain('Вы записаны');
    await expect(page.el).to.be.accessible();
    expect(await placesOf('mk-small')).to.include({ confirmed: 1, waiting: 0, state: 'open' });
  });

  it('sending fails, the draft is kept, the retry (same key, answer lost once) is stored once', async () => {
    let lost = false;
    sendOptions.fetch = async (input, init) => {
      const url = String(input).replace(REG_ENDPOINT, reg.service);
      if (init?.method !== 'POST') return fetch(url, init);
      if (!lost) {
        // Stored by the service, but the answer never reaches the page.
        lost = true;
        await fetch(url, init);
        throw new TypeError('network changed');
      }
      return fetch(url, init);
    };
    const page = await form('mk-small');
    await page.signUp({ name: 'Петров Пётр Петрович', email: 'petrov@school1.example' });
    expect(page.problem!.textContent).to.contain('сохранено');
    await expect(page.el).to.be.accessible();
    page.el.remove();
    const again = await form('mk-small');
    await again.openForm();
    expect(again.control('email').value).to.equal('petrov@school1.example');
    await again.tickConsent();
    await again.submit();
    await again.sent();
    expect(again.success!.textContent).to.contain('Вы записаны');
    expect(await placesOf('mk-small')).to.include({ confirmed: 2, waiting: 0, state: 'waitlist' });
  });

  it('no places left: the waiting list, with the position', async () => {
    const page = await form('mk-small');
    expect(page.places).to.contain('Свободных мест нет.');
    expect(page.placesButton!.textContent!.trim()).to.equal('Встать в лист ожидания');
    await expect(page.el).to.be.accessible();
    await page.signUp({ name: 'Сидорова Анна', email: 'sidorova@school1.example' });
    expect(page.success!.textContent).to.contain('Вы в листе ожидания');
    expect(page.success!.textContent).to.contain('Ваш номер в очереди: 1.');
    await expect(page.el).to.be.accessible();
    expect(await placesOf('mk-small')).to.include({ confirmed: 2, waiting: 1 });
  });

  it('the same e-mail again: the service’s message at the e-mail field', async () => {
    const page = await form('mk-small');
    await page.signUp();
    expect(page.error('email')).to.match(/уже/);
    expect(page.focused).to.equal(page.control('email'));
    await expect(page.el).to.be.accessible();
    expect(await placesOf('mk-small')).to.include({ confirmed: 2, waiting: 1 });
  });

  it('English: the service answers in English', async () => {
    const page = await form('mk-small', 'en');
    expect(page.places).to.contain('No places left.');
    await page.signUp();
    expect(page.error('email')).to.match(/already/i);
    await expect(page.el).to.be.accessible();
  });

  for (const [event, state, text] of [
    ['mk-late', 'deadline', 'Запись закрыта: срок записи истёк.'],
    ['mk-off', 'cancelled', 'Мероприятие отменено, запись закрыта.'],
    ['mk-past', 'past', 'Мероприятие уже началось, запись закрыта.'],
  ] as const) {
    it(`closed (${state}): the widget and the service agree`, async () => {
      expect((await placesOf(event)).state).to.equal(state);
      const page = await form(event);
      expect(page.places).to.contain(text);
      expect(page.placesButton).to.equal(null);
      await expect(page.el).to.be.accessible();
    });
  }

  it('the last place taken while the form was open: full, no waiting list', async () => {
    const page = await form('mk-nowait');
    expect(page.places).to.contain('Осталось 1 место из 1.');
    await page.openForm();
    // Someone else takes the place meanwhile.
    const other = await signUpDirectly('mk-nowait', {
      name: 'Кузнецова Ольга',
      email: 'kuznetsova@school1.example',
    });
    expect(other.status).to.equal(201);
    await page.signUp();
    expect(page.hasForm).to.be.false;
    expect(page.text).to.match(/мест/i);
    expect(page.places).to.contain('лист ожидания не ведётся');
    await expect(page.el).to.be.accessible();
    forgetAvailability();
    const later = await form('mk-nowait');
    expect(later.places).to.contain('Свободных мест нет, лист ожидания не ведётся.');
    await expect(later.el).to.be.accessible();
  });

  it('service down: the widget renders and says sign-up is unavailable; 500 the same', async () => {
    route({ down: true });
    const page = await form('mk-free');
    expect(page.places).to.contain('Запись сейчас недоступна');
    await expect(page.el).to.be.accessible();
    sendOptions.fetch = async () => new Response('{"error":"internal"}', { status: 500 });
    forgetAvailability();
    const failing = await form('mk-free');
    expect(failing.places).to.contain('Запись сейчас недоступна');
    route();
    failing.placesButton!.click();
    await failing.placesKnown();
    expect(failing.places).to.contain('Запись открыта.');
  });
});
