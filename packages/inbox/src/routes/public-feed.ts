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

/** A published feed's derived files, made once per version. */
interface Rendered {
  etag: string;
  lastModified: string;
  feed: Feed | null;
}

/** Answers 304 when the client's copy is current (ETag first, then the date, per RFC 9110). */
function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const match = request.headers['if-none-match'];
  if (match) return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
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
  let cache: (Rendered & { text: string }) | null = null;

  const latest = async (): Promise<(Rendered & { text: string }) | null> => {
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
      };
    }
    return cache;
  };

  const serve = (
    path: string,
    type: string,
    render: (published: Rendered & { text: string }, request: FastifyRequest) => string,
  ) =>
    app.get(path, async (request, reply: FastifyReply) => {
      const published = await latest();
      void reply.header('Access-Control-Allow-Origin', '*');
      if (!published) {
        const lang = pickLang(null, request.headers['accept-language']);
        return reply
          .code(404)
          .type('text/plain; charset=utf-8')
          .send(lang === 'en' ? 'Nothing is published yet.' : 'Лента ещё не опубликована.');
      }
      // Each file has its own validator, derived from the version's.
      const etag = path === '/feed.json' ? published.etag : etagOf(`${published.etag}${path}`);
      void reply
        .header('ETag', etag)
        .header('Last-Modified', published.lastModified)
        .header('Cache-Control', `public, max-age=${FEED_MAX_AGE}`)
        .header('Vary', 'Accept-Language');
      if (notModified(request, etag, published.lastModified)) return reply.code(304).send();
      return reply.type(type).send(render(published, request));
    });

  const lang = (request: FastifyRequest) => pickLang(null, request.headers['accept-language']);
  serve('/feed.json', 'application/json; charset=utf-8', (published) => published.text);
  serve('/events.ics', 'text/calendar; charset=utf-8', (published, request) =>
    published.feed ? eventsToICalendar(published.feed, { lang: lang(request) }) : '',
  );
  serve('/practices.atom', 'application/atom+xml; charset=utf-8', (published, request) =>
    published.feed ? practicesToAtom(published.feed, lang(request)) : '',
  );
  serve('/practices.json', 'application/feed+json; charset=utf-8', (published, request) =>
    JSON.stringify(
      published.feed ? practicesToJsonFeed(published.feed, lang(request)) : {},
      null,
      2,
    ),
  );

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
      try {
        const body = await readFile(join(dir, file));
        return reply
          .type(type)
          .header('Cache-Control', `public, max-age=${YEAR}, immutable`)
          .header('Access-Control-Allow-Origin', '*')
          .send(body);
      } catch {
        return reply.code(404).send({ error: 'not_found' });
      }
    },
  );
}
