// The English of consultation.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import type { ConsultationStrings } from './consultation.strings.ts';

export const en: ConsultationStrings = {
  title: 'Request a consultation',
  noSettings:
    'Consultation requests are not set up yet: the methodical service’s feed has no consultation section. Please tell the site administrator.',
  topic: 'Topic',
  choose: 'Choose…',
  methodist: 'Addressed to',
  anyone: 'Any methodologist',
  format: 'Preferred format',
  anyFormat: 'No preference',
  formats: {
    'in-person': 'In person',
    online: 'Online',
    phone: 'By phone',
    written: 'In writing',
  },
  preferredTime: 'Preferred time',
  preferredTimeHint: 'For example: weekdays after 3 pm',
  contact: 'How to reach you',
  contactHint: 'Give an e-mail address or a phone number: at least one.',
  message: 'Your question',
  dataList: 'name, position, organization, e-mail, phone, the text of the request',
  submit: 'Send request',
  sending: 'Sending the request…',
  errors: {
    topic: 'Choose a topic.',
    message: 'Write your question.',
    consent: 'The request cannot be sent without consent to the processing of personal data.',
  },
  failed: 'The request could not be sent. Everything you typed is kept on this page.',
  rejected: (status: number) => `The server did not accept the request (code ${status}).`,
  sent: 'Request sent',
  number: 'Request number',
  answerIn: (days: string) => `We will answer within ${days}.`,
  workingDays: { one: 'working day', other: 'working days' },
  another: 'New request',
};
