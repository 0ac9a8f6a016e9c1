const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

function protocolOf(value: string): string | null {
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
