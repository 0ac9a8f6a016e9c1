import type { Problem } from '../problems.ts';

/** Why a feed could not be shown: widgets pick their message by this. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'invalid' | 'bad-src';

/** Extra facts about a failed load. */
export interface FeedLoadErrorDetails {
  /** HTTP status, for kind `http`. */
  status?: number;
  /** What is wrong with the feed, for kind `invalid`. */
  problems?: Problem[];
  cause?: unknown;
}

/** A feed that could not be loaded and had no last good copy to fall back on. */
export class FeedLoadError extends Error {
  /** What went wrong. */
  kind: LoadErrorKind;
  /** The absolute URL of the feed (as written, for `bad-src`). */
  url: string;
  /** HTTP status, for kind `http`. */
  status?: number;
  /** What is wrong with the feed, for kind `invalid`. */
  problems?: Problem[];

  constructor(
    kind: LoadErrorKind,
    url: string,
    message: string,
    details: FeedLoadErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FeedLoadError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.problems !== undefined) this.problems = details.problems;
  }
}

/**
 * Messages go to the console and to the page's author, who may read either language, so they
 * carry both; widgets show their own localized text chosen by `kind`.
 */
export function loadErrorMessage(kind: LoadErrorKind, url: string, status?: number): string {
  switch (kind) {
    case 'network':
      return `Лента ${url} недоступна: сетевая ошибка или сервер не разрешает CORS. / Feed ${url} is unreachable: network error or the server does not allow CORS.`;
    case 'timeout':
      return `Лента ${url} не ответила вовремя. / Feed ${url} timed out.`;
    case 'http':
      return `Сервер ответил на запрос ленты ${url} кодом ${status}. / The server answered ${status} for feed ${url}.`;
    case 'invalid':
      return `Лента ${url} непригодна: см. problems. / Feed ${url} is unusable: see problems.`;
    case 'bad-src':
      return `Недопустимый адрес ленты «${url}»: нужен адрес http:// или https://. / Invalid feed URL "${url}": an http:// or https:// address is required.`;
  }
}
