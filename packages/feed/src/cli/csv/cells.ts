import { formatOffset, zonedTimeToEpoch, zoneOffsetMinutes } from '../../ics/zone.ts';
import type { CellKind } from './fields.ts';

const TRUE = new Set(['да', 'true', 'yes', '1', '+', 'истина']);
const FALSE = new Set(['нет', 'false', 'no', '0', '-', 'ложь']);

/** Separates the values of a list cell: `math | phys` or `math, phys`. */
export const LIST_SPLIT = /[|,]/;

const DATE_RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// «25.11.2026 10:00», «2026-11-25 10:00», «2026-11-25T10:00:00»: wall-clock time without an offset.
const LOCAL_TIME =
  /^(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (value: string | number) => String(value).padStart(2, '0');

/** `25.11.2026` (how Excel in a Russian locale re-saves dates) → `2026-11-25`. */
function normalizeDate(value: string): string | undefined {
  const ru = DATE_RU.exec(value);
  if (ru) return `${ru[3]}-${pad(ru[2]!)}-${pad(ru[1]!)}`;
  return DATE_ISO.test(value) ? value : undefined;
}

/** A wall-clock time in the publisher's zone → ISO date-time with that zone's offset on that day. */
function normalizeLocalTime(value: string, timeZone: string | undefined): string | undefined {
  const m = LOCAL_TIME.exec(value);
  if (!m || !timeZone) return undefined;
  const year = Number(m[3] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[1] ?? m[6]);
  const [hour, minute, second] = [Number(m[7]), Number(m[8]), Number(m[9] ?? 0)];
  try {
    const epoch = zonedTimeToEpoch(timeZone, { year, month, day, hour, minute, second });
    const offset = formatOffset(zoneOffsetMinutes(timeZone, epoch));
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
  } catch {
    return undefined;
  }
}

/**
 * Turns a cell's text into the JSON value its field expects. A value that does not convert is
 * kept as text, so the feed validation reports it at this very cell.
 */
export function cellValue(raw: string, kind: CellKind, timeZone: string | undefined): unknown {
  // A leading apostrophe keeps Excel from reading «+7 …» or «=…» as a formula; it is not data.
  const text = /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
  // Every text field of the feed is trimmed by the schema anyway; ids and links must not carry spaces.
  const value = text.trim();
  switch (kind) {
    case 'int': {
      const digits = value.replace(/[\s\u00a0]/g, '');
      return /^-?\d+$/.test(digits) ? Number(digits) : value;
    }
    case 'boolean': {
      const lower = value.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : value;
    }
    case 'list':
      return value
        .split(LIST_SPLIT)
        .map((entry) => entry.trim())
        .filter(Boolean);
    case 'date':
      return normalizeDate(value) ?? value;
    case 'datetime':
      return normalizeLocalTime(value, timeZone) ?? value;
    case 'when':
      return normalizeDate(value) ?? normalizeLocalTime(value, timeZone) ?? value;
    default:
      return value;
  }
}

/** A JSON value as cell text; the inverse of `cellValue` for every value a feed holds. */
export function cellText(value: unknown): string {
  if (Array.isArray(value)) return value.map((entry) => String(entry)).join(', ');
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  const text = String(value);
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
