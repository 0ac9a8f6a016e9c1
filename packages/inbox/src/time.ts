const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a DateTimeFormat is the slow part, so one per zone is kept. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `2026-11-23 14:05:00` in the zone: a form Excel reads as a date-time. */
export function localDateTime(iso: string | Date, timeZone: string): string {
  return formatter(timeZone).format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** The calendar year in the department's zone, not UTC's: numbers restart on local New Year. */
export function localYear(date: Date, timeZone: string): number {
  return Number(localDateTime(date, timeZone).slice(0, 4));
}
