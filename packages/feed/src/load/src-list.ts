import { FeedLoadError, loadErrorMessage } from './errors.ts';

function baseUri(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}

/**
 * The absolute http(s) URL of a feed, resolved against the page's base URI.
 * @throws FeedLoadError `bad-src` for anything else (`javascript:`, `file:`, garbage).
 */
export function resolveFeedUrl(src: string): string {
  let url: URL;
  try {
    url = new URL(src, baseUri());
  } catch (cause) {
    throw new FeedLoadError('bad-src', src, loadErrorMessage('bad-src', src), { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedLoadError('bad-src', src, loadErrorMessage('bad-src', src));
  }
  return url.href;
}

/**
 * The feed URLs of a `src` attribute: space-separated, resolved against `document.baseURI`,
 * duplicates removed (first one kept).
 * @throws FeedLoadError `bad-src` for a URL that is not http(s).
 */
export function parseSrcList(src: string): string[] {
  const urls = src
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => resolveFeedUrl(part));
  return [...new Set(urls)];
}
