import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { runWithStore } from './cli.ts';
import { loadConfig } from './config.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { departmentFeed } from './department-feed.ts';
import { loggerOptions } from './logger.ts';
import { mailTransport } from './notify.ts';
import { withdrawConsent } from './person-data.ts';
import { registrationMailer } from './registration/mailer.ts';
import { contactKeys } from './store/row.ts';

const USAGE = `Отзыв согласия: удаляет всё, что сервис хранит о человеке (заявки с историей и письмами,
записи на мероприятия; освободившееся место переходит к первому в листе ожидания).
  pnpm --filter @metodika/inbox withdraw --email x@y.ru [--phone "+7 912 345-67-89"]`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    phone: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (values.help || (!values.email && !values.phone)) {
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 2;
} else {
  await runWithStore(async (store) => {
    const config = loadConfig(process.env);
    const keys = contactKeys({
      ...(values.email ? { email: values.email } : {}),
      ...(values.phone ? { phone: values.phone } : {}),
    });
    if (!keys.email && !keys.phone) {
      console.error('Ни e-mail, ни телефон не похожи на контакт: ничего не удалено.');
      process.exitCode = 2;
      return;
    }
    // The service's own log settings (personal fields redacted), to stderr beside the summary.
    const log = Fastify({ logger: loggerOptions(config.logLevel, process.stderr) }).log;
    // The events' places come from the department's feed, as the running service reads it.
    const feed = departmentFeed(config, store.db, (error) =>
      log.warn({ event: 'feed.unreadable', err: String(error) }, 'feed unavailable'),
    );
    await feed.refresh();
    feed.stop();
    const at = new Date();
    const erased = await store.db.tx((q) =>
      withdrawConsent(q, {
        departmentId: DEFAULT_DEPARTMENT,
        keys,
        feed: feed.feed(),
        actor: { id: null, name: 'CLI' },
        at,
      }),
    );
    const mail = registrationMailer(
      { db: store.db, transport: mailTransport(config), config, now: () => at },
      log,
    );
    let told = 0;
    for (const { kept, registration } of erased.promoted) {
      if (await mail.tellPromoted(kept, registration)) told += 1;
    }
    console.log(
      `Удалено заявок: ${erased.requests}, записей на мероприятия: ${erased.registrations}`,
    );
    if (erased.promoted.length) {
      console.log(
        `Из листа ожидания на освободившиеся места: ${erased.promoted.length}, письма отправлены: ${told}`,
      );
    }
  });
}
