import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { COMPRESS_THRESHOLD } from './encodings.ts';

/** The Content-Security-Policy of console pages: no inline script or style, no framing. */
export const CONSOLE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Vite's output names: `index-BNg6bGrT.js` (an 8-character content hash before the extension). */
const HASHED = /-[A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png)$/;

/**
 * Pages are revalidated on every visit so a release is picked up; hashed assets kept a year.
 * @fastify/compress codes every file it is streamed, whatever its size, and even a 304's empty
 * body (with a Content-Encoding it does not have); `x-no-compression` is the one per-answer
 * switch it reads, so a small file or a 304 sets it.
 */
function cacheByName(reply: FastifyReply, path: string, stat: { size: number }): void {
  reply.header(
    'Cache-Control',
    HASHED.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (reply.statusCode === 304 || stat.size < COMPRESS_THRESHOLD) {
    reply.request.headers['x-no-compression'] = '1';
  }
}

/**
 * Security headers for everything under `/admin/` (pages and their JSON API) and the built console
 * itself. The index is revalidated on every visit so a new release is picked up; hashed assets
 * are cached for a year. Without a build, `/admin/` explains how to make one.
 */
export async function consoleSite(
  app: FastifyInstance,
  options: { dir: string | null },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // The console is same-origin only; other sites may not embed or read it.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    global: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (
      request.url === '/admin' ||
      request.url.startsWith('/admin/') ||
      request.url.startsWith('/sites/')
    ) {
      reply.helmet();
    }
  });

  const dir = options.dir;
  if (dir && existsSync(join(dir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/admin/',
      index: 'index.html',
      redirect: true,
      wildcard: true,
      setHeaders: cacheByName,
    });
  } else {
    app.get('/admin/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Консоль не собрана. Выполните: pnpm --filter @metodika/console run build\n' +
            'The console is not built. Run: pnpm --filter @metodika/console run build\n',
        ),
    );
  }
  app.get('/admin', async (_request, reply) => reply.redirect('/admin/', 301));

  // The public page for school webmasters ("Для сайтов школ") is a second page of the same build.
  if (dir && existsSync(join(dir, 'sites.html'))) {
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/sites/',
      index: 'sites.html',
      decorateReply: false,
      wildcard: true,
      allowedPath: (path) => path === '/' || path === '/sites.html' || path.startsWith('/assets/'),
      setHeaders: cacheByName,
    });
  }
  app.get('/', async (_request, reply) => reply.redirect('/sites/', 302));
}
