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
