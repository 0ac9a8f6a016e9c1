import { consultationFeed } from '../consultation/consultation.fixtures.ts';

/** Where the test feeds say the department's service keeps the lists. */
export const REG_ENDPOINT = 'https://rmc.example/api/registrations';

const event = (id: string, extra: Record<string, unknown>) => ({
  id,
  title: `Мастер-класс «${id}»`,
  kind: 'master-class',
  start: '2031-03-10T10:00:00+10:00',
  end: '2031-03-10T12:00:00+10:00',
  ...extra,
});

/**
 * The consultation test feed (its consent, organizations) with events whose lists the service
 * keeps: places and a waiting list with a required question, one place and no list, a deadline
 * passed, cancelled, already started, no limit; and one with a page elsewhere, one with none.
 */
export function registrationFeed(endpoint = REG_ENDPOINT): object {
  const base = consultationFeed() as { events: object[] };
  return {
    ...base,
    events: [
      ...base.events,
      event('mk-small', {
        registration: {
          endpoint,
          capacity: 2,
          waitlist: true,
          deadline: '2031-03-01',
          questions: [
            { id: 'subject', label: 'Предмет', required: true },
            { id: 'years', label: 'Стаж' },
          ],
        },
      }),
      event('mk-nowait', { registration: { endpoint, capacity: 1 } }),
      event('mk-late', { registration: { endpoint, capacity: 10, deadline: '2026-01-01' } }),
      event('mk-off', { status: 'cancelled', registration: { endpoint, capacity: 10 } }),
      event('mk-past', {
        start: '2025-03-10T10:00:00+10:00',
        end: '2025-03-10T12:00:00+10:00',
        registration: { endpoint, capacity: 10 },
      }),
      event('mk-free', { registration: { endpoint } }),
      event('mk-ext', { registration: { url: 'https://forms.example/mk' } }),
    ],
  };
}

/**
 * The same feed with «Школа молодого педагога», a series of the service's: every second Tuesday
 * at 15:00, September 2026 to May 2027, the December meeting moved to Wednesday the 9th.
 */
export function registrationSeriesFeed(endpoint = REG_ENDPOINT): object {
  const base = registrationFeed(endpoint) as { events: object[] };
  return {
    ...base,
    events: [
      ...base.events,
      event('mk-series', {
        title: 'Школа молодого педагога',
        start: '2026-09-08T15:00:00+10:00',
        end: '2026-09-08T17:00:00+10:00',
        recurrence: {
          rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
          changes: [{ date: '2026-12-08', start: '2026-12-09T15:00:00+10:00' }],
        },
        registration: { endpoint, capacity: 20 },
      }),
    ],
  };
}
