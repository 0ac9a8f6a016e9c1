/**
 * Fetches a public document (an editor's iCalendar subscription URL) on the service's side
 * without opening a way into the department's own network (server-side request forgery, OWASP
 * ASVS 12.6.1): request-filtering-agent refuses private, loopback, link-local and reserved
 * addresses at connect time, after DNS (so a name that resolves to 10.0.0.1, or rebinds to it,
 * is refused too), and every redirect is a new request through the same agent. The body is read
 * up to a limit, so a huge answer cannot fill the service's memory.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type RequestFilteringAgentOptions, useAgent } from 'request-filtering-agent';

/** Why a public document did not load: each is a message the editor can act on. */
export type FetchProblem = 'address' | 'status' | 'too-large' | 'timeout' | 'network';

export class PublicFetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface PublicFetchOptions {
  /** Bytes of body at most. */
  limit: number;
  /** The whole fetch, redirects included. */
  timeoutMs?: number;
  /** Redirects followed at most. */
  redirects?: number;
  /** For tests: addresses allowed although private (CIDR). */
  filter?: RequestFilteringAgentOptions;
}

/** GETs `url` (http or https only), following up to `redirects` redirects; the body as text. */
export async function fetchPublicText(url: string, options: PublicFetchOptions): Promise<string> {
  const { redirects = 5, timeoutMs = 15_000 } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let target = new URL(url);
  for (let hop = 0; hop <= redirects; hop++) {
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      throw new PublicFetchError('address', `not an http(s) address: ${target.protocol}`);
    const response = await get(target, options, signal);
    const location = response.headers.location;
    if (
      response.statusCode &&
      response.statusCode >= 300 &&
      response.statusCode < 400 &&
      location
    ) {
      response.resume();
      target = new URL(location, target);
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new PublicFetchError('status', `answered ${response.statusCode}`);
    }
    return readText(response, options.limit);
  }
  throw new PublicFetchError('status', `more than ${redirects} redirects`);
}

function get(
  target: URL,
  options: PublicFetchOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, {
      agent: useAgent(target.href, options.filter),
      headers: { accept: 'text/calendar, text/plain;q=0.8, */*;q=0.1' },
      signal,
    });
    request.on('response', resolve);
    request.on('error', (error: Error) => reject(asProblem(error, signal)));
    request.end();
  });
}

function readText(response: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (declared > limit) {
    response.destroy();
    return Promise.reject(new PublicFetchError('too-large', `${declared} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        response.destroy();
        reject(new PublicFetchError('too-large', `more than ${limit} bytes`));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', (error) => reject(asProblem(error, undefined)));
  });
}

/** request-filtering-agent's refusal names the address; timeouts come as an abort. */
function asProblem(error: Error, signal: AbortSignal | undefined): PublicFetchError {
  if (error instanceof PublicFetchError) return error;
  if (signal?.aborted) return new PublicFetchError('timeout', error.message);
  if (/is not allowed/i.test(error.message)) return new PublicFetchError('address', error.message);
  return new PublicFetchError('network', error.message);
}
