import '../index.ts';
import { makeFeed } from '../../../../test/embed/fixtures/make-feed.ts';
import { associationsStrings } from '../associations/associations.strings.ts';
import { CollectionPage } from '../base/collection/collection.page.ts';
import { CalendarPage } from '../calendar/calendar.page.ts';
import { calendarStrings } from '../calendar/calendar.strings.ts';
import type { MetodikaCalendar } from '../calendar/calendar.ts';
import { consultationFeed } from '../consultation/consultation.fixtures.ts';
import { consultationStrings } from '../consultation/consultation.strings.ts';
import { makePracticesFeed } from '../practices/practices.fixture.ts';
import { practicesStrings } from '../practices/practices.strings.ts';
import { registrationFeed } from '../registration/registration.fixtures.ts';
import { registrationStrings } from '../registration/registration.strings.ts';
import { describeStates } from '../test-support/states.suite.ts';

// The loading, error, empty and stale states, once for every widget (test-support/states.suite.ts).

describeStates({
  tag: 'metodika-calendar',
  attributes: { today: '2026-10-01' },
  feed: () => makeFeed(5),
  empty: { feed: () => makeFeed(0), text: (el) => calendarStrings[el.locale].noEvents },
  shows: (page) => new CalendarPage(page.el as MetodikaCalendar).view !== 'none',
});

describeStates({
  tag: 'metodika-associations',
  feed: () => ({
    ...makeFeed(1),
    associations: [{ id: 'rmo-math', name: 'РМО учителей математики', kind: 'rmo' }],
  }),
  empty: { feed: () => makeFeed(2), text: (el) => associationsStrings[el.locale].empty },
  shows: (page) => new CollectionPage(page.el).titles.length === 1,
});

describeStates({
  tag: 'metodika-practices',
  feed: () => makePracticesFeed(4),
  empty: { feed: () => makePracticesFeed(0), text: (el) => practicesStrings[el.locale].empty },
  shows: (page) => new CollectionPage(page.el).titles.length === 4,
});

describeStates({
  tag: 'metodika-consultation',
  feed: () => consultationFeed(),
  // A feed without consultation settings: the form cannot be shown, and it says why.
  empty: { feed: () => makeFeed(1), text: (el) => consultationStrings[el.locale].noSettings },
  shows: (page) => page.text.includes(consultationStrings[page.el.locale].topic),
});

describeStates({
  tag: 'metodika-registration',
  // The event with a page elsewhere: the states need no answer from the department's service.
  attributes: { event: 'mk-ext' },
  feed: () => registrationFeed(),
  // A feed without that event: nothing to sign up for, and it says why.
  empty: { feed: () => makeFeed(1), text: (el) => registrationStrings[el.locale].notFound },
  shows: (page) => page.text.includes(registrationStrings[page.el.locale].elsewhere),
});
