import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Answers coded once and kept (the public feed, the widget files), for routes that opt out of
// @fastify/compress, which codes every answer anew; the two read Accept-Encoding the same way.

/** The content codings answered in, best first: brotli is smaller, gzip understood everywhere. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];
/** Smaller answers go as they are: the coding's framing and the work cost more than they save. */
export const COMPRESS_THRESHOLD = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Each coding at its smallest: the bytes are made once per file (on the thread pool), not per request. */
const encode: Record<Coding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
};

/** One file's bytes, and each coding of them, made on first demand and then kept. */
export class Encodings {
  readonly identity: Buffer;
  readonly #coded = new Map<Coding, Promise<Buffer>>();
  constructor(body: string | Buffer) {
    this.identity = typeof body === 'string' ? Buffer.from(body) : body;
  }

  /** The coding to answer `request` in; null for the bytes as they are. */
  codingFor(request: FastifyRequest): Coding | null {
    const accepted = request.headers['accept-encoding'];
    if (!accepted || this.identity.length < COMPRESS_THRESHOLD) return null;
    // Read as @fastify/compress reads it (the console's files): `*` and the old `x-gzip` mean gzip.
    return negotiate(accepted.toLowerCase().replace(/\*|x-gzip/g, 'gzip'), [...CODINGS]);
  }

  bytes(coding: Coding | null): Promise<Buffer> {
    if (!coding) return Promise.resolve(this.identity);
    let coded = this.#coded.get(coding);
    if (!coded) {
      coded = encode[coding](this.identity);
      // A failure is not kept: the next request tries again.
      coded.catch(() => this.#coded.delete(coding));
      this.#coded.set(coding, coded);
    }
    return coded;
  }
}

/** Sends `body` in `coding`; the caller has set `Vary: Accept-Encoding` (caches need it on every answer). */
export async function sendEncoded(
  reply: FastifyReply,
  body: Encodings,
  coding: Coding | null,
): Promise<FastifyReply> {
  const bytes = await body.bytes(coding);
  if (coding) void reply.header('Content-Encoding', coding);
  return reply.send(bytes);
}
