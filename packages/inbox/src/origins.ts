/**
 * Matches a browser's Origin against the configured list. `https://*.edu.ru` allows any
 * subdomain of edu.ru (not edu.ru itself), so a district can list all its schools at once.
 */
export function originMatcher(allowed: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const wildcards: { scheme: string; suffix: string }[] = [];
  for (const entry of allowed) {
    const lower = entry.toLowerCase();
    const star = lower.indexOf('://*.');
    if (star === -1) exact.add(lower);
    else wildcards.push({ scheme: lower.slice(0, star + 3), suffix: lower.slice(star + 4) });
  }
  return (origin) => {
    const lower = origin.toLowerCase();
    if (exact.has(lower)) return true;
    return wildcards.some(
      ({ scheme, suffix }) =>
        lower.startsWith(scheme) &&
        lower.endsWith(suffix) &&
        /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(lower.slice(scheme.length, -suffix.length)),
    );
  };
}
