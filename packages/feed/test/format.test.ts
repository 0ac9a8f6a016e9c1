import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  addMonths,
  dayInZone,
  foldText,
  formatDay,
  formatWhen,
  matchesWords,
  plural,
  pluralWord,
  queryWords,
  weekdayIndex,
  whenZoneNote,
  zoneDiffers,
} from '../src/format/index.ts';

/** ICU puts no-break and thin spaces in dates; compare the words. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

const events = { one: 'событие', few: 'события', many: 'событий', other: 'события' };

describe('plural', () => {
  test('Russian one/few/many by the last digits', () => {
    assert.equal(plural(1, 'ru', events), '1 событие');
    assert.equal(plural(21, 'ru', events), '21 событие');
    assert.equal(plural(3, 'ru', events), '3 события');
    assert.equal(plural(24, 'ru', events), '24 события');
    assert.equal(plural(5, 'ru', events), '5 событий');
    assert.equal(plural(11, 'ru', events), '11 событий');
    assert.equal(plural(112, 'ru', events), '112 событий');
  });
  test('fractions take other; English one/other', () => {
    assert.equal(pluralWord(1.5, 'ru', events), 'события');
    assert.equal(plural(1, 'en', { one: 'event', other: 'events' }), '1 event');
    assert.equal(plural(2, 'en', { one: 'event', other: 'events' }), '2 events');
  });
});

describe('days in the publisher zone', () => {
  test('a late-evening Vladivostok time is the next day in Berlin but not for the calendar', () => {
    assert.equal(dayInZone('2026-11-25T23:30:00+10:00', 'Asia/Vladivostok'), '2026-11-25');
    assert.equal(dayInZone('2026-11-25T23:30:00+10:00', 'Europe/Berlin'), '2026-11-25');
    assert.equal(dayInZone('2026-11-25T02:00:00+10:00', 'Europe/Berlin'), '2026-11-24');
    assert.equal(dayInZone('2026-12-05', 'Asia/Vladivostok'), '2026-12-05');
  });
  test('day arithmetic crosses months, years and clamps month ends', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
    assert.equal(weekdayIndex('2026-11-23'), 0);
    assert.equal(weekdayIndex('2026-11-29'), 6);
  });
  test('formatDay ignores the visitor zone', () => {
    assert.equal(
      plain(formatDay('2026-11-25', 'ru', { day: 'numeric', month: 'long' })),
      '25 ноября',
    );
  });
});

describe('formatWhen and the zone note', () => {
  const timed = { start: '2026-11-25T10:00:00+10:00', end: '2026-11-25T12:00:00+10:00' };
  test('times are the publisher wall clock', () => {
    assert.equal(
      plain(formatWhen(timed, 'Asia/Vladivostok', 'ru')),
      '25 ноября 2026 г., 10:00–12:00',
    );
    assert.equal(
      plain(formatWhen({ start: '2026-12-05', end: '2026-12-07' }, 'Asia/Vladivostok', 'ru')),
      '5–7 декабря 2026 г.',
    );
  });
  test('the zone is named only when the visitor clock differs', () => {
    assert.equal(
      whenZoneNote(timed, 'Asia/Vladivostok', 'ru', 'Europe/Berlin'),
      'Владивосток (GMT+10)',
    );
    assert.equal(whenZoneNote(timed, 'Asia/Vladivostok', 'ru', 'Asia/Vladivostok'), undefined);
    assert.equal(
      whenZoneNote({ start: '2026-12-05' }, 'Asia/Vladivostok', 'ru', 'Europe/Berlin'),
      undefined,
    );
    // Same offset, different name: the clocks agree, so no note.
    assert.equal(zoneDiffers('Europe/Moscow', Date.parse(timed.start), 'Europe/Simferopol'), false);
  });
});

describe('search folding', () => {
  test('case and ё are ignored', () => {
    assert.equal(foldText('Учёт ЁЛКИ'), 'учет елки');
    const hay = foldText('Семинар «Учёт достижений»');
    assert.equal(matchesWords(hay, queryWords('учет  СЕМИНАР')), true);
    assert.equal(matchesWords(hay, queryWords('учет вебинар')), false);
  });
});
