import type { FastifyInstance } from 'fastify';

/** Why a body was refused before any route saw it. */
export class BodyError extends Error {
  constructor(
    readonly kind: 'invalid_utf8' | 'invalid_json' | 'number_too_large',
    /** The field holding the number too large to represent. */
    readonly path?: string,
  ) {
    super(kind);
  }
  readonly statusCode = 400;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The first field path holding a number JSON.parse turned into Infinity (`1e309`), if any. */
export function nonFinitePath(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(body)';
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nonFinitePath(
      child,
      Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
    );
    if (found) return found;
  }
  return null;
}

/**
 * The only body the service reads is JSON, and it is read strictly: bytes that are not valid
 * UTF-8 are refused (Fastify's default decodes them leniently, storing U+FFFD in a person's
 * name), and so is a number too large to represent. Every other content type, `text/plain`
 * included, gets 415 from Fastify because no parser is left for it.
 */
export function strictJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(new BodyError('invalid_utf8'), undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(new BodyError('invalid_json'), undefined);
      const path = nonFinitePath(value);
      if (path) return done(new BodyError('number_too_large', path), undefined);
      done(null, value);
    });
  });
  // The one HTML form (cancelling a registration by its link) posts an empty body; it is not read.
  app.addContentTypeParser('application/x-www-form-urlencoded', (request, _payload, done) => {
    if (request.url.startsWith('/registrations/cancel/')) return done(null, {});
    done(
      Object.assign(new Error('Only application/json is accepted'), { statusCode: 415 }),
      undefined,
    );
  });
}
