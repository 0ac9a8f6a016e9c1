// The English of registration.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import type { RegistrationStrings } from './registration.strings.ts';

export const en: RegistrationStrings = {
  title: 'Sign up for the event',
  notFound:
    'The event is not in the methodical service’s feed. Please tell the site administrator.',
  noRegistration: 'There is no sign-up for this event.',
  elsewhere: 'Sign up on the organiser’s site',
  newWindow: '(opens in a new window)',
  noConsent:
    'Sign-up on this site is not set up yet: the feed has no personal data consent text. Please tell the site administrator.',
  checking: 'Checking for places…',
  unavailable:
    'Sign-up is unavailable right now: the registration service does not answer. Please try again a little later.',
  checkAgain: 'Check again',
  placesLeft: (left: string, capacity: string) => `${left} left of ${capacity}.`,
  places: { one: 'place', other: 'places' },
  open: 'Sign-up is open.',
  deadline: (when: string) => `Sign up by ${when}.`,
  noPlaces: 'No places left.',
  waiting: (count: string) => `You can join the waiting list: ${count} waiting now.`,
  people: { one: 'person', other: 'people' },
  waitingEmpty: 'You can join the waiting list: we will write if a place frees up.',
  closed: {
    deadline: 'Sign-up is closed: the deadline has passed.',
    cancelled: 'The event is cancelled; sign-up is closed.',
    past: 'The event has already started; sign-up is closed.',
    full: 'No places left, and there is no waiting list.',
  },
  register: 'Sign up',
  join: 'Join the waiting list',
  sending: 'Sending…',
  emailHint: 'The confirmation, a calendar file and the cancellation link go there.',
  questions: 'Organisers’ questions',
  dataList: 'name, position, organization, e-mail, phone, answers to the questions',
  errors: {
    email: 'Enter your e-mail: the confirmation and the cancellation link go there.',
    consent: 'You cannot sign up without consent to the processing of personal data.',
  },
  answer: (label: string) => `Answer "${label}".`,
  failed: 'The sign-up could not be sent. Everything you typed is kept on this page.',
  rejected: (status: number) => `The registration service did not accept it (code ${status}).`,
  confirmed: 'You are signed up',
  confirmedText: (email: string) =>
    `The confirmation, a calendar file and the cancellation link were sent to ${email}.`,
  waitlisted: 'You are on the waiting list',
  position: (n: number) => `Your place in the queue: ${n}.`,
  waitlistedText: (email: string) =>
    `If a place frees up, we will write to ${email} at once. The cancellation link is in the letter.`,
  another: 'Sign up another participant',
};
