import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { eventsToICalendar, type Feed, type Lang, parseFeed } from '@metodika/feed';
import { practicesToAtom, practicesToJsonFeed } from '@metodika/feed/exports';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { content, etagOf } from '../content/repo.ts';
import type { Db } from '../db/db.ts';
import { DEFAULT_DEPARTMENT } from '../db/migrations.ts';
import { pickLang } from '../lang.ts';
import { CODINGS, type Coding, Encodings, sendEncoded } from '../plugins/encodings.ts';

/** The files a published feed is served as (and packed into the download for a plain web server). */
export const PUBLISHED_FILES: {
  name: string;
  type: string;
  render: (text: string, feed: Feed | null, lang: Lang) => string;
}[] = [
  { name: 'feed.json', type: 'application/json; charset=utf-8', render: (text) => text },
  {
    name: 'events.ics',
    type: 'text/calendar; charset=utf-8',
    render: (_text, feed, lang) => (feed ? eventsToICalendar(feed, { lang }) : ''),
  },
  {
    name: 'practices.atom',
    type: 'application/atom+xml; charset=utf-8',
    render: (_text, feed, lang) => (feed ? practicesToAtom(feed, lang) : ''),
  },
  {
    name: 'practices.json',
    type: 'application/feed+json; charset=utf-8',
    render: (_text, feed, lang) =>
      JSON.stringify(feed ? practicesToJsonFeed(feed, lang) : {}, null, 2),
  },
];

/** Browsers and proxies may reuse a published file this long before asking again (seconds). */
const FEED_MAX_AGE = 300;
const YEAR = 31_536_000;
/** The widget files kept in memory, coded, at most (bytes as read; the codings add about a third). */
const WIDGET_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The validator of a file in a coding. Each coding gets its own strong ETag (`"…-br"`, `"…-gzip"`)
 * rather than one weak ETag for all: a strong ETag promises byte-identical bodies (RFC 9110
 * §8.8.3), which the codings are not, while the identity answer keeps the version's own ETag —
 * the one the console lists and scripts compare with the served feed.
 */
function codedEtag(etag: string, coding: Coding | null): string {
  return coding ? `${etag.slice(0, -1)}-${coding}"` : etag;
}

/** A published feed's derived files, made once per version. */
interface Rendered {
  etag: string;
  lastModified: string;
  feed: Feed | null;
}

/**
 * Answers 304 when the client's copy is current (ETag first, then the date, per RFC 9110). A tag
 * of any coding matches: they all name the same version, and a client (or a proxy between it
 * and us) may have got the file in another coding than it asks for now.
 */
function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const match = request.headers['if-none-match'];
  if (match) {
    const current = new Set([etag, ...CODINGS.map((coding) => codedEtag(etag, coding))]);
    return match.split(',').some((tag) => current.has(tag.trim().replace(/^W\//, '')));
  }
  const since = request.headers['if-modified-since'];
  return Boolean(since && Date.parse(since) >= Date.parse(lastModified));
}

/**
 * The published feed and its exports at stable public URLs — `/feed.json`, `/events.ics`,
 * `/practices.atom`, `/practices.json` — with validators, shared caching and CORS for any site;
 * and the widget scripts at versioned, immutable URLs (`/widgets/<build>/metodika.js`), so a school
 * page loads both from the department, never from a third party.
 */
export async function publicFeedRoutes(
  app: FastifyInstance,
  options: { db: Db; widgetsDir: string | null },
): Promise<void> {
  const { db } = options;
  /** The newest version, with each file already rendered (and coded) for the languages asked. */
  type Published = Rendered & { text: string; files: Map<string, Encodings> };
  let cache: Published | null = null;

  const latest = async (): Promise<Published | null> => {
    const etag = await content.latestEtag(db, DEFAULT_DEPARTMENT);
    if (etag === null) return null;
    if (cache?.etag === etag) return cache;
    const version = await content.version(db, DEFAULT_DEPARTMENT);
    if (!version) return null;
    if (cache?.etag !== version.etag) {
      cache = {
        etag: version.etag,
        lastModified: new Date(version.publishedAt).toUTCString(),
        text: version.text,
        feed: parseFeed(JSON.parse(version.text)).feed,
        files: new Map(),
      };
    }
    return cache;
  };

  /** A file of the version in a language, rendered and kept the first time it is asked for. */
  const fileOf = (
    published: Published,
    key: string,
    render: (published: Published) => string,
  ): Encodings => {
    let file = published.files.get(key);
    if (!file) {
      file = new Encodings(render(published));
      published.files.set(key, file);
    }
    return file;
  };

  const serve = (
    path: string,
    type: string,
    render: (published: Published, lang: Lang) => string,
    options: { byLanguage: boolean },
  ) =>
    // Coded here, once per version, rather than per answer by @fastify/compress.
    app.get(path, { compress: false }, async (request, reply: FastifyReply) => {
      const published = await latest();
      const lang = pickLang(null, request.headers['accept-language']);
      void reply.header('Access-Control-Allow-Origin', '*');
      if (!published) {
        return reply
          .code(404)
          .type('text/plain; charset=utf-8')
          .send(lang === 'en' ? 'Nothing is published yet.' : 'Лента ещё не опубликована.');
      }
      const file = options.byLanguage
        ? fileOf(published, `${path} ${lang}`, (version) => render(version, lang))
        : fileOf(published, path, (version) => render(version, lang));
      const coding = file.codingFor(request);
      // Each file has its own validator, derived from the version's.
      const etag = path === '/feed.json' ? published.etag : etagOf(`${published.etag}${path}`);
      void reply
        .header('ETag', codedEtag(etag, coding))
        .header('Last-Modified', published.lastModified)
        .header('Cache-Control', `public, max-age=${FEED_MAX_AGE}`)
        .header('Vary', 'Accept-Language, Accept-Encoding');
      if (notModified(request, etag, published.lastModified)) return reply.code(304).send();
      return sendEncoded(reply.type(type), file, coding);
    });

  for (const file of PUBLISHED_FILES) {
    serve(
      `/${file.name}`,
      file.type,
      (published, lang) => file.render(published.text, published.feed, lang),
      {
        // The feed itself is the same in every language; its exports are written in the reader's.
        byLanguage: file.name !== 'feed.json',
      },
    );
  }

  const dir = options.widgetsDir;
  const loader = dir ? join(dir, 'metodika.js') : null;
  // The build's id: a hash of the loader, which names every chunk by its own content hash.
  const build =
    loader && existsSync(loader)
      ? createHash('sha256').update(readFileSync(loader)).digest('hex').slice(0, 12)
      : null;
  const TYPES: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
  };

  // A build's files never change, so each is read and coded once; the budget bounds the memory
  // (source maps included) should a build grow, past it a file is read and coded per request.
  const widgetFiles = new Map<string, Encodings>();
  let widgetBytes = 0;
  const widgetFile = async (root: string, file: string): Promise<Encodings> => {
    const kept = widgetFiles.get(file);
    if (kept) return kept;
    const body = new Encodings(await readFile(join(root, file)));
    if (widgetBytes + body.identity.length <= WIDGET_CACHE_BYTES) {
      widgetFiles.set(file, body);
      widgetBytes += body.identity.length;
    }
    return body;
  };

  app.get('/widgets.json', async (_request, reply) => {
    if (!build) return reply.code(404).send({ error: 'not_found' });
    return reply
      .header('Cache-Control', 'no-cache')
      .send({ build, script: '/widgets/metodika.js', current: `/widgets/${build}/metodika.js` });
  });

  // The address a school's snippet names: it stays the same across releases and sends the browser
  // to the current build, whose files are immutable (a module script resolves its chunks against
  // the address after the redirect).
  app.get('/widgets/metodika.js', async (_request, reply) => {
    if (!build) return reply.code(404).send({ error: 'not_found' });
    return reply
      .header('Cache-Control', 'public, max-age=300')
      .header('Access-Control-Allow-Origin', '*')
      .redirect(`/widgets/${build}/metodika.js`, 302);
  });

  // The iframe pages too: `/widgets/frame/calendar.html?src=…` stays valid across releases.
  app.get<{ Params: { '*': string } }>('/widgets/frame/*', async (request, reply) => {
    const page = request.params['*'];
    if (!build || !/^[a-z-]+\.html$/.test(page))
      return reply.code(404).send({ error: 'not_found' });
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply
      .header('Cache-Control', 'public, max-age=300')
      .redirect(`/widgets/${build}/frame/${page}${query}`, 302);
  });

  app.get<{ Params: { build: string; '*': string } }>(
    '/widgets/:build/*',
    { compress: false },
    async (request, reply) => {
      const file = normalize(request.params['*']);
      const type = TYPES[extname(file)];
      if (
        !dir ||
        request.params.build !== build ||
        !type ||
        file.startsWith('..') ||
        file.includes(`${sep}..`)
      ) {
        return reply.code(404).send({ error: 'not_found' });
      }
      let body: Encodings;
      try {
        body = await widgetFile(dir, file);
      } catch {
        return reply.code(404).send({ error: 'not_found' });
      }
      const coding = body.codingFor(request);
      void reply
        .type(type)
        .header('Cache-Control', `public, max-age=${YEAR}, immutable`)
        .header('Access-Control-Allow-Origin', '*')
        .header('Vary', 'Accept-Encoding');
      return sendEncoded(reply, body, coding);
    },
  );
}
