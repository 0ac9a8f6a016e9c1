import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { users } from '../src/repos/users.ts';
import { hashPassword } from '../src/security/passwords.ts';
import type { RequestStore } from '../src/store/types.ts';

/** A strong password that passes the service's checks. */
export const PASSWORD = 'зелёный-клён-у-реки-42';

/**
 * A browser-like client of the console API over `app.inject`: it keeps cookies between calls
 * and sends the CSRF token from the last session answer, as the console does.
 */
export class StaffClient {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  private keep(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const gone = cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  async request(method: string, url: string, body?: unknown, extra: Record<string, string> = {}) {
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      cookies: Object.fromEntries(this.cookies),
      headers: {
        ...this.headers,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...extra,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    this.keep(response);
    const token = String(response.headers['content-type']).includes('json')
      ? response.json()?.csrfToken
      : undefined;
    if (typeof token === 'string') this.csrf = token;
    return response;
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
  /** Fetches the session (for the CSRF token) and signs in. */
  async login(email: string, password = PASSWORD) {
    await this.get('/admin/api/session');
    return this.post('/admin/api/login', { email, password });
  }
}

/** Creates an account with the test password straight in the database. */
export async function addUser(
  store: RequestStore,
  input: {
    email: string;
    name: string;
    role: 'administrator' | 'editor' | 'methodist';
    scope?: 'all' | 'own';
    personId?: string;
  },
) {
  const passwordHash = await hashPassword(PASSWORD);
  return store.db.tx((q) =>
    users.create(q, { departmentId: 'default', ...input, passwordHash }, new Date()),
  );
}
