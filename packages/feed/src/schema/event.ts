import * as z from 'zod/mini';
import { date, id, idList, LIMITS, linkUrl, text, webUrl, when } from './primitives.ts';

export const EVENT_KINDS = [
  'seminar',
  'workshop',
  'round-table',
  'master-class',
  'conference',
  'readings',
  'salon',
  'contest',
  'olympiad',
  'landing',
  'webinar',
  'internship',
  'open-lesson',
  'mastery-week',
  'festival',
  'rally',
  'association-meeting',
  'course',
  'other',
] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
export const EVENT_FORMATS = ['offline', 'online', 'hybrid'] as const;

export const materialSchema = z.object({
  title: text(LIMITS.title),
  url: linkUrl,
  /** Published before the event (programme, task) or after it (slides, recording). */
  when: z.optional(z.enum(['before', 'after'])),
});

export const venueSchema = z.object({
  organization: z.optional(id),
  address: z.optional(text(LIMITS.title)),
  room: z.optional(text()),
});

/**
 * What changes about one occurrence of a series, found by the date the rule gives it: cancelled
 * (still shown, as cancelled), moved (`start`, `end`), another venue or format, its own materials.
 */
export const occurrenceChangeSchema = z.object({
  /** The occurrence's date as the rule gives it, in the publisher's zone (`2026-11-10`). */
  date,
  status: z.optional(z.enum(EVENT_STATUSES)),
  statusNote: z.optional(text(LIMITS.text)),
  /** Moved: the new start (same form as the event's `start`). */
  start: z.optional(when),
  /** Moved: the new end; by default the new start plus the series' duration. */
  end: z.optional(when),
  format: z.optional(z.enum(EVENT_FORMATS)),
  venue: z.optional(venueSchema),
  onlineUrl: z.optional(webUrl),
  materials: z.optional(z.array(materialSchema).check(z.maxLength(LIMITS.list))),
});

/**
 * A series: the event's `start`/`end` are its first occurrence, `rule` says how it repeats, in
 * the publisher's time zone (see src/recurrence).
 */
export const recurrenceSchema = z.object({
  /**
   * An RFC 5545 RRULE, e.g. `FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20270525`
   * (every second Tuesday, September to May, until 25 May 2027): FREQ DAILY, WEEKLY, MONTHLY or
   * YEARLY; INTERVAL; BYDAY (TU, 2TU, -1FR); BYMONTHDAY; BYMONTH; COUNT or UNTIL.
   */
  rule: text(LIMITS.short),
  /** Dates with no meeting at all (holidays), `YYYY-MM-DD` in the publisher's zone. */
  except: z.optional(z.array(date).check(z.maxLength(LIMITS.list))),
  /** Per-occurrence changes: cancelled, moved, another venue, own materials. */
  changes: z.optional(z.array(occurrenceChangeSchema).check(z.maxLength(LIMITS.list))),
});

export const eventSchema = z.object({
  id,
  title: text(LIMITS.title),
  kind: z.enum(EVENT_KINDS),
  /** Date-time with offset, or a date for an all-day event. */
  start: when,
  /** Same form as `start`; for all-day events the last day, inclusive. */
  end: z.optional(when),
  status: z._default(z.enum(EVENT_STATUSES), 'scheduled'),
  /** Why it changed and what to do, e.g. the new date of a postponed event. */
  statusNote: z.optional(text(LIMITS.text)),
  format: z._default(z.enum(EVENT_FORMATS), 'offline'),
  venue: z.optional(venueSchema),
  onlineUrl: z.optional(webUrl),
  audiences: z.optional(idList),
  educationLevels: z.optional(idList),
  subjects: z.optional(idList),
  associations: z.optional(idList),
  responsible: z.optional(id),
  registration: z.optional(
    z
      .object({
        /** A registration page elsewhere. */
        url: z.optional(linkUrl),
        /**
         * The department's service keeps the list: its registration API (`…/api/registrations`),
         * which tells places left and takes sign-ups, a waiting list and cancellations.
         */
        endpoint: z.optional(webUrl.check(z.startsWith('https://'))),
        deadline: z.optional(z.union([z.iso.datetime({ offset: true }), date])),
        capacity: z.optional(z.int().check(z.positive())),
        /** With `endpoint`: when the places are taken, people may join a waiting list. */
        waitlist: z.optional(z.boolean()),
        /**
         * With `endpoint`: the service reminds confirmed participants by e-mail the day before.
         * On unless set to `false` (an event repeated every week may not want the letters).
         */
        reminder: z.optional(z.boolean()),
        /** With `endpoint`: extra questions on the form (e.g. "Предмет", "Стаж"). */
        questions: z.optional(
          z
            .array(z.object({ id, label: text(LIMITS.title), required: z.optional(z.boolean()) }))
            .check(z.maxLength(5)),
        ),
      })
      .check(
        z.refine((registration) => Boolean(registration.url || registration.endpoint), {
          error: 'registration_target',
          path: ['url'],
        }),
      ),
  ),
  /** Plain text; a blank line separates paragraphs. */
  description: z.optional(text(LIMITS.longText)),
  materials: z.optional(z.array(materialSchema).check(z.maxLength(LIMITS.list))),
  /** Makes the event a series of meetings (an РМО every second Tuesday). */
  recurrence: z.optional(recurrenceSchema),
  /** Bumped on every change so calendar apps replace their copy (iCalendar SEQUENCE). */
  sequence: z.optional(z.int().check(z.nonnegative())),
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
});

export type FeedEvent = z.infer<typeof eventSchema>;
export type EventRecurrence = z.infer<typeof recurrenceSchema>;
export type OccurrenceChange = z.infer<typeof occurrenceChangeSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventFormat = (typeof EVENT_FORMATS)[number];
