import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { runWithStore } from './cli.ts';
import { loadConfig } from './config.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { audit } from './repos/audit.ts';
import { links } from './repos/links.ts';
import { sessions } from './repos/sessions.ts';
import { ROLES, type Role, users } from './repos/users.ts';
import { consoleLink, INVITE_TTL_MS } from './routes/admin/administration.ts';
import { passwordMessage } from './routes/admin/session.ts';
import { hashPassword, passwordProblem } from './security/passwords.ts';

const USAGE = `Учётные записи консоли / Console accounts
  pnpm --filter @metodika/inbox user add --email E --name "Имя" --role administrator|editor|methodist
        [--scope all|own] [--person <id человека в ленте>] [--password-stdin]
  pnpm --filter @metodika/inbox user list

Без --password-stdin печатается одноразовая ссылка (72 ч), по которой человек сам задаёт пароль.
С --password-stdin пароль читается из стандартного ввода; для существующего e-mail он заменяется.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string' },
    person: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

const command = positionals[0];
const role = values.role as Role | undefined;
const problems = [
  command === 'add' && !values.email && '--email is required',
  command === 'add' && !values.name && '--name is required',
  command === 'add' && !ROLES.includes(role as Role) && `--role must be one of ${ROLES.join(', ')}`,
  values.scope && !['all', 'own'].includes(values.scope) && '--scope must be all or own',
].filter(Boolean);

if (values.help || !['add', 'list'].includes(command ?? '') || problems.length) {
  for (const problem of problems) console.error(problem);
  console.log(USAGE);
  process.exitCode = values.help ? 0 : 2;
} else {
  await runWithStore(async (store) => {
    const db = store.db;
    const now = new Date();
    if (command === 'list') {
      for (const u of await users.list(db, DEFAULT_DEPARTMENT)) {
        console.log(
          `${u.id}\t${u.email}\t${u.name}\t${u.role}\t${u.scope}${u.disabled ? '\tdisabled' : ''}`,
        );
      }
      return;
    }
    const email = values.email!;
    let hash: string | null = null;
    if (values['password-stdin']) {
      const password = (await text(process.stdin)).replace(/\r?\n$/, '');
      const problem = passwordProblem(password, email);
      if (problem) {
        console.error(passwordMessage(problem, 'ru'));
        process.exitCode = 2;
        return;
      }
      hash = await hashPassword(password);
    }
    const actor = { id: null, name: 'CLI' };
    const result = await db.tx(async (q) => {
      const existing = await users.byEmail(q, email);
      if (existing) {
        if (hash) {
          await users.setPassword(q, existing.id, hash, now);
          await sessions.destroyAllFor(q, existing.id);
        }
        await users.update(
          q,
          existing.id,
          {
            name: values.name!,
            role: role!,
            ...(values.scope ? { scope: values.scope as 'all' | 'own' } : {}),
            ...(values.person ? { personId: values.person } : {}),
          },
          now,
        );
        await audit.record(
          q,
          {
            departmentId: existing.departmentId,
            actor,
            action: 'account.update',
            target: existing.email,
          },
          now,
        );
        return { user: existing, created: false };
      }
      const user = await users.create(
        q,
        {
          departmentId: DEFAULT_DEPARTMENT,
          email,
          name: values.name!,
          role: role!,
          scope: (values.scope as 'all' | 'own' | undefined) ?? 'all',
          personId: values.person ?? null,
          passwordHash: hash,
        },
        now,
      );
      await audit.record(
        q,
        {
          departmentId: user.departmentId,
          actor,
          action: 'account.create',
          target: user.email,
          details: { role: user.role },
        },
        now,
      );
      return { user, created: true };
    });
    console.log(
      `${result.created ? 'Создана' : 'Обновлена'} учётная запись ${result.user.email} (${role}).`,
    );
    if (!hash) {
      const token = await db.tx((q) =>
        links.create(
          q,
          {
            purpose: result.created ? 'invite' : 'reset',
            departmentId: result.user.departmentId,
            userId: result.user.id,
            ttlMs: INVITE_TTL_MS,
          },
          now,
        ),
      );
      console.log(
        `Одноразовая ссылка для пароля (72 ч): ${consoleLink({ config: loadConfig(process.env) }, `link/${token}`)}`,
      );
    }
  });
}
