const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * An http(s) URL that `new URL` always accepts as such: a host of ASCII letters, digits, hyphens
 * and dots whose last label starts with a letter (never read as an IPv4 address) and has no
 * punycode (`xn--`, which IDNA may refuse), a port of at most four digits, then a path, query or
 * fragment without control characters. Most of a feed's links are like this; they skip `new URL`
 * (several µs per link on a cold page), everything else is still decided by it.
 */
const PLAIN_WEB_URL =
  /^https?:\/\/(?![^/?#]*xn--)(?:[a-zA-Z\d-]+\.)*[a-zA-Z][a-zA-Z\d-]*(?::\d{1,4})?(?:[/?#][ -~\u0080-\uffff]*)?$/;

function protocolOf(value: string): string | null {
  if (value.length <= 2000 && PLAIN_WEB_URL.test(value))
    return value[4] === 's' ? 'https:' : 'http:';
  return parsedProtocol(value);
}

/**
 * The protocol `new URL` reads, or null for text with control characters or no URL at all: the
 * check without `PLAIN_WEB_URL`'s shortcut (the tests hold the shortcut to it).
 */
export function parsedProtocol(value: string): string | null {
  // Control characters and whitespace inside a scheme are how `java\tscript:` slips past naive checks.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return null;
  }
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

/** True for absolute http(s), mailto and tel URLs: the only links we ever render. */
export function isSafeUrl(value: string): boolean {
  const protocol = protocolOf(value);
  return protocol !== null && LINK_PROTOCOLS.has(protocol);
}

/** True for absolute http(s) URLs. */
export function isWebUrl(value: string): boolean {
  const protocol = protocolOf(value);
  return protocol !== null && WEB_PROTOCOLS.has(protocol);
}

/** The URL if it is safe to put in `href`, otherwise undefined: the last guard before rendering. */
export function safeHref(value: string | undefined): string | undefined {
  return value !== undefined && isSafeUrl(value) ? value : undefined;
}
