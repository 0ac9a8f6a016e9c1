import { type Lang, type Problem, parseFeed } from '@metodika/feed';
import {
  buildFeedFromCsv,
  buildFeedFromTables,
  type CsvBuild,
  type CsvProblem,
  formatLocation,
} from '@metodika/feed/exports';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { diffFeeds } from '../../content/diff.ts';
import { fetchPublicText, PublicFetchError } from '../../content/fetch-public.ts';
import { eventsFromICalendar } from '../../content/ics-import.ts';
import { content } from '../../content/repo.ts';
import { siteZip } from '../../content/site-zip.ts';
import { feedToWorkbook, WorkbookTooLargeError, workbookToTables } from '../../content/workbook.ts';
import { errorBody } from '../../messages.ts';
import { requireStaff } from '../../plugins/staff-auth.ts';
import {
  type AdminContext,
  departmentOf,
  fieldError,
  parseBody,
  recordStaffAction,
  say,
} from './context.ts';

/** Feeds are larger than a consultation request: a district's year fits well within this. */
export const CONTENT_BODY_LIMIT = 5 * 1024 * 1024;

const documentSchema = z.record(z.string(), z.unknown());
const draftBody = z.object({ document: documentSchema, revision: z.int().check(z.nonnegative()) });
const importBody = z.object({
  document: documentSchema,
  dryRun: z.boolean(),
  revision: z.int().check(z.nonnegative()),
});
const publishBody = z.object({ note: z.optional(z.string().check(z.maxLength(500))) });
const base64 = z.string().check(z.maxLength(CONTENT_BODY_LIMIT), z.regex(/^[A-Za-z0-9+/=\s]*$/));
const workbookBody = z.object({
  file: base64,
  dryRun: z.boolean(),
  revision: z.int().check(z.nonnegative()),
});
const icsBody = z.object({
  file: z.optional(base64),
  url: z.optional(z.string().check(z.maxLength(2000), z.regex(/^(https?|webcal):\/\//i))),
  dryRun: z.boolean(),
  revision: z.int().check(z.nonnegative()),
});
const csvBody = z.object({
  files: z
    .array(z.object({ name: z.string().check(z.maxLength(100)), content: base64 }))
    .check(z.maxLength(20)),
  dryRun: z.boolean(),
  revision: z.int().check(z.nonnegative()),
});

/** A spreadsheet problem located the way the person sees it: sheet (or file), row, column. */
function located(problems: CsvProblem[], lang: Lang, sheets: boolean) {
  return problems.map((p) => {
    const table = sheets ? p.file.replace(/\.csv$/, '') : p.file;
    const where = formatLocation(p, lang, { sheets });
    return {
      table,
      row: p.row ?? null,
      column: p.column ?? p.field ?? null,
      path: p.path ?? null,
      severity: p.severity,
      code: p.code,
      message: `${where}: ${p.message}`,
    };
  });
}

/** Problems as the console shows them: where, what, how bad. */
const report = (problems: Problem[]) =>
  problems.map((p) => ({ path: p.path, message: p.message, severity: p.severity, code: p.code }));

/** Strict validation of a whole feed (the CLI's): unknown fields are reported too. */
function validate(document: unknown, lang: Lang) {
  const result = parseFeed(document, { mode: 'strict', lang });
  return { ok: result.ok && result.feed !== null, problems: report(result.problems) };
}

/** Why an editor's calendar link did not load, in Russian and English, each with what to do. */
const URL_PROBLEMS = {
  address: [
    'Эта ссылка ведёт во внутреннюю сеть, а сервис загружает календари только из интернета. Укажите общедоступную ссылку или скачайте файл .ics и загрузите его.',
    'This link leads into a private network; the service loads calendars from the internet only. Give a public link, or download the .ics file and upload it.',
  ],
  'too-large': [
    'Календарь по этой ссылке больше 5 МБ. Скачайте файл .ics, оставьте в нём нужные мероприятия и загрузите его.',
    'The calendar at this link is larger than 5 MB. Download the .ics file, keep the events you need and upload it.',
  ],
  other: [
    'Календарь по этой ссылке не загрузился. Проверьте, что ссылка открывается в браузере и календарь общедоступен, или скачайте файл .ics и загрузите его.',
    'The calendar at this link did not load. Check that the link opens in a browser and the calendar is public, or download the .ics file and upload it.',
  ],
} as const;

/** The draft, import of a feed.json, publishing, versions, diff and rollback (editors and administrators). */
export async function contentRoutes(app: FastifyInstance, ctx: AdminContext): Promise<void> {
  const { db, now } = ctx;
  const guard = { preHandler: requireStaff('editor', 'administrator') };
  const large = { ...guard, bodyLimit: CONTENT_BODY_LIMIT };
  const who = (request: FastifyRequest) => request.staff!.user.name;
  const conflict = (lang: Lang) => ({
    error: 'conflict',
    message: say(
      lang,
      'Черновик уже изменил коллега. Ваши правки не сохранены, но остались в форме: обновите черновик и внесите их снова.',
      'A colleague changed the draft first. Your edits were not saved but are still in the form: reload the draft and apply them again.',
    ),
  });

  app.get('/admin/api/content/draft', guard, async (request) => {
    const draft = await content.draft(db, departmentOf(request));
    if (draft) return { ...draft, ...validate(draft.document, request.lang) };
    // No draft yet: start from what is published, if anything.
    const published = await content.version(db, departmentOf(request));
    const document = published ? JSON.parse(published.text) : null;
    return {
      document,
      revision: 0,
      updatedAt: null,
      updatedBy: null,
      ...(document ? validate(document, request.lang) : { ok: false, problems: [] }),
    };
  });

  app.put('/admin/api/content/draft', large, async (request, reply) => {
    const body = parseBody(draftBody, request, reply);
    if (!body) return;
    const saved = await db.tx(async (q) => {
      const draft = await content.saveDraft(
        q,
        departmentOf(request),
        body.document,
        body.revision,
        who(request),
        now(),
      );
      if (draft) await recordStaffAction(q, request, { action: 'content.save' }, now());
      return draft;
    });
    if (!saved) return reply.code(409).send(conflict(request.lang));
    return { ...saved, ...validate(saved.document, request.lang) };
  });

  /**
   * Every import is shown as a dry run first (what would be added, changed and removed, and every
   * problem), and becomes the draft only when confirmed with `dryRun: false`.
   */
  const importDocument = async (
    request: FastifyRequest,
    reply: FastifyReply,
    incoming: { document: Record<string, unknown>; ok: boolean; problems: unknown[] },
    options: { dryRun: boolean; revision: number; format: string },
  ) => {
    const current = (await content.draft(db, departmentOf(request)))?.document ?? {};
    const result = {
      diff: diffFeeds(current, incoming.document),
      ok: incoming.ok,
      problems: incoming.problems,
    };
    if (options.dryRun) return { ...result, applied: false };
    const saved = await db.tx(async (q) => {
      const draft = await content.saveDraft(
        q,
        departmentOf(request),
        incoming.document,
        options.revision,
        who(request),
        now(),
      );
      if (draft) {
        await recordStaffAction(
          q,
          request,
          { action: 'content.import', details: { format: options.format } },
          now(),
        );
      }
      return draft;
    });
    if (!saved) return reply.code(409).send(conflict(request.lang));
    return { ...result, applied: true, revision: saved.revision };
  };

  app.post('/admin/api/content/import', large, async (request, reply) => {
    const body = parseBody(importBody, request, reply);
    if (!body) return;
    return importDocument(
      request,
      reply,
      { document: body.document, ...validate(body.document, request.lang) },
      { ...body, format: 'feed.json' },
    );
  });

  const fromBuild = (build: CsvBuild, lang: Lang, sheets: boolean) => ({
    document: build.input,
    ok: build.ok,
    problems: located(build.problems, lang, sheets),
  });

  app.post('/admin/api/content/import/xlsx', large, async (request, reply) => {
    const body = parseBody(workbookBody, request, reply);
    if (!body) return;
    let tables: Awaited<ReturnType<typeof workbookToTables>>;
    try {
      tables = await workbookToTables(Buffer.from(body.file, 'base64'), { lang: request.lang });
    } catch (error) {
      return reply.code(422).send({
        error: 'validation',
        fields: {
          file:
            error instanceof WorkbookTooLargeError
              ? error.message
              : say(
                  request.lang,
                  'Файл не читается как книга Excel (.xlsx). Сохраните его в Excel как «Книга Excel» и загрузите снова.',
                  'The file is not an Excel workbook (.xlsx). Save it as "Excel Workbook" and upload again.',
                ),
        },
      });
    }
    const build = buildFeedFromTables(tables, { lang: request.lang, now: now() });
    return importDocument(request, reply, fromBuild(build, request.lang, true), {
      ...body,
      format: 'xlsx',
    });
  });

  app.post('/admin/api/content/import/csv', large, async (request, reply) => {
    const body = parseBody(csvBody, request, reply);
    if (!body) return;
    const files = new Map(
      body.files.map((file) => [
        file.name.trim().toLowerCase(),
        new Uint8Array(Buffer.from(file.content, 'base64')),
      ]),
    );
    const build = buildFeedFromCsv(files, { lang: request.lang, now: now() });
    return importDocument(request, reply, fromBuild(build, request.lang, false), {
      ...body,
      format: 'csv',
    });
  });

  // Events from a calendar (Yandex, Google, Outlook): a file or a subscription URL. They are added
  // to the draft's events or update those imported before (same UID); nothing else is removed.
  app.post('/admin/api/content/import/ics', large, async (request, reply) => {
    const body = parseBody(icsBody, request, reply);
    if (!body) return;
    const lang = request.lang;
    let text: string;
    if (body.file) text = Buffer.from(body.file, 'base64').toString('utf8');
    else if (body.url) {
      try {
        text = await fetchPublicText(body.url.replace(/^webcal:/i, 'https:'), {
          limit: CONTENT_BODY_LIMIT,
          filter: { allowIPAddressList: ctx.config.fetchAllow },
        });
      } catch (error) {
        const problem = error instanceof PublicFetchError ? error.problem : 'network';
        const [ru, en] =
          URL_PROBLEMS[problem === 'address' || problem === 'too-large' ? problem : 'other'];
        return fieldError(reply, 'url', say(lang, ru, en));
      }
    } else {
      return fieldError(
        reply,
        'file',
        say(
          lang,
          'Выберите файл .ics или укажите ссылку на календарь.',
          'Choose an .ics file or give a calendar link.',
        ),
      );
    }
    const draft = (await content.draft(db, departmentOf(request)))?.document ?? {};
    const publisher = draft.publisher as { timeZone?: string } | undefined;
    let imported: ReturnType<typeof eventsFromICalendar>;
    try {
      imported = eventsFromICalendar(text, publisher?.timeZone ?? ctx.config.timeZone);
    } catch {
      return fieldError(
        reply,
        body.url ? 'url' : 'file',
        say(
          lang,
          'Это не календарь в формате iCalendar (.ics). Экспортируйте календарь заново и загрузите файл .ics.',
          'This is not an iCalendar (.ics) calendar. Export the calendar again and upload the .ics file.',
        ),
      );
    }
    const events = new Map(
      ((draft.events ?? []) as { id: string }[]).map((event) => [event.id, event]),
    );
    for (const event of imported.events)
      events.set(event.id, { ...(events.get(event.id) ?? {}), ...event });
    const document = { ...draft, events: [...events.values()] };
    const result = await importDocument(
      request,
      reply,
      { document, ...validate(document, lang) },
      { ...body, format: 'ics' },
    );
    return reply.sent
      ? reply
      : { ...result, imported: imported.events.length, skipped: imported.skipped };
  });

  // For a department on a plain web server: the published files and the widget scripts, one zip.
  app.get('/admin/api/content/site.zip', guard, async (request, reply) => {
    const published = await content.version(db, departmentOf(request));
    if (!published) {
      return reply.code(409).send({
        error: 'not_published',
        message: say(
          request.lang,
          'Сначала опубликуйте ленту: в архив попадает опубликованная версия.',
          'Publish the feed first: the archive holds the published version.',
        ),
      });
    }
    return reply
      .type('application/zip')
      .header('Content-Disposition', `attachment; filename="metodika-v${published.number}.zip"`)
      .send(Buffer.from(await siteZip(published.text, ctx.config.widgetsDir, request.lang)));
  });

  const workbookReply = async (
    reply: FastifyReply,
    name: string,
    document: Record<string, unknown>,
    lang: Lang,
    template: boolean,
  ) =>
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .send(await feedToWorkbook(document, { lang, template }));

  // The draft as the same workbook the import reads, so Excel users can round-trip without loss.
  app.get('/admin/api/content/export.xlsx', guard, async (request, reply) => {
    const draft = await content.draft(db, departmentOf(request));
    const document =
      draft?.document ??
      JSON.parse((await content.version(db, departmentOf(request)))?.text ?? 'null');
    if (!document) return reply.code(404).send(errorBody('not_found', request.lang));
    return workbookReply(reply, 'feed.xlsx', document, request.lang, false);
  });

  // An empty workbook with every column, the department's taxonomies as drop-downs and instructions.
  app.get('/admin/api/content/template.xlsx', guard, async (request, reply) => {
    const draft = await content.draft(db, departmentOf(request));
    const source = draft?.document ?? {};
    const skeleton = { publisher: source.publisher ?? {}, taxonomies: source.taxonomies ?? {} };
    return workbookReply(reply, 'feed-template.xlsx', skeleton, request.lang, true);
  });

  app.post('/admin/api/content/publish', guard, async (request, reply) => {
    const body = parseBody(publishBody, request, reply);
    if (!body) return;
    const draft = await content.draft(db, departmentOf(request));
    if (!draft) {
      return reply.code(409).send({
        error: 'no_draft',
        message: say(
          request.lang,
          'Публиковать нечего: черновик пуст. Импортируйте ленту или заполните разделы.',
          'Nothing to publish: the draft is empty. Import a feed or fill in the sections.',
        ),
      });
    }
    const checked = validate(draft.document, request.lang);
    if (!checked.ok) {
      return reply.code(422).send({
        error: 'feed_invalid',
        message: say(
          request.lang,
          'Лента не опубликована: исправьте ошибки ниже.',
          'The feed was not published: fix the errors below.',
        ),
        problems: checked.problems,
      });
    }
    const version = await db.tx(async (q) => {
      const made = await content.publish(
        q,
        departmentOf(request),
        draft.document,
        who(request),
        body.note ?? null,
        now(),
      );
      await recordStaffAction(
        q,
        request,
        { action: 'feed.publish', target: `v${made.number}` },
        now(),
      );
      return made;
    });
    return reply.code(201).send({ version, warnings: checked.problems });
  });

  app.get('/admin/api/content/versions', guard, async (request) => ({
    items: await content.versions(db, departmentOf(request)),
  }));

  app.get<{ Querystring: { from?: string; to?: string } }>(
    '/admin/api/content/diff',
    guard,
    async (request, reply) => {
      const load = async (value: string | undefined) => {
        if (value === 'draft')
          return (await content.draft(db, departmentOf(request)))?.document ?? null;
        if (!value || !/^\d+$/.test(value)) return null;
        const version = await content.version(db, departmentOf(request), Number(value));
        return version ? JSON.parse(version.text) : null;
      };
      const [before, after] = await Promise.all([load(request.query.from), load(request.query.to)]);
      if (!before || !after) return reply.code(404).send(errorBody('not_found', request.lang));
      return diffFeeds(before, after);
    },
  );

  app.post<{ Params: { number: string } }>(
    '/admin/api/content/versions/:number/rollback',
    guard,
    async (request, reply) => {
      const old = /^\d+$/.test(request.params.number)
        ? await content.version(db, departmentOf(request), Number(request.params.number))
        : null;
      if (!old) return reply.code(404).send(errorBody('not_found', request.lang));
      const version = await db.tx(async (q) => {
        const made = await content.publish(
          q,
          departmentOf(request),
          JSON.parse(old.text),
          who(request),
          `rollback to v${old.number}`,
          now(),
        );
        await recordStaffAction(
          q,
          request,
          { action: 'feed.rollback', target: `v${made.number}`, details: { from: old.number } },
          now(),
        );
        return made;
      });
      return reply.code(201).send({ version });
    },
  );
}
