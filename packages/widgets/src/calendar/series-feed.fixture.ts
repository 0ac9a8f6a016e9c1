/**
 * A Vladivostok feed with recurring events, for the calendar's and the directory's tests and
 * stories (the browser runs in Europe/Berlin, nine or ten hours behind):
 * - an РМО every second Tuesday, September to May, 15:00–17:00, no meeting on 12 January, the
 *   10 November one cancelled and the 8 December one moved to 10 December at 10:00 at another
 *   school with its own programme;
 * - a weekly webinar on Wednesdays at 08:00 — still Tuesday evening in Berlin;
 * - the школа молодого педагога, the last Friday of each month, all day;
 * - one single event.
 */
export function seriesFeed(): object {
  return {
    version: 1,
    generatedAt: '2026-09-01T09:00:00+10:00',
    publisher: {
      id: 'amur',
      name: 'Районный методический центр',
      shortName: 'РМЦ',
      timeZone: 'Asia/Vladivostok',
      eventsPage: 'https://rmc.example/events/',
    },
    taxonomies: {
      subjects: [
        { id: 'math', label: 'Математика', labelEn: 'Mathematics' },
        { id: 'russian', label: 'Русский язык', labelEn: 'Russian' },
      ],
    },
    organizations: [
      { id: 'sch1', name: 'МБОУ СОШ № 1', type: 'school', address: 'ул. Ленина, 1' },
      { id: 'sch3', name: 'МБОУ СОШ № 3', type: 'school', address: 'ул. Мира, 3' },
    ],
    associations: [
      {
        id: 'rmo-math',
        name: 'РМО учителей математики',
        kind: 'rmo',
        level: 'municipal',
        subjects: ['math'],
      },
      {
        id: 'smp',
        name: 'Школа молодого педагога',
        kind: 'young-teacher-school',
        level: 'municipal',
      },
      { id: 'rmo-rus', name: 'РМО учителей русского языка', kind: 'rmo', level: 'municipal' },
    ],
    events: [
      {
        id: 'rmo-math-meeting',
        title: 'Заседание РМО учителей математики',
        kind: 'association-meeting',
        start: '2026-09-08T15:00:00+10:00',
        end: '2026-09-08T17:00:00+10:00',
        venue: { organization: 'sch1' },
        subjects: ['math'],
        associations: ['rmo-math'],
        recurrence: {
          rule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525',
          except: ['2027-01-12'],
          changes: [
            { date: '2026-11-10', status: 'cancelled', statusNote: 'Заседание отменено: каникулы' },
            {
              date: '2026-12-08',
              start: '2026-12-10T10:00:00+10:00',
              venue: { organization: 'sch3' },
              materials: [{ title: 'Программа заседания', url: 'https://rmc.example/p.pdf' }],
            },
          ],
        },
      },
      {
        id: 'webinar',
        title: 'Вебинар «Функциональная грамотность»',
        kind: 'webinar',
        format: 'online',
        onlineUrl: 'https://vebinar.example/room',
        start: '2026-09-02T08:00:00+10:00',
        end: '2026-09-02T09:00:00+10:00',
        subjects: ['russian'],
        recurrence: { rule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=30' },
      },
      {
        id: 'smp-day',
        title: 'Школа молодого педагога',
        kind: 'seminar',
        start: '2026-09-25',
        venue: { organization: 'sch3' },
        associations: ['smp'],
        recurrence: { rule: 'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=9,10,11,12,1,2,3,4,5' },
      },
      {
        id: 'readings',
        title: 'Педагогические чтения',
        kind: 'readings',
        start: '2026-11-18T10:00:00+10:00',
        end: '2026-11-18T14:00:00+10:00',
        venue: { organization: 'sch1' },
        associations: ['rmo-rus'],
      },
    ],
  };
}
