import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedEvent, nextMeeting, signUpClosed } from '../src/index.ts';

const ZONE = 'Asia/Vladivostok';

/** «Школа молодого педагога»: every second Tuesday, September to May; one moved, one cancelled. */
const school: FeedEvent = {
  id: 'young-teacher',
  title: 'Школа молодого педагога',
  kind: 'seminar',
  start: '2026-09-08T15:00:00+10:00',
  end: '2026-09-08T17:00:00+10:00',
  status: 'scheduled',
  format: 'offline',
  recurrence: {
    rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
    except: ['2027-01-12'],
    changes: [
      { date: '2026-11-10', status: 'cancelled' },
      { date: '2026-12-08', start: '2026-12-09T15:00:00+10:00' },
    ],
  },
};

const at = (iso: string) => Date.parse(iso);
const next = (event: FeedEvent, iso: string) => nextMeeting(event, ZONE, at(iso))?.start;

test('nextMeeting: the next one not begun, cancelled and excluded skipped, moved at its new time', () => {
  assert.equal(next(school, '2026-09-08T15:00:00+10:00'), '2026-10-13T15:00:00+10:00');
  // 10 November is cancelled; 8 December moved to the 9th.
  assert.equal(next(school, '2026-10-20T00:00:00+10:00'), '2026-12-09T15:00:00+10:00');
  // 12 January is excluded.
  assert.equal(next(school, '2026-12-09T15:00:00+10:00'), '2027-02-09T15:00:00+10:00');
  assert.equal(next(school, '2027-05-11T14:59:00+10:00'), '2027-05-11T15:00:00+10:00');
  assert.equal(next(school, '2027-05-11T15:00:00+10:00'), undefined);
});

test('nextMeeting: a cancelled last meeting ends the series at the one before', () => {
  const lastCancelled: FeedEvent = {
    ...school,
    recurrence: { ...school.recurrence!, changes: [{ date: '2027-05-11', status: 'cancelled' }] },
  };
  assert.equal(next(lastCancelled, '2027-04-13T14:00:00+10:00'), '2027-04-13T15:00:00+10:00');
  assert.equal(next(lastCancelled, '2027-04-13T15:00:00+10:00'), undefined);
});

test('nextMeeting: a last meeting moved later keeps the series open until then', () => {
  const movedLast: FeedEvent = {
    ...school,
    recurrence: {
      ...school.recurrence!,
      changes: [{ date: '2027-05-11', start: '2027-05-20T15:00:00+10:00' }],
    },
  };
  assert.equal(next(movedLast, '2027-05-12T00:00:00+10:00'), '2027-05-20T15:00:00+10:00');
  assert.equal(next(movedLast, '2027-05-20T15:00:00+10:00'), undefined);
});

test('nextMeeting: a rule without UNTIL or COUNT never ends; a single event is its own meeting', () => {
  const endless: FeedEvent = { ...school, recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU' } };
  assert.equal(next(endless, '2031-03-05T00:00:00+10:00'), '2031-03-11T15:00:00+10:00');
  const single: FeedEvent = { ...school, recurrence: undefined };
  assert.equal(next(single, '2026-09-01T00:00:00+10:00'), single.start);
  assert.equal(next(single, '2026-09-08T15:00:00+10:00'), undefined);
});

test('signUpClosed: cancelled first, then every meeting begun, then the deadline', () => {
  const now = at('2026-10-01T00:00:00+10:00');
  assert.equal(signUpClosed(school, ZONE, now, true), null);
  assert.equal(signUpClosed(school, ZONE, now, false), 'past');
  assert.equal(signUpClosed({ ...school, status: 'cancelled' }, ZONE, now, true), 'cancelled');
  const deadline = { ...school, registration: { deadline: '2026-09-30' } } as FeedEvent;
  assert.equal(signUpClosed(deadline, ZONE, now, true), 'deadline');
  assert.equal(signUpClosed(deadline, ZONE, at('2026-09-30T23:00:00+10:00'), true), null);
  // A single event by its own start.
  const single: FeedEvent = { ...school, recurrence: undefined };
  assert.equal(signUpClosed(single, ZONE, at('2026-09-08T14:00:00+10:00')), null);
  assert.equal(signUpClosed(single, ZONE, at('2026-09-08T15:00:00+10:00')), 'past');
});

test('nextMeeting: a series that begins years ahead has its first meeting next', () => {
  assert.equal(next(school, '2020-01-01T00:00:00+10:00'), school.start);
});

test('signUpClosed: a single all-day event closes when its day begins in the publisher’s zone', () => {
  const day: FeedEvent = { ...school, id: 'open-day', start: '2026-12-08', end: '2026-12-08' };
  delete day.recurrence;
  // 23:30 on 7 December in Vladivostok is 13:30 UTC; 00:30 on the 8th is 14:30 UTC the day before.
  assert.equal(signUpClosed(day, ZONE, at('2026-12-07T23:30:00+10:00')), null);
  assert.equal(signUpClosed(day, ZONE, at('2026-12-08T00:30:00+10:00')), 'past');
  // The service asks nextMeeting, which must agree.
  assert.equal(nextMeeting(day, ZONE, at('2026-12-07T23:30:00+10:00'))?.id, 'open-day');
  assert.equal(nextMeeting(day, ZONE, at('2026-12-08T00:30:00+10:00')), undefined);
});

test('signUpClosed: a series without its meetings looked up counts as open (the service decides)', () => {
  const begun = at('2027-03-01T00:00:00+10:00');
  assert.equal(signUpClosed(school, ZONE, begun), null);
  assert.equal(signUpClosed(school, ZONE, begun, false), 'past');
  assert.equal(signUpClosed({ ...school, status: 'cancelled' }, ZONE, begun), 'cancelled');
});
