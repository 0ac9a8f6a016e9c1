/// <reference path="../packages/widgets/src/test-globals.d.ts" />
/**
 * The console with 1,000 requests (a real service, world "bench", see
 * test/console/console-plugin.mjs): sign-in → the list painted, and a filter change → the list
 * repainted, in ms (median of 5, each measured to the frame after the rows are in the DOM).
 * Printed, never asserted:
 *
 *   pnpm exec web-test-runner --config web-test-runner.config.mjs --files bench/console-list.bench.ts
 */
import { helper, openConsole } from '../test/console/console.page.ts';

const WORLD = 'bench';
const ADMIN = { email: 'bench@console.test', name: 'Замер', password: 'пароль для замера списка' };
const TOPICS = ['attestation', 'gia', 'fgos-foop', 'profile', 'inclusion'];

const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('sign-in → 1,000 requests listed; a filter change', async function (this: {
  timeout(ms: number): void;
}) {
  this.timeout(600000);
  await helper(WORLD, 'account', { ...ADMIN, role: 'administrator' });
  for (let start = 1; start <= 1000; start += 100) {
    const overrides: Record<string, unknown> = {};
    for (let i = start; i < start + 100; i++) overrides[i] = { topic: TOPICS[i % TOPICS.length] };
    await helper(WORLD, 'requests', { count: 100, start, overrides });
  }
  const signIn: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < 5; run++) {
    await fetch('/admin/api/session')
      .then((r) => r.json())
      .then(({ csrfToken }) =>
        fetch('/admin/api/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } }),
      );
    const c = await openConsole(WORLD, '#/requests');
    await c.untilHeading('Вход');
    await c.fill('E-mail', ADMIN.email);
    await c.fill('Пароль', ADMIN.password);
    const rows = () => c.page?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
    let t0 = performance.now();
    c.button('Войти').click();
    await c.until(() => rows() === 50 && c.text().includes('1 000'), 'the list');
    await painted();
    signIn.push(performance.now() - t0);

    t0 = performance.now();
    await c.choose('Тема', 'Подготовка к ГИА');
    await c.until(() => c.text().includes('Показаны: 200 заявок'), 'filtered');
    await painted();
    filter.push(performance.now() - t0);
    c.remove();
  }
  console.log(
    `console, 1,000 requests: sign-in → list painted ${median(signIn).toFixed(0)} ms ` +
      `(${signIn.map((v) => v.toFixed(0)).join(', ')}); filter change ${median(filter).toFixed(0)} ms ` +
      `(${filter.map((v) => v.toFixed(0)).join(', ')})`,
  );
});
