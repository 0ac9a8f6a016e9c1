import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule } from '../src/recurrence/describe.ts';
import { EXPANSION_LIMITS, expandAll, expandSeries, occursOn } from '../src/recurrence/expand.ts';
import { recurrenceMessage, ruleIssueParams } from '../src/recurrence/messages.ts';
import { formatRule, parseRule, type RecurrenceRule } from '../src/recurrence/rule.ts';

const rule = (text: string): RecurrenceRule => {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.rule;
};
const range = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });
const starts = (o: { start: string }[]) => o.map((x) => x.start);

test('a rule is read in any case, with or without RRULE:, and written back canonically', () => {
  const r = rule('rrule:freq=monthly;byday=2tu;bymonth=9,10,11,12,1,2,3,4,5;until=2027-05-25');
  assert.equal(formatRule(r), 'FREQ=MONTHLY;BYMONTH=1,2,3,4,5,9,10,11,12;BYDAY=2TU;UNTIL=20270525');
  assert.equal(
    formatRule(rule('FREQ=WEEKLY;INTERVAL=2;WKST=SU;COUNT=10')),
    'FREQ=WEEKLY;INTERVAL=2;COUNT=10;WKST=SU',
  );
  assert.equal(
    formatRule(rule('FREQ=DAILY;UNTIL=20270101T090000Z')),
    'FREQ=DAILY;UNTIL=20270101T090000Z',
  );
});

test('every problem of a rule is reported at its part, worded in Russian and English', () => {
  const parsed = parseRule(
    'FREQ=WEEKLY;BYDAY=2TU;BYMONTHDAY=3;COUNT=0;INTERVAL=x;BYSETPOS=1;UNTIL=20270230',
  );
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  assert.deepEqual(
    parsed.issues.map((i) => `${i.part}:${i.reason}`),
    [
      'RRULE:unknown_part',
      'INTERVAL:interval',
      'BYDAY:ordinal_freq',
      'BYMONTHDAY:month_day_weekly',
      'COUNT:count',
      'UNTIL:until',
      'UNTIL:count_and_until',
    ],
  );
  const ru = parsed.issues.map((i) => recurrenceMessage({ ...ruleIssueParams(i) }, 'ru'));
  assert.match(ru[0]!, /Часть BYSETPOS не поддерживается/);
  assert.match(ru[2]!, /BYDAY=2TU: день с номером .* только в правилах FREQ=MONTHLY/);
  assert.match(ru[4]!, /COUNT=0: число встреч — целое от 1 до 1000/);
  assert.match(ru[5]!, /UNTIL=20270230: дату окончания пишут так/);
  const en = parsed.issues.map((i) => recurrenceMessage({ ...ruleIssueParams(i) }, 'en'));
  assert.match(en[1]!, /INTERVAL=X: the step is a whole number from 1 to 1000/);
  for (const [text, part, reason] of [
    ['BYDAY=TU', 'FREQ', 'freq_required'],
    ['FREQ=HOURLY', 'FREQ', 'freq'],
    ['FREQ=MONTHLY;BYDAY=6TU', 'BYDAY', 'ordinal_range'],
    ['FREQ=YEARLY;BYDAY=54MO', 'BYDAY', 'ordinal_range'],
    ['FREQ=MONTHLY;BYDAY=TUE', 'BYDAY', 'weekday'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY', 'month_day'],
    ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH', 'month'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ', 'duplicate_part'],
    ['FREQ=DAILY;каждый вторник', 'RRULE', 'syntax'],
  ] as const) {
    const result = parseRule(text);
    assert.ok(
      !result.ok && result.issues.some((i) => i.part === part && i.reason === reason),
      text,
    );
  }
});

test('the rule in words: Russian grammar and English', () => {
  const cases: [string, string, string][] = [
    [
      'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5',
      'каждый второй вторник месяца, с сентября по май',
      'every second Tuesday of the month, September to May',
    ],
    [
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525',
      'каждую неделю по вторникам, до 25 мая 2027 г.',
      'every week on Tuesday, until 25 May 2027',
    ],
    [
      'FREQ=MONTHLY;BYDAY=-1FR',
      'каждую последнюю пятницу месяца',
      'every last Friday of the month',
    ],
    [
      'FREQ=MONTHLY;BYDAY=-1SU;COUNT=3',
      'каждое последнее воскресенье месяца, 3 раза',
      'every last Sunday of the month, 3 times',
    ],
    [
      'FREQ=MONTHLY;BYDAY=2WE,4WE;COUNT=5',
      'каждую вторую и четвёртую среду месяца, 5 раз',
      'every second and fourth Wednesday of the month, 5 times',
    ],
    ['FREQ=WEEKLY;INTERVAL=2', 'каждую вторую неделю по вторникам', 'every 2 weeks on Tuesday'],
    [
      'FREQ=WEEKLY;INTERVAL=12;BYDAY=MO,WE,FR;COUNT=21',
      'раз в 12 недель по понедельникам, средам и пятницам, 21 раз',
      'every 12 weeks on Monday, Wednesday and Friday, 21 times',
    ],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'по будням', 'on weekdays'],
    ['FREQ=DAILY;INTERVAL=22', 'раз в 22 дня', 'every 22 days'],
    [
      'FREQ=MONTHLY;BYMONTHDAY=10,25,-1',
      'каждый месяц 10-го и 25-го числа и в последний день месяца',
      'every month on the 10th, 25th and last day',
    ],
    [
      'FREQ=MONTHLY;BYDAY=2TU,-1FR;BYMONTH=1,3,5',
      'каждый месяц во второй вторник и последнюю пятницу, в январе, марте и мае',
      'every month on the second Tuesday and last Friday, in January, March and May',
    ],
    ['FREQ=YEARLY', 'каждый год 8 сентября', 'every year on 8 September'],
    ['FREQ=YEARLY;INTERVAL=5', 'каждый пятый год 8 сентября', 'every 5 years on 8 September'],
    [
      'FREQ=YEARLY;BYMONTH=9;BYDAY=1MO',
      'каждый год в первый понедельник сентября',
      'every year on the first Monday of September',
    ],
    ['FREQ=MONTHLY;INTERVAL=3', 'каждый третий месяц 8-го числа', 'every 3 months on the 8th'],
  ];
  const start = '2026-09-08T15:00:00+10:00';
  const zone = 'Asia/Vladivostok';
  for (const [text, ru, en] of cases) {
    assert.equal(describeRule(rule(text), { start, zone }), ru, text);
    assert.equal(describeRule(rule(text), { start, zone, lang: 'en' }), en, text);
  }
  // A UTC UNTIL is told as the publisher's date: 23:30 UTC on 24 May is 25 May in Vladivostok.
  assert.equal(
    describeRule(rule('FREQ=DAILY;UNTIL=20270524T233000Z'), { zone }),
    'каждый день, до 25 мая 2027 г.',
  );
});

test('09:00 stays 09:00 local across DST changes (Berlin, New York)', () => {
  const berlin = expandSeries(
    { start: '2027-03-22T09:00:00+01:00', rule: rule('FREQ=WEEKLY;COUNT=3') },
    'Europe/Berlin',
    range('2027-01-01', '2028-01-01'),
  );
  assert.deepEqual(starts(berlin.occurrences), [
    '2027-03-22T09:00:00+01:00',
    '2027-03-29T09:00:00+02:00',
    '2027-04-05T09:00:00+02:00',
  ]);
  const ny = expandSeries(
    { start: '2026-03-07T02:30:00-05:00', rule: rule('FREQ=DAILY;COUNT=3') },
    'America/New_York',
    range('2026-01-01', '2027-01-01'),
  );
  // 02:30 on 8 March does not exist: read with the offset before the gap, it is 03:30 EDT.
  assert.deepEqual(starts(ny.occurrences), [
    '2026-03-07T02:30:00-05:00',
    '2026-03-08T03:30:00-04:00',
    '2026-03-09T02:30:00-04:00',
  ]);
});

test('only the asked range is expanded; a mixed BYDAY is a union as RFC 5545 says', () => {
  // An open-ended daily series from 2024: one month of it, not eight years.
  const daily = expandSeries(
    { start: '2024-01-01T10:00:00+03:00', rule: rule('FREQ=DAILY') },
    'Europe/Moscow',
    range('2031-02-01T00:00:00+03:00', '2031-03-01T00:00:00+03:00'),
  );
  assert.equal(daily.occurrences.length, 28);
  assert.equal(daily.truncated, false);
  const mixed = expandSeries(
    { start: '2026-10-01T10:00:00+03:00', rule: rule('FREQ=MONTHLY;BYDAY=TH,-1FR;COUNT=6') },
    'Europe/Moscow',
    range('2026-10-01', '2027-01-01'),
  );
  assert.deepEqual(
    mixed.occurrences.map((o) => o.date),
    ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-10-30'],
  );
});

test('excluded dates vanish, cancelled ones stay marked, moved ones show at their new time', () => {
  const series = {
    start: '2026-09-08T15:00:00+10:00',
    end: '2026-09-08T17:00:00+10:00',
    rule: rule('FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525'),
    exdates: ['2027-01-12'],
    overrides: [
      { date: '2026-11-10', status: 'cancelled' },
      // Moved out of the month it belongs to, and from afternoon to morning.
      { date: '2026-12-08', start: '2026-11-30T10:00:00+10:00' },
      // Not a date of the series: ignored (validation warns about it).
      { date: '2026-12-09', status: 'cancelled' },
    ],
  };
  const all = expandSeries(series, 'Asia/Vladivostok', range('2026-01-01', '2028-01-01'));
  assert.deepEqual(
    all.occurrences.map(
      (o) =>
        `${o.date} ${o.start}–${o.end?.slice(11, 16)}${o.cancelled ? ' cancelled' : ''}${o.moved ? ' moved' : ''}`,
    ),
    [
      '2026-09-08 2026-09-08T15:00:00+10:00–17:00',
      '2026-10-13 2026-10-13T15:00:00+10:00–17:00',
      '2026-11-10 2026-11-10T15:00:00+10:00–17:00 cancelled',
      '2026-12-08 2026-11-30T10:00:00+10:00–12:00 moved',
      '2027-02-09 2027-02-09T15:00:00+10:00–17:00',
      '2027-03-09 2027-03-09T15:00:00+10:00–17:00',
      '2027-04-13 2027-04-13T15:00:00+10:00–17:00',
      '2027-05-11 2027-05-11T15:00:00+10:00–17:00',
    ],
  );
  // The November month view shows the moved December meeting, and December's does not.
  const november = expandSeries(
    series,
    'Asia/Vladivostok',
    range('2026-11-01T00:00:00+10:00', '2026-12-01T00:00:00+10:00'),
  );
  assert.deepEqual(
    november.occurrences.map((o) => o.date),
    ['2026-11-10', '2026-12-08'],
  );
  const december = expandSeries(
    series,
    'Asia/Vladivostok',
    range('2026-12-01T00:00:00+10:00', '2027-01-01T00:00:00+10:00'),
  );
  assert.deepEqual(december.occurrences, []);
  assert.equal(occursOn(series, 'Asia/Vladivostok', '2026-12-08'), true);
  assert.equal(occursOn(series, 'Asia/Vladivostok', '2026-12-09'), false);
});

test('all-day series span their days; UNTIL is inclusive', () => {
  const week = expandSeries(
    { start: '2026-03-23', end: '2026-03-27', rule: rule('FREQ=YEARLY;UNTIL=20280323') },
    'Europe/Samara',
    range('2026-01-01', '2030-01-01'),
  );
  assert.deepEqual(
    week.occurrences.map((o) => `${o.start}..${o.end}`),
    ['2026-03-23..2026-03-27', '2027-03-23..2027-03-27', '2028-03-23..2028-03-27'],
  );
});

test('the caps: one rule and one call never give more than the limits', () => {
  const daily = { start: '2024-01-01T10:00:00+03:00', rule: rule('FREQ=DAILY') };
  const huge = range('2024-01-01', '2034-01-01');
  const one = expandSeries(daily, 'Europe/Moscow', huge);
  assert.equal(one.occurrences.length, EXPANSION_LIMITS.perRule);
  assert.equal(one.truncated, true);
  assert.equal(expandSeries(daily, 'Europe/Moscow', huge, 5).occurrences.length, 5);
  const many = expandAll(
    Array.from({ length: 12 }, () => daily),
    'Europe/Moscow',
    huge,
  );
  assert.equal(many.occurrences.length, EXPANSION_LIMITS.perFeed);
  assert.equal(many.truncated, true);
  // A rule that never matches scans a bounded number of periods and returns nothing.
  const never = expandSeries(
    { start: '2024-01-01T10:00:00+03:00', rule: rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30') },
    'Europe/Moscow',
    range('2024-01-01', '2100-01-01'),
  );
  assert.equal(never.occurrences.length, 0);
});
