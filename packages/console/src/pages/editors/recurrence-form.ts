/**
 * The recurrence builder's state and the RRULE it stands for, both ways, through the feed's own
 * rule parser and formatter: «повторять каждую неделю по вторникам до 25 мая» is
 * `FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525`. The feed checks and words the rule (parseRule,
 * describeRule); this file only turns controls into its parts.
 */
import { describeRule, formatRule, type Lang, parseRule } from '@metodika/feed';

export const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Freq = (typeof FREQS)[number];
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** «каждый», «первый»…«четвёртый», «последний»: the ordinals a month's weekday may have. */
export const ORDINALS = ['', '1', '2', '3', '4', '-1'] as const;

export interface RuleForm {
  /** '' : the event does not repeat. */
  freq: Freq | '';
  interval: string;
  /** Per weekday (0 = Monday): null when not chosen, else its ordinal ('' = every). */
  days: (string | null)[];
  /** Days of the month as typed: `1, 15, -1`. */
  monthDays: string;
  /** Months 1…12 chosen. */
  months: number[];
  end: 'never' | 'until' | 'count';
  until: string;
  count: string;
  /** Dates with no meeting (`YYYY-MM-DD`). */
  except: string[];
}

export const blankRule = (): RuleForm => ({
  freq: '',
  interval: '1',
  days: Array(7).fill(null),
  monthDays: '',
  months: [],
  end: 'never',
  until: '',
  count: '',
  except: [],
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The form for a stored recurrence (a rule it cannot read starts the form blank). */
export function formOf(recurrence: unknown): RuleForm {
  const form = blankRule();
  if (!recurrence || typeof recurrence !== 'object') return form;
  const { rule, except } = recurrence as { rule?: unknown; except?: unknown };
  if (Array.isArray(except)) form.except = except.filter((d): d is string => typeof d === 'string');
  const parsed = typeof rule === 'string' ? parseRule(rule) : null;
  if (!parsed?.ok) return form;
  const r = parsed.rule;
  form.freq = r.freq;
  form.interval = String(r.interval);
  for (const d of r.byDay ?? []) form.days[d.day] = d.nth === undefined ? '' : String(d.nth);
  form.monthDays = (r.byMonthDay ?? []).join(', ');
  form.months = [...(r.byMonth ?? [])];
  if (r.count !== undefined) {
    form.end = 'count';
    form.count = String(r.count);
  } else if (r.until) {
    form.end = 'until';
    const ms =
      r.until.kind === 'date'
        ? r.until.day * 86_400_000
        : r.until.kind === 'utc'
          ? r.until.ms
          : r.until.wall;
    const d = new Date(ms);
    form.until = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return form;
}

/**
 * The RRULE text of the form, parts as typed (the feed's parser then says what is wrong with
 * them), or '' when the event does not repeat.
 */
export function ruleText(form: RuleForm): string {
  if (!form.freq) return '';
  const parts = [`FREQ=${form.freq}`];
  const interval = form.interval.trim();
  if (interval && interval !== '1') parts.push(`INTERVAL=${interval}`);
  if (form.months.length) parts.push(`BYMONTH=${[...form.months].sort((a, b) => a - b).join(',')}`);
  const monthDays = form.monthDays
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (monthDays.length) parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
  const days = form.days.flatMap((nth, day) =>
    nth === null ? [] : [`${nth}${WEEKDAY_CODES[day]}`],
  );
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  if (form.end === 'count' && form.count.trim()) parts.push(`COUNT=${form.count.trim()}`);
  if (form.end === 'until' && form.until) parts.push(`UNTIL=${form.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/** The item's `recurrence` for this form: undefined when it does not repeat. */
export function recurrenceOf(
  form: RuleForm,
  previous: unknown,
): Record<string, unknown> | undefined {
  const rule = ruleText(form);
  if (!rule) return undefined;
  // Per-meeting changes are not edited here; they stay as they were.
  const changes =
    previous && typeof previous === 'object'
      ? (previous as { changes?: unknown }).changes
      : undefined;
  const out: Record<string, unknown> = { rule };
  const parsed = parseRule(rule);
  // The feed's own spelling (sorted lists, fixed order) once the rule is valid.
  if (parsed.ok) out.rule = formatRule(parsed.rule);
  if (form.except.length) out.except = [...form.except];
  if (changes !== undefined) out.changes = changes;
  return out;
}

/**
 * The rule in words (describeRule, the feed's), or null when the event does not repeat or the
 * rule is not valid yet: what is wrong comes from the feed's validation at `recurrence.rule`.
 */
export function ruleWords(
  form: RuleForm,
  lang: Lang,
  start: string | undefined,
  zone: string | undefined,
): string | null {
  const text = ruleText(form);
  const parsed = text ? parseRule(text) : null;
  if (!parsed?.ok) return null;
  return describeRule(parsed.rule, {
    lang,
    ...(start ? { start } : {}),
    ...(zone ? { zone } : {}),
  });
}
