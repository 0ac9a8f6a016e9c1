import { json } from '../../../../test/embed/fixtures/make-feed.ts';

/**
 * The service double's answer about the registration test feed's `mk-small` (see
 * registration.fixtures.ts): one of two places left, a waiting list, sign-up open — the state in
 * which the widget offers its form. A fresh Response each call, since a body is read only once.
 */
export function openPlaces(): Response {
  return json({
    eventId: 'mk-small',
    capacity: 2,
    confirmed: 1,
    waiting: 0,
    placesLeft: 1,
    waitlist: true,
    state: 'open',
    deadline: '2031-03-01',
  });
}
