import { parseArgs } from 'node:util';
import { runWithStore } from './cli.ts';

const USAGE = `Отзыв согласия: удаляет все заявки человека.
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
    const deleted = await store.deleteByContact({
      ...(values.email ? { email: values.email } : {}),
      ...(values.phone ? { phone: values.phone } : {}),
    });
    console.log(`Удалено заявок: ${deleted}`);
  });
}
