// The English of calendar.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import { EVENT_KIND_LABELS_EN } from '@metodika/feed';
import type { CalendarStrings } from './calendar.strings.ts';

export const en: CalendarStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  todayMark: 'today',
  view: 'View',
  month: 'Month',
  agenda: 'List',
  search: 'Search events',
  upcoming: 'Upcoming only',
  facets: {
    kind: 'Type',
    audiences: 'Audience',
    educationLevels: 'Education level',
    subjects: 'Subject',
    associations: 'Association',
    format: 'Format',
  },
  events: { one: 'event', other: 'events' },
  noEvents: 'No events yet.',
  upcomingTitle: 'Upcoming events',
  noUpcoming: 'No upcoming events yet.',
  noEventsDay: 'No events on this day.',
  more: (n) => `${n} more`,
  continues: 'continued',
  allDay: 'all day',
  since: (day) => `from ${day}`,
  zoneNote: (zone) => `time zone: ${zone}`,
  movedFrom: (day) => `moved from ${day}`,
  kinds: EVENT_KIND_LABELS_EN,
  formats: { offline: 'In person', online: 'Online', hybrid: 'In person and online' },
  statuses: {
    scheduled: '',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    'moved-online': 'Moved online',
  },
  dayDialog: (day) => `Events on ${day}`,
  showing: (month, count) => `${month}: ${count}`,
  eventsPage: "All events on the organiser's site",
};
