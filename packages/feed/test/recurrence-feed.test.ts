import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  eventsInRange,
  type FeedEvent,
  type FeedInput,
  parseFeed,
  parseFeedCompact,
} from '../src/index.ts';

/** A Vladivostok feed with one РМО series; each test changes its recurrence. */
function feed(recurrence: unknown, start = '2026-09-08T15:00:00+10:00'): FeedInput {
  return {
    version: 1,
    generatedAt: '2026-08-20T09:00:00+10:00',
    publisher: { id: 'amur', name: 'РМЦ', timeZone: 'Asia/Vladivostok' },
    organizations: [{ id: 'sch3', name: 'МБОУ СОШ № 3', type: 'school' }],
    events: [
      {
        id: 'rmo-math',
        title: 'Заседание РМО учителей математики',
        kind: 'association-meeting',
        start,
        end: start.replace('15:00', '17:00'),
        recurrence,
      } as NonNullable<FeedInput['events']>[number],
    ],
  } as FeedInput;
}

/**
 * The Node parser's verdict. The browser's (compact) parser leaves the recurrence check out to
 * keep the widgets' bundle small: it agrees on everything else and keeps the series as written.
 */
function parseBoth(input: FeedInput, lang: 'ru' | 'en' = 'ru') {
  const zod = parseFeed(JSON.stringify(input), { mode: 'strict', lang });
  const compact = parseFeedCompact(JSON.stringify(input), { mode: 'strict', lang });
  assert.deepStrictEqual(
    compact.problems,
    zod.problems.filter((p) => p.code !== 'recurrence'),
  );
  if (!zod.problems.length) assert.deepStrictEqual(compact, zod);
  else
    assert.deepStrictEqual(
      compact.feed!.events[0]!.recurrence,
      JSON.parse(JSON.stringify(input)).events[0].recurrence,
    );
  return zod;
}

const series = {
  rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
  except: ['2027-01-12'],
  changes: [
    { date: '2026-11-10', status: 'cancelled', statusNote: 'Перенос на весенние каникулы' },
    {
      date: '2026-12-08',
      start: '2026-12-10T10:00:00+10:00',
      venue: { organization: 'sch3' },
      materials: [{ title: 'Программа', url: 'https://example.ru/p.pdf' }],
    },
  ],
};

test('a valid series parses clean in both engines and expands with its changes', () => {
  const result = parseBoth(feed(series));
  assert.deepEqual(result.problems, []);
  const event = result.feed!.events[0]!;
  const { events } = eventsInRange(result.feed!.events as FeedEvent[], 'Asia/Vladivostok', {
    from: Date.parse('2026-11-01T00:00:00+10:00'),
    to: Date.parse('2027-01-01T00:00:00+10:00'),
  });
  assert.deepEqual(
    events.map((e) => [e.occurrenceDate, e.start, e.end, e.status, e.moved ?? false]),
    [
      ['2026-11-10', '2026-11-10T15:00:00+10:00', '2026-11-10T17:00:00+10:00', 'cancelled', false],
      ['2026-12-08', '2026-12-10T10:00:00+10:00', '2026-12-10T12:00:00+10:00', 'scheduled', true],
    ],
  );
  assert.equal(events[0]!.statusNote, 'Перенос на весенние каникулы');
  assert.deepEqual(events[1]!.venue, { organization: 'sch3' });
  assert.equal(events[1]!.materials?.[0]?.title, 'Программа');
  assert.equal(events[1]!.id, event.id);
});

test('a bad rule is an error at recurrence.rule, in Russian and English; the event stays single', () => {
  const input = feed({ rule: 'FREQ=WEEKLY;BYDAY=2TU;COUNT=5000' });
  const ru = parseBoth(input);
  assert.deepEqual(
    ru.problems.map((p) => [p.path, p.severity, p.code, p.message]),
    [
      [
        'events[0].recurrence.rule',
        'error',
        'recurrence',
        'BYDAY=2TU: день с номером (2TU, -1FR) бывает только в правилах FREQ=MONTHLY и FREQ=YEARLY. Для встреч каждую неделю уберите номер: BYDAY=TU.',
      ],
      [
        'events[0].recurrence.rule',
        'error',
        'recurrence',
        'COUNT=5000: число встреч — целое от 1 до 1000.',
      ],
    ],
  );
  assert.equal(ru.feed!.events.length, 1);
  assert.equal(ru.feed!.events[0]!.recurrence, undefined);
  // In the browser the rule stays, and the expansion shows the event as its single meeting.
  const browser = parseFeedCompact(JSON.stringify(input)).feed!.events as FeedEvent[];
  const all = { from: Date.parse('2024-01-01'), to: Date.parse('2031-01-01') };
  assert.deepEqual(
    eventsInRange(browser, 'Asia/Vladivostok', all).events.map((e) => e.start),
    ['2026-09-08T15:00:00+10:00'],
  );
  const en = parseBoth(input, 'en');
  assert.match(en.problems[1]!.message, /^COUNT=5000: the number of meetings is a whole number/);
});

test('warnings: a start off the rule, dates that are no meeting, duplicates; error: never a meeting', () => {
  const off = parseBoth(
    feed(
      {
        ...series,
        except: ['2027-01-12', '2027-01-13'],
        changes: [{ date: '2027-01-12', status: 'cancelled' }],
      },
      '2026-09-09T15:00:00+10:00',
    ),
  );
  assert.deepEqual(
    off.problems.map((p) => [p.path, p.severity, p.params.reason]),
    [
      ['events[0].start', 'warning', 'start_mismatch'],
      ['events[0].recurrence.except[1]', 'warning', 'not_an_occurrence'],
      ['events[0].recurrence.changes[0].date', 'warning', 'duplicate_date'],
    ],
  );
  assert.match(off.problems[0]!.message, /первая встреча по правилу — 2026-10-13T15:00:00\+10:00/);
  const never = parseBoth(feed({ rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }));
  assert.deepEqual(
    never.problems.map((p) => [p.path, p.severity, p.params.reason]),
    [['events[0].recurrence.rule', 'error', 'no_occurrences']],
  );
});
