import * as z from 'zod/mini';
import { formatRule, parseRule, type RecurrenceRule, WEEKDAYS } from '../../recurrence/rule.ts';
import { eventSchema, occurrenceChangeSchema } from '../../schema/event.ts';
import { id } from '../../schema/primitives.ts';

/**
 * A series in the spreadsheets: the RRULE in readable columns of events.csv (what a methodist
 * types: «ежемесячно», «2вт», «сен, окт»), and its changed meetings in a table of their own,
 * occurrences.csv (one row per meeting: event, date, cancelled / new time / new venue / note).
 * Both ways: `readableRecurrence` writes the columns from the feed, `ruleFromColumns` reads them
 * back into the same rule, so export → import is a no-op. The rule comes back with its parts in
 * formatRule's order (FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, COUNT, UNTIL) and its lists in
 * the order written: a rule written with its parts in another order returns as the same rule
 * in that order, and is then stable.
 */

/** The readable columns, after `recurrence.` in events.csv. */
export const RECURRENCE_COLUMNS = [
  'repeat',
  'interval',
  'weekdays',
  'monthDays',
  'months',
  'until',
  'count',
  'except',
  /** A raw RRULE, for a rule the columns cannot say (another week start); read when present. */
  'rule',
] as const;
export type RecurrenceColumn = (typeof RECURRENCE_COLUMNS)[number];

const readableSchema = z.object(
  Object.fromEntries(RECURRENCE_COLUMNS.map((column) => [column, z.optional(z.string())])) as {
    [K in RecurrenceColumn]: z.ZodMiniOptional<z.ZodMiniString>;
  },
);

/** events.csv as a table: the event's fields with the readable recurrence instead of the JSON one. */
export const eventRowSchema = z.object({
  ...eventSchema.def.shape,
  recurrence: z.optional(readableSchema),
});

/** occurrences.csv: a changed meeting of a series, found by its event and date. */
export const OCCURRENCES_FILE = 'occurrences.csv';
export const occurrenceRowSchema = z.object({
  event: id,
  ...occurrenceChangeSchema.def.shape,
});

const FREQ_WORDS = {
  DAILY: 'ежедневно',
  WEEKLY: 'еженедельно',
  MONTHLY: 'ежемесячно',
  YEARLY: 'ежегодно',
} as const;
/** What `recurrence.repeat` takes: the template's drop-down. */
export const REPEAT_WORDS = Object.values(FREQ_WORDS);
const FREQ_ALIASES: Record<string, RecurrenceRule['freq']> = {
  ежедневно: 'DAILY',
  daily: 'DAILY',
  еженедельно: 'WEEKLY',
  weekly: 'WEEKLY',
  ежемесячно: 'MONTHLY',
  monthly: 'MONTHLY',
  ежегодно: 'YEARLY',
  yearly: 'YEARLY',
};
const DAY_WORDS = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];
const MONTH_WORDS = [
  'янв',
  'фев',
  'мар',
  'апр',
  'май',
  'июн',
  'июл',
  'авг',
  'сен',
  'окт',
  'ноя',
  'дек',
];

const pad = (n: number) => String(n).padStart(2, '0');
const list = (cell: string) =>
  cell
    .split(/[,;]/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

/** `2027-05-25` → `25.05.2027`, the form the rest of the spreadsheets use. */
function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** `25.05.2027` or `2027-05-25` → `2027-05-25`; null when it is no date. */
function isoDate(cell: string): string | null {
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell.trim());
  const iso = ru
    ? `${ru[3]}-${pad(Number(ru[2]))}-${pad(Number(ru[1]))}`
    : /^\d{4}-\d{2}-\d{2}$/.test(cell.trim())
      ? cell.trim()
      : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The event's recurrence as readable cells (without its changes, which go to occurrences.csv). */
export function readableRecurrence(recurrence: {
  rule: string;
  except?: readonly string[];
}): Partial<Record<RecurrenceColumn, string>> {
  const parsed = parseRule(recurrence.rule);
  const except = recurrence.except?.map(ruDate).join(', ');
  // A rule the columns cannot say (or cannot read) is kept as written, so nothing is lost.
  const rule = parsed.ok ? parsed.rule : undefined;
  const until = rule?.until;
  if (rule?.wkst !== 0 || (until && until.kind !== 'date'))
    return { rule: recurrence.rule, ...(except ? { except } : {}) };
  const out: Partial<Record<RecurrenceColumn, string>> = { repeat: FREQ_WORDS[rule.freq] };
  if (rule.interval !== 1) out.interval = String(rule.interval);
  if (rule.byDay)
    out.weekdays = rule.byDay.map((d) => `${d.nth ?? ''}${DAY_WORDS[d.day]}`).join(', ');
  if (rule.byMonthDay) out.monthDays = rule.byMonthDay.join(', ');
  if (rule.byMonth) out.months = rule.byMonth.map((m) => MONTH_WORDS[m - 1]).join(', ');
  if (until?.kind === 'date')
    out.until = ruDate(new Date(until.day * 86_400_000).toISOString().slice(0, 10));
  if (rule.count !== undefined) out.count = String(rule.count);
  if (except) out.except = except;
  return out;
}

/** A readable cell that could not be read, at its column, worded in messages.ts-style Russian. */
export interface ColumnProblem {
  column: `recurrence.${RecurrenceColumn}`;
  message: string;
}

const MESSAGES = {
  ru: {
    repeat: 'Повтор: укажите «ежедневно», «еженедельно», «ежемесячно» или «ежегодно».',
    repeatMissing:
      'Заполнены столбцы повтора, но не сказано, как часто: укажите в «recurrence.repeat» «ежедневно», «еженедельно», «ежемесячно» или «ежегодно».',
    interval: 'Интервал — целое число от 1 (1 — каждый раз, 2 — через раз).',
    weekday: (v: string) =>
      `«${v}» — не день недели: пишите пн, вт, ср, чт, пт, сб, вс; номер — перед днём: 2вт, -1пт (последняя пятница).`,
    monthDay: (v: string) => `«${v}» — не число месяца: от 1 до 31 или с конца от -1 до -31.`,
    month: (v: string) =>
      `«${v}» — не месяц: янв, фев, мар, апр, май, июн, июл, авг, сен, окт, ноя, дек или номер 1–12.`,
    date: (v: string) => `«${v}» — не дата: пишите 25.05.2027.`,
    count: 'Количество повторов — целое число от 1.',
  },
  en: {
    repeat:
      'Repeat: write «ежедневно», «еженедельно», «ежемесячно» or «ежегодно» (or daily…yearly).',
    repeatMissing:
      'Repeat columns are filled but not how often: write daily, weekly, monthly or yearly in «recurrence.repeat».',
    interval: 'Interval is a whole number from 1 (1 every time, 2 every other).',
    weekday: (v: string) =>
      `“${v}” is no weekday: write MO…SU or пн…вс, a number before it: 2TU, -1FR.`,
    monthDay: (v: string) => `“${v}” is no day of the month: 1 to 31, or -1 to -31 from the end.`,
    month: (v: string) => `“${v}” is no month: a name (янв…дек, jan…dec) or a number 1–12.`,
    date: (v: string) => `“${v}” is no date: write 25.05.2027.`,
    count: 'The number of repeats is a whole number from 1.',
  },
} as const;

const EN_DAYS = WEEKDAYS.map((d) => d.toLowerCase());
const EN_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * The feed's recurrence from the readable cells, or problems at their columns. The rule is
 * then checked like any feed rule (in the publisher's zone, with its Russian words), so a
 * readable rule that gives no meeting is reported by the feed's own validation.
 */
export function recurrenceFromColumns(
  cells: Partial<Record<RecurrenceColumn, string>>,
  lang: 'ru' | 'en' = 'ru',
): { recurrence?: { rule: string; except?: string[] }; problems: ColumnProblem[] } {
  const words = MESSAGES[lang];
  const problems: ColumnProblem[] = [];
  const cell = (column: RecurrenceColumn) => cells[column]?.trim() ?? '';
  const bad = (column: RecurrenceColumn, message: string) =>
    problems.push({ column: `recurrence.${column}`, message });

  const except: string[] = [];
  for (const item of list(cell('except'))) {
    const date = isoDate(item);
    if (date) except.push(date);
    else bad('except', words.date(item));
  }
  const withExcept = (rule: string) => ({ rule, ...(except.length ? { except } : {}) });
  if (cell('rule')) return { recurrence: withExcept(cell('rule')), problems };
  const filled = RECURRENCE_COLUMNS.some((c) => c !== 'except' && cell(c));
  if (!filled) {
    if (except.length) bad('repeat', words.repeatMissing);
    return { problems };
  }

  const freq = FREQ_ALIASES[cell('repeat').toLowerCase()];
  if (!cell('repeat')) bad('repeat', words.repeatMissing);
  else if (!freq) bad('repeat', words.repeat);
  const rule: RecurrenceRule = { freq: freq ?? 'WEEKLY', interval: 1, wkst: 0 };

  const whole = (column: 'interval' | 'count', message: string): number | undefined => {
    if (!cell(column)) return undefined;
    const n = /^\d{1,6}$/.test(cell(column)) ? Number(cell(column)) : 0;
    if (n < 1) bad(column, message);
    return n;
  };
  rule.interval = whole('interval', words.interval) ?? 1;
  const count = whole('count', words.count);
  if (count) rule.count = count;

  const days = list(cell('weekdays'));
  if (days.length) {
    rule.byDay = [];
    for (const item of days) {
      const m = /^([+-]?\d{1,2})?\s*([a-zа-я]{2})$/.exec(item);
      const name = m?.[2] ?? '';
      const day = Math.max(DAY_WORDS.indexOf(name), EN_DAYS.indexOf(name));
      if (!m || day < 0 || m[1] === '0') bad('weekdays', words.weekday(item));
      else rule.byDay.push(m[1] ? { day, nth: Number(m[1]) } : { day });
    }
  }
  const monthDays = list(cell('monthDays'));
  if (monthDays.length) {
    rule.byMonthDay = [];
    for (const item of monthDays) {
      const n = /^[+-]?\d{1,2}$/.test(item) ? Number(item) : 0;
      if (n === 0 || n < -31 || n > 31) bad('monthDays', words.monthDay(item));
      else rule.byMonthDay.push(n);
    }
  }
  const months = list(cell('months'));
  if (months.length) {
    rule.byMonth = [];
    for (const item of months) {
      const key = item.replace(/\.$/, '').slice(0, 3);
      const index = /^\d{1,2}$/.test(item)
        ? Number(item)
        : Math.max(MONTH_WORDS.indexOf(key), EN_MONTHS.indexOf(key)) + 1;
      if (index < 1 || index > 12) bad('months', words.month(item));
      else rule.byMonth.push(index);
    }
  }
  if (cell('until')) {
    const date = isoDate(cell('until'));
    if (date) rule.until = { kind: 'date', day: Date.parse(`${date}T00:00:00Z`) / 86_400_000 };
    else bad('until', words.date(cell('until')));
  }
  if (problems.length) return { problems };
  // formatRule keeps the order the cells gave (the feed's own checks then read it).
  return { recurrence: withExcept(writeRule(rule)), problems };
}

/** RFC 5545 text of a rule with lists in the order written (formatRule sorts them). */
function writeRule(rule: RecurrenceRule): string {
  const sorted = formatRule(rule);
  if (!rule.byMonth && !rule.byMonthDay) return sorted;
  return sorted
    .replace(/BYMONTH=[^;]*/, rule.byMonth ? `BYMONTH=${rule.byMonth.join(',')}` : '')
    .replace(/BYMONTHDAY=[^;]*/, rule.byMonthDay ? `BYMONTHDAY=${rule.byMonthDay.join(',')}` : '');
}
