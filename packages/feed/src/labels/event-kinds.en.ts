// In English, apart from the Russian table (./event-kinds.ts): the widgets load their English
// words on demand, and a module holding both languages would land in the Russian first paint.
import type { EventKind } from '../schema/event.ts';

export const EVENT_KIND_LABELS_EN: Record<EventKind, string> = {
  seminar: 'Seminar',
  workshop: 'Workshop',
  'round-table': 'Round table',
  'master-class': 'Master class',
  conference: 'Conference',
  readings: 'Pedagogical readings',
  salon: 'Pedagogical salon',
  contest: 'Professional contest',
  olympiad: 'Olympiad',
  landing: 'Methodical visit',
  webinar: 'Webinar',
  internship: 'Internship',
  'open-lesson': 'Open lesson',
  'mastery-week': 'Mastery week',
  festival: 'Festival',
  rally: 'Rally',
  'association-meeting': 'Association meeting',
  course: 'Professional development course',
  other: 'Other',
};
