import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type FeedEvent,
  nextOccurrences,
  occurrenceKey,
  occurrenceOn,
  splitOccurrenceKey,
} from '../src/index.ts';

const ZONE = 'Asia/Vladivostok';

/** An РМО every second Tuesday, September to May, one meeting cancelled and one moved. */
const rmo: FeedEvent = {
  id: 'rmo-math',
  title: 'Заседание РМО учителей математики',
  kind: 'association-meeting',
  start: '2026-09-08T15:00:00+10:00',
  end: '2026-09-08T17:00:00+10:00',
  status: 'scheduled',
  format: 'offline',
  recurrence: {
    rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
    except: ['2027-01-12'],
    changes: [
      { date: '2026-11-10', status: 'cancelled', statusNote: 'Каникулы' },
      { date: '2026-12-08', start: '2026-12-10T10:00:00+10:00' },
    ],
  },
};

const at = (iso: string) => Date.parse(iso);

test('nextOccurrences: the next meetings from a moment, cancelled marked, moved at the new time', () => {
  const next = nextOccurrences(rmo, ZONE, at('2026-10-14T00:00:00+10:00'), 4);
  assert.deepEqual(
    next.map((e) => [e.occurrenceDate, e.start, e.status, e.moved ?? false]),
    [
      ['2026-11-10', '2026-11-10T15:00:00+10:00', 'cancelled', false],
      ['2026-12-08', '2026-12-10T10:00:00+10:00', 'scheduled', true],
      // 12 January is excluded.
      ['2027-02-09', '2027-02-09T15:00:00+10:00', 'scheduled', false],
      ['2027-03-09', '2027-03-09T15:00:00+10:00', 'scheduled', false],
    ],
  );
  assert.equal(next[1]!.end, '2026-12-10T12:00:00+10:00');
});

test('nextOccurrences: a meeting under way is still next; a series that ended gives none', () => {
  const during = nextOccurrences(rmo, ZONE, at('2026-09-08T16:00:00+10:00'), 1);
  assert.equal(during[0]?.occurrenceDate, '2026-09-08');
  assert.deepEqual(nextOccurrences(rmo, ZONE, at('2027-06-01T00:00:00+10:00'), 3), []);
  const plain: FeedEvent = { ...rmo, recurrence: undefined };
  assert.deepEqual(nextOccurrences(plain, ZONE, at('2026-01-01T00:00:00+10:00'), 3), []);
});

test('nextOccurrences: a yearly rule is found beyond the first windows', () => {
  const yearly: FeedEvent = {
    ...rmo,
    start: '2026-08-27T10:00:00+10:00',
    end: undefined,
    recurrence: { rule: 'FREQ=YEARLY' },
  };
  const next = nextOccurrences(yearly, ZONE, at('2026-09-01T00:00:00+10:00'), 2);
  assert.deepEqual(
    next.map((e) => e.occurrenceDate),
    ['2027-08-27', '2028-08-27'],
  );
});

test('occurrenceOn: the meeting of a date, with its change; none off the rule or excluded', () => {
  assert.equal(occurrenceOn(rmo, ZONE, '2026-10-13')?.start, '2026-10-13T15:00:00+10:00');
  const moved = occurrenceOn(rmo, ZONE, '2026-12-08');
  assert.equal(moved?.start, '2026-12-10T10:00:00+10:00');
  assert.equal(moved?.moved, true);
  assert.equal(occurrenceOn(rmo, ZONE, '2026-11-10')?.status, 'cancelled');
  assert.equal(occurrenceOn(rmo, ZONE, '2026-10-14'), undefined);
  assert.equal(occurrenceOn(rmo, ZONE, '2027-01-12'), undefined);
  assert.equal(occurrenceOn(rmo, ZONE, 'not-a-date'), undefined);
});

test('occurrence keys: id@date and back; plain ids and odd tails stay ids', () => {
  assert.equal(occurrenceKey('rmo-math', '2026-10-13'), 'rmo-math@2026-10-13');
  assert.deepEqual(splitOccurrenceKey('amur:rmo-math@2026-10-13'), {
    id: 'amur:rmo-math',
    date: '2026-10-13',
  });
  assert.deepEqual(splitOccurrenceKey('rmo-math'), { id: 'rmo-math' });
  assert.deepEqual(splitOccurrenceKey('rmo@soon'), { id: 'rmo@soon' });
});

test("nextOccurrences: a meeting across the look-ahead windows' boundary is listed once", () => {
  // Two-month window from 2026-09-01 00:00 ends 2026-11-02 00:00; a weekly all-night meeting
  // on Sundays 20:00–04:00 straddles it.
  const overnight: FeedEvent = {
    ...rmo,
    start: '2026-09-06T20:00:00+10:00',
    end: '2026-09-07T04:00:00+10:00',
    recurrence: { rule: 'FREQ=WEEKLY' },
  };
  const next = nextOccurrences(overnight, ZONE, at('2026-09-01T00:00:00+10:00'), 12);
  const dates = next.map((e) => e.occurrenceDate);
  assert.equal(new Set(dates).size, dates.length);
  assert.deepEqual(dates.slice(8, 10), ['2026-11-01', '2026-11-08']);
});
