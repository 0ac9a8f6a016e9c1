import type { SessionAnswer } from './types.ts';

/** Query values; empty strings, null and undefined are left out of the URL. */
export type Query = Record<string, string | number | boolean | null | undefined>;

/** A refused or failed call: `kind` is the service's `error` (or `network` when nothing came back). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
    /** Validation messages by field (422). */
    readonly fields: Record<string, string> = {},
    /** Seconds to wait (429). */
    readonly retryAfter: number | null = null,
    /** The whole answer (a refused publication lists its problems). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  /** Prefix of `/admin/api/…`: '' when the console is served by the service itself. */
  base: string;
  /** The console's language, sent as Accept-Language so the service answers in it. */
  lang: () => string;
  /** Called when the session has ended (401): the console goes back to the login. */
  onUnauthenticated: () => void;
  /** Words for a call that got no answer at all. */
  networkMessage: () => string;
}

const UNSAFE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Builds `path?query` with the empty values dropped. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The one way the console talks to the service: same-origin credentials, the chosen language,
 * the CSRF token on every state-changing call (refreshed once from the session when the service
 * says it is stale), and the session's end reported once, not handled by every page.
 */
export class Api {
  /** The token the service issued for this session (anonymous sessions too). */
  csrfToken = '';

  constructor(private readonly options: ApiOptions) {}

  /** An absolute URL for a link into the API (exports): same origin, so the cookie goes along. */
  href(path: string, query?: Query): string {
    return new URL(this.options.base + withQuery(path, query), location.href).href;
  }

  /** GET /admin/api/session; keeps its CSRF token. */
  async session(): Promise<SessionAnswer> {
    const answer = await this.call<SessionAnswer>('GET', '/admin/api/session', undefined, false);
    this.csrfToken = answer.csrfToken;
    return answer;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.call<T>('GET', withQuery(path, query));
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PATCH', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.call<T>('DELETE', path);
  }

  private async call<T>(method: string, path: string, body?: unknown, retry = true): Promise<T> {
    const response = await this.send(method, path, body);
    if (response.ok) return this.read<T>(response);
    const error = await this.problem(response);
    if (error.status === 403 && error.kind === 'csrf' && retry && UNSAFE.has(method)) {
      await this.session();
      return this.call<T>(method, path, body, false);
    }
    if (error.status === 401 && error.kind === 'unauthenticated') this.options.onUnauthenticated();
    throw error;
  }

  private async send(method: string, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': this.options.lang(),
    };
    if (UNSAFE.has(method)) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(this.options.base + path, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network', this.options.networkMessage());
    }
  }

  private async read<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async problem(response: Response): Promise<ApiError> {
    let body: {
      error?: string;
      message?: string;
      fields?: Record<string, string>;
      retryAfter?: number;
    } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // Not JSON (a proxy's error page): the status is all there is.
    }
    const retryAfter =
      body.retryAfter ?? (Number(response.headers.get('retry-after')) || null) ?? null;
    return new ApiError(
      response.status,
      body.error ?? `http_${response.status}`,
      body.message ?? '',
      body.fields ?? {},
      retryAfter,
      body as Record<string, unknown>,
    );
  }
}
