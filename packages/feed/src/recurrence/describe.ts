import { dateFormat } from '../format/intl-cache.ts';
import { plural } from '../format/plural.ts';
import { DAY_MS, dateOf, parseIsoDay, weekdayOf } from './days.ts';
import type { RecurrenceRule, Until, WeekdaySpec } from './rule.ts';
import { epochToWall } from './wall-clock.ts';

/**
 * A rule in words, as the association directory and the console show it:
 * «каждый второй вторник месяца, с сентября по май» / "every second Tuesday of the month,
 * September to May"; «каждую неделю по вторникам, до 25 мая 2027 г.».
 */
export interface DescribeOptions {
  lang?: 'ru' | 'en';
  /** The series' start (the event's `start`): the weekday, day or date a bare rule repeats. */
  start?: string;
  /** The publisher's zone: dates of a UTC UNTIL are told in it. */
  zone?: string;
}

type Gender = 'm' | 'f' | 'n';

const RU = {
  weekdayDative: [
    'понедельникам',
    'вторникам',
    'средам',
    'четвергам',
    'пятницам',
    'субботам',
    'воскресеньям',
  ],
  /** Nominative, which is also the accusative of the masculine and neuter ones. */
  weekday: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  weekdayAccusative: [
    'понедельник',
    'вторник',
    'среду',
    'четверг',
    'пятницу',
    'субботу',
    'воскресенье',
  ],
  gender: ['m', 'm', 'f', 'm', 'f', 'f', 'n'] as Gender[],
  monthGenitive: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  month: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  monthPrepositional: [
    'январе',
    'феврале',
    'марте',
    'апреле',
    'мае',
    'июне',
    'июле',
    'августе',
    'сентябре',
    'октябре',
    'ноябре',
    'декабре',
  ],
  /** Ordinals 1–10 as masculine nominative stems: add -ый/-ой/-ий endings by gender below. */
  ordinal: {
    m: [
      '',
      'первый',
      'второй',
      'третий',
      'четвёртый',
      'пятый',
      'шестой',
      'седьмой',
      'восьмой',
      'девятый',
      'десятый',
    ],
    f: [
      '',
      'первую',
      'вторую',
      'третью',
      'четвёртую',
      'пятую',
      'шестую',
      'седьмую',
      'восьмую',
      'девятую',
      'десятую',
    ],
    n: [
      '',
      'первое',
      'второе',
      'третье',
      'четвёртое',
      'пятое',
      'шестое',
      'седьмое',
      'восьмое',
      'девятое',
      'десятое',
    ],
  },
  last: { m: 'последний', f: 'последнюю', n: 'последнее' },
  penultimate: { m: 'предпоследний', f: 'предпоследнюю', n: 'предпоследнее' },
  every: { m: 'каждый', f: 'каждую', n: 'каждое' },
  /** Period words: the unit's gender, "every" form, and the accusative forms after «раз в N». */
  period: {
    DAILY: {
      gender: 'm',
      word: 'день',
      forms: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
    },
    WEEKLY: {
      gender: 'f',
      word: 'неделю',
      forms: { one: 'неделю', few: 'недели', many: 'недель', other: 'недели' },
    },
    MONTHLY: {
      gender: 'm',
      word: 'месяц',
      forms: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
    },
    YEARLY: {
      gender: 'm',
      word: 'год',
      forms: { one: 'год', few: 'года', many: 'лет', other: 'года' },
    },
  },
} as const;

const EN = {
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ordinal: ['', 'first', 'second', 'third', 'fourth', 'fifth'],
  period: {
    DAILY: { one: 'day', other: 'days' },
    WEEKLY: { one: 'week', other: 'weeks' },
    MONTHLY: { one: 'month', other: 'months' },
    YEARLY: { one: 'year', other: 'years' },
  },
} as const;

/** «A, B и C» / "A, B and C". */
function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** «в»/«во»: «во вторник», «во второй», but «в последнюю», «в среду». */
const ruIn = (word: string) => (/^в[^аеёиоуыэюя]/i.test(word) ? `во ${word}` : `в ${word}`);

function ruOrdinal(nth: number, gender: Gender): string {
  if (nth === -1) return RU.last[gender];
  if (nth === -2) return RU.penultimate[gender];
  const ending = gender === 'm' ? 'й' : gender === 'f' ? 'ю' : 'е';
  if (nth < 0) return `${-nth}-${ending} с конца`;
  return RU.ordinal[gender][nth] ?? `${nth}-${ending}`;
}

/** 1st, 2nd, 3rd, 11th, 22nd. */
const suffixed = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

function enOrdinal(nth: number): string {
  if (nth === -1) return 'last';
  if (nth === -2) return 'second to last';
  const word = EN.ordinal[Math.abs(nth)] ?? suffixed(Math.abs(nth));
  return nth < 0 ? `${word} from the end` : word;
}

/** BYMONTH as a season when it is a run of three or more months, possibly over New Year. */
function monthRun(months: readonly number[]): [number, number] | null {
  const set = new Set(months);
  if (set.size < 3 || set.size >= 12) return null;
  const first = [...set].find((m) => !set.has(m === 1 ? 12 : m - 1));
  if (first === undefined) return null;
  let last = first;
  for (let i = 1; i < set.size; i++) {
    const next = (last % 12) + 1;
    if (!set.has(next)) return null;
    last = next;
  }
  return [first, last];
}

function untilDay(until: Until, zone: string | undefined): number {
  if (until.kind === 'date') return until.day;
  if (until.kind === 'local') return Math.floor(until.wall / DAY_MS);
  return Math.floor((zone ? epochToWall(zone, until.ms) : until.ms) / DAY_MS);
}

function longDate(day: number, lang: 'ru' | 'en', withYear: boolean): string {
  return dateFormat(lang === 'ru' ? 'ru' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(day * DAY_MS));
}

function describeRu(rule: RecurrenceRule, startDay: number | undefined, zone?: string): string {
  const { freq, interval, byDay, byMonthDay, byMonth } = rule;
  const oneMonth = freq === 'YEARLY' && byMonth?.length === 1;
  const dailyByDay = freq === 'DAILY' && interval === 1 && !byMonthDay && byDay !== undefined;
  const unit = RU.period[freq];
  const period =
    interval === 1
      ? `${RU.every[unit.gender]} ${unit.word}`
      : interval <= 10
        ? `${RU.every[unit.gender]} ${RU.ordinal[unit.gender][interval]} ${unit.word}`
        : `раз в ${plural(interval, 'ru', unit.forms)}`;
  const numbered = byDay?.filter((d) => d.nth !== undefined) as Required<WeekdaySpec>[] | undefined;
  const plain = byDay?.filter((d) => d.nth === undefined).map((d) => d.day);
  let main: string;
  const sameDay = numbered?.length && numbered.every((d) => d.day === numbered[0]!.day);
  if (
    freq === 'MONTHLY' &&
    interval === 1 &&
    !byMonthDay &&
    !plain?.length &&
    numbered?.length &&
    sameDay
  ) {
    // «каждый второй вторник месяца», «каждую вторую и четвёртую среду месяца».
    const day = numbered[0]!.day;
    const g = RU.gender[day]!;
    const ordinals = list(
      numbered.map((d) => ruOrdinal(d.nth, g)),
      'и',
    );
    main = `${RU.every[g]} ${ordinals} ${(g === 'f' ? RU.weekdayAccusative : RU.weekday)[day]} месяца`;
  } else {
    const days: string[] = [];
    if (plain?.length) {
      const set = [...new Set(plain)].sort((a, b) => a - b);
      if (set.join() === '0,1,2,3,4') days.push('по будням');
      else if (set.join() === '5,6') days.push('по выходным');
      else
        days.push(
          `по ${list(
            set.map((d) => RU.weekdayDative[d]!),
            'и',
          )}`,
        );
    }
    if (numbered?.length)
      days.push(
        ruIn(
          list(
            numbered.map(
              (d) => `${ruOrdinal(d.nth, RU.gender[d.day]!)} ${RU.weekdayAccusative[d.day]}`,
            ),
            'и',
          ),
        ),
      );
    if (byMonthDay) days.push(ruMonthDays(byMonthDay));
    if (oneMonth && numbered?.length) days.push(RU.monthGenitive[byMonth![0]! - 1]!);
    if (!byDay && !byMonthDay && startDay !== undefined) {
      const start = dateOf(startDay);
      if (freq === 'WEEKLY') days.push(`по ${RU.weekdayDative[weekdayOf(startDay)]}`);
      if (freq === 'MONTHLY') days.push(`${start.day}-го числа`);
      if (freq === 'YEARLY')
        days.push(
          byMonth ? `${start.day}-го числа` : `${start.day} ${RU.monthGenitive[start.month - 1]}`,
        );
    }
    // «по будням», not «каждый день по будням».
    main = (dailyByDay ? days : [period, ...days]).join(' ');
  }
  const out = [main];
  if (byMonth && !(oneMonth && numbered?.length)) {
    const run = monthRun(byMonth);
    out.push(
      run
        ? `с ${RU.monthGenitive[run[0] - 1]} по ${RU.month[run[1] - 1]}`
        : `в ${list(
            [...new Set(byMonth)].sort((a, b) => a - b).map((m) => RU.monthPrepositional[m - 1]!),
            'и',
          )}`,
    );
  }
  if (rule.count !== undefined)
    out.push(plural(rule.count, 'ru', { one: 'раз', few: 'раза', many: 'раз', other: 'раза' }));
  if (rule.until) out.push(`до ${longDate(untilDay(rule.until, zone), 'ru', true)}`);
  return out.join(', ');
}

function ruMonthDays(values: readonly number[]): string {
  const positive = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
  const parts: string[] = [];
  if (positive.length)
    parts.push(
      `${list(
        positive.map((v) => `${v}-го`),
        'и',
      )} числа`,
    );
  for (const v of values.filter((n) => n < 0).sort((a, b) => b - a)) {
    parts.push(`в ${ruOrdinal(v, 'm')} день месяца`);
  }
  return list(parts, 'и');
}

function describeEn(rule: RecurrenceRule, startDay: number | undefined, zone?: string): string {
  const { freq, interval, byDay, byMonthDay, byMonth } = rule;
  const oneMonth = freq === 'YEARLY' && byMonth?.length === 1;
  const dailyByDay = freq === 'DAILY' && interval === 1 && !byMonthDay && byDay !== undefined;
  const unit = EN.period[freq];
  const period = interval === 1 ? `every ${unit.one}` : `every ${plural(interval, 'en', unit)}`;
  const numbered = byDay?.filter((d) => d.nth !== undefined) as Required<WeekdaySpec>[] | undefined;
  const plain = byDay?.filter((d) => d.nth === undefined).map((d) => d.day);
  let main: string;
  const sameDay = numbered?.length && numbered.every((d) => d.day === numbered[0]!.day);
  if (
    freq === 'MONTHLY' &&
    interval === 1 &&
    !byMonthDay &&
    !plain?.length &&
    numbered?.length &&
    sameDay
  ) {
    main = `every ${list(
      numbered.map((d) => enOrdinal(d.nth)),
      'and',
    )} ${EN.weekday[numbered[0]!.day]} of the month`;
  } else {
    const days: string[] = [];
    if (plain?.length) {
      const set = [...new Set(plain)].sort((a, b) => a - b);
      if (set.join() === '0,1,2,3,4') days.push('on weekdays');
      else if (set.join() === '5,6') days.push('at weekends');
      else
        days.push(
          `on ${list(
            set.map((d) => EN.weekday[d]!),
            'and',
          )}`,
        );
    }
    if (numbered?.length)
      days.push(
        `on the ${list(
          numbered.map((d) => `${enOrdinal(d.nth)} ${EN.weekday[d.day]}`),
          'and',
        )}`,
      );
    if (byMonthDay) {
      const words = byMonthDay.map((v) =>
        v === -1 ? 'last day' : v < 0 ? `${suffixed(-v)} from last day` : suffixed(v),
      );
      days.push(`on the ${list(words, 'and')}`);
    }
    if (oneMonth && numbered?.length) days.push(`of ${EN.month[byMonth![0]! - 1]}`);
    if (!byDay && !byMonthDay && startDay !== undefined) {
      const start = dateOf(startDay);
      if (freq === 'WEEKLY') days.push(`on ${EN.weekday[weekdayOf(startDay)]}`);
      if (freq === 'MONTHLY') days.push(`on the ${suffixed(start.day)}`);
      if (freq === 'YEARLY')
        days.push(
          byMonth
            ? `on the ${suffixed(start.day)}`
            : `on ${start.day} ${EN.month[start.month - 1]}`,
        );
    }
    main = (dailyByDay ? days : [period, ...days]).join(' ');
  }
  const out = [main];
  if (byMonth && !(oneMonth && numbered?.length)) {
    const run = monthRun(byMonth);
    out.push(
      run
        ? `${EN.month[run[0] - 1]} to ${EN.month[run[1] - 1]}`
        : `in ${list(
            [...new Set(byMonth)].sort((a, b) => a - b).map((m) => EN.month[m - 1]!),
            'and',
          )}`,
    );
  }
  if (rule.count !== undefined) out.push(plural(rule.count, 'en', { one: 'time', other: 'times' }));
  if (rule.until) out.push(`until ${longDate(untilDay(rule.until, zone), 'en', true)}`);
  return out.join(', ');
}

/** The rule in Russian (default) or English words. */
export function describeRule(rule: RecurrenceRule, options: DescribeOptions = {}): string {
  let startDay: number | undefined;
  if (options.start) {
    startDay =
      options.start.length === 10 || !options.zone
        ? parseIsoDay(options.start)
        : Math.floor(epochToWall(options.zone, Date.parse(options.start)) / DAY_MS);
    if (Number.isNaN(startDay)) startDay = undefined;
  }
  return options.lang === 'en'
    ? describeEn(rule, startDay, options.zone)
    : describeRu(rule, startDay, options.zone);
}
