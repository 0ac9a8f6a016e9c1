const known = new Map<string, boolean>();
let canonical: ReadonlySet<string> | undefined;

/**
 * The runtime's canonical zone names. Listing them costs about 2 ms; building the first
 * `Intl.DateTimeFormat` with a zone loads ICU's zone data, 12–25 ms on a cold page — a cost the
 * validator need not pay for the common case.
 */
function canonicalZones(): ReadonlySet<string> {
  if (!canonical) {
    try {
      canonical = new Set(Intl.supportedValuesOf('timeZone'));
    } catch {
      canonical = new Set();
    }
  }
  return canonical;
}

/** True when the runtime knows this IANA zone (Intl throws RangeError for unknown ones). */
export function isKnownTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    if (canonicalZones().has(zone)) ok = zone.includes('/') || zone === 'UTC';
    else {
      // An alias (`Europe/Kiev`, `Asia/Calcutta`) is not in the canonical list: Intl decides.
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        ok = zone.includes('/') || zone === 'UTC';
      } catch {
        ok = false;
      }
    }
    known.set(zone, ok);
  }
  return ok;
}
