const known = new Map<string, boolean>();

/** True when the runtime knows this IANA zone (Intl throws RangeError for unknown ones). */
export function isKnownTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = zone.includes('/') || zone === 'UTC';
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}
