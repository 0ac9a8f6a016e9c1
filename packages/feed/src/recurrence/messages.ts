import type { RuleIssue, RuleIssueReason } from './rule.ts';

/** Problems of a series beyond its rule: its dates, overrides and start. */
export type SeriesIssueReason =
  /** An excluded or overridden date on which the rule gives no occurrence (a typo, usually). */
  | 'not_an_occurrence'
  /** Two overrides, or an override and an exclusion, for one date. */
  | 'duplicate_date'
  /** The event's start is not a date the rule gives: the series begins at the rule's first. */
  | 'start_mismatch'
  /** The rule gives no occurrence at all (30 February, or UNTIL before the start). */
  | 'no_occurrences';

export type RecurrenceReason = RuleIssueReason | SeriesIssueReason;

/** What a message says about one problem; the problem's `params` in the feed's reports. */
export type RecurrenceParams = {
  reason: RecurrenceReason;
  part?: string;
  value?: string;
  max?: number;
  /** start_mismatch: the rule's first occurrence. */
  first?: string;
};

type Words = Record<RecurrenceReason, (p: RecurrenceParams) => string>;

const PARTS = 'FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT, UNTIL, WKST';

const ru: Words = {
  syntax: (p) =>
    `«${p.value}» — не часть правила. Правило пишется парами ИМЯ=ЗНАЧЕНИЕ через точку с запятой, например FREQ=WEEKLY;BYDAY=TU.`,
  unknown_part: (p) => `Часть ${p.value} не поддерживается. Можно: ${PARTS}.`,
  duplicate_part: (p) => `${p.part} указана дважды — оставьте одно значение.`,
  freq_required: () =>
    'Не указана частота: добавьте FREQ=DAILY, WEEKLY, MONTHLY или YEARLY (каждый день, неделю, месяц или год).',
  freq: (p) =>
    `FREQ=${p.value}: частота может быть DAILY (каждый день), WEEKLY (каждую неделю), MONTHLY (каждый месяц) или YEARLY (каждый год).`,
  interval: (p) =>
    `INTERVAL=${p.value}: шаг — целое число от 1 до ${p.max} (INTERVAL=2 — через раз: каждую вторую неделю, каждый второй месяц).`,
  weekday: (p) =>
    p.part === 'WKST'
      ? `WKST=${p.value}: укажите день начала недели: MO, TU, WE, TH, FR, SA или SU.`
      : `BYDAY: «${p.value}» — не день недели. Дни: MO, TU, WE, TH, FR, SA, SU; с номером — 2TU (второй вторник), -1FR (последняя пятница).`,
  ordinal_freq: (p) =>
    `BYDAY=${p.value}: день с номером (2TU, -1FR) бывает только в правилах FREQ=MONTHLY и FREQ=YEARLY. Для встреч каждую неделю уберите номер: BYDAY=TU.`,
  ordinal_range: (p) =>
    `BYDAY: «${p.value}» — такого по счёту дня нет: номер от 1 до ${p.max} или от -1 до -${p.max} (с конца).`,
  month_day: (p) =>
    `BYMONTHDAY=${p.value}: числа месяца — от 1 до 31 или от -1 до -31 (с конца месяца: -1 — последний день), через запятую.`,
  month_day_weekly: () =>
    'BYMONTHDAY нельзя сочетать с FREQ=WEEKLY: для встреч по числам месяца укажите FREQ=MONTHLY.',
  month: (p) => `BYMONTH=${p.value}: месяцы — числа от 1 (январь) до 12 (декабрь), через запятую.`,
  count: (p) => `COUNT=${p.value}: число встреч — целое от 1 до ${p.max}.`,
  until: (p) =>
    `UNTIL=${p.value}: дату окончания пишут так: 20270525 (по 25 мая 2027 г. включительно) или 20270525T150000Z (момент по UTC).`,
  count_and_until: () =>
    'COUNT и UNTIL вместе не указываются: оставьте либо число встреч, либо дату окончания.',
  not_an_occurrence: (p) =>
    `${p.value}: в этот день встречи по правилу нет — проверьте дату (это должен быть день одной из встреч серии).`,
  duplicate_date: (p) =>
    `${p.value}: для этой даты уже есть исключение или изменение — оставьте одно.`,
  start_mismatch: (p) =>
    `Начало события не подходит под правило: первая встреча по правилу — ${p.first}. Укажите в start дату и время первой встречи.`,
  no_occurrences: () =>
    'По этому правилу не бывает ни одной встречи (например, 30 февраля или UNTIL раньше начала) — проверьте правило.',
};

const en: Words = {
  syntax: (p) =>
    `"${p.value}" is not a rule part. Write NAME=VALUE pairs separated by semicolons, e.g. FREQ=WEEKLY;BYDAY=TU.`,
  unknown_part: (p) => `${p.value} is not supported. Allowed: ${PARTS}.`,
  duplicate_part: (p) => `${p.part} is given twice: keep one.`,
  freq_required: () =>
    'The frequency is missing: add FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (every day, week, month or year).',
  freq: (p) => `FREQ=${p.value}: the frequency is DAILY, WEEKLY, MONTHLY or YEARLY.`,
  interval: (p) =>
    `INTERVAL=${p.value}: the step is a whole number from 1 to ${p.max} (INTERVAL=2: every other week or month).`,
  weekday: (p) =>
    p.part === 'WKST'
      ? `WKST=${p.value}: give the first day of the week: MO, TU, WE, TH, FR, SA or SU.`
      : `BYDAY: "${p.value}" is not a weekday. Days: MO, TU, WE, TH, FR, SA, SU; numbered: 2TU (second Tuesday), -1FR (last Friday).`,
  ordinal_freq: (p) =>
    `BYDAY=${p.value}: numbered weekdays (2TU, -1FR) exist only in FREQ=MONTHLY and FREQ=YEARLY rules. For weekly meetings drop the number: BYDAY=TU.`,
  ordinal_range: (p) =>
    `BYDAY: "${p.value}" cannot occur: the number is 1 to ${p.max}, or -1 to -${p.max} from the end.`,
  month_day: (p) =>
    `BYMONTHDAY=${p.value}: days of the month are 1 to 31, or -1 to -31 from the month's end (-1 is the last day), separated by commas.`,
  month_day_weekly: () =>
    'BYMONTHDAY cannot go with FREQ=WEEKLY: for days of the month use FREQ=MONTHLY.',
  month: (p) => `BYMONTH=${p.value}: months are numbers from 1 (January) to 12 (December).`,
  count: (p) => `COUNT=${p.value}: the number of meetings is a whole number from 1 to ${p.max}.`,
  until: (p) =>
    `UNTIL=${p.value}: write the end as 20270525 (up to and including 25 May 2027) or 20270525T150000Z (a UTC moment).`,
  count_and_until: () => 'COUNT and UNTIL cannot both be given: keep the count or the end date.',
  not_an_occurrence: (p) =>
    `${p.value}: the rule gives no meeting on this date; check it (it must be the date of one of the series' meetings).`,
  duplicate_date: (p) => `${p.value}: this date already has an exclusion or a change; keep one.`,
  start_mismatch: (p) =>
    `The event's start does not fit its rule: the rule's first meeting is ${p.first}. Give the first meeting's date and time as start.`,
  no_occurrences: () =>
    'This rule never gives a meeting (30 February, or UNTIL before the start): check it.',
};

/** A recurrence problem in words; `params` as the feed's problems carry them. */
export function recurrenceMessage(
  params: Record<string, string | number | undefined>,
  lang: 'ru' | 'en' = 'ru',
): string {
  const p = params as unknown as RecurrenceParams;
  const words = lang === 'en' ? en : ru;
  return (words[p.reason] ?? words.syntax)(p);
}

/** The params of a rule issue, as a problem carries them. */
export function ruleIssueParams(issue: RuleIssue): RecurrenceParams {
  const out: RecurrenceParams = { reason: issue.reason, part: issue.part };
  if (issue.value !== undefined) out.value = issue.value;
  if (issue.max !== undefined) out.max = issue.max;
  return out;
}
