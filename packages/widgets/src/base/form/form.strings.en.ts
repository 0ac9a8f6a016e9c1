// The English of form.strings.ts: a chunk of its own, loaded when an element first renders in
// English (base/i18n/locale.ts, lazyEnglish), so Russian pages never download it.
import type { FormStrings } from './form.strings.ts';

export const en: FormStrings = {
  required: 'required',
  you: 'About you',
  name: 'Full name',
  position: 'Position',
  organization: 'Organization',
  organizationHint: 'Start typing and pick from the list, or type your own',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  consentLegend: 'Consent to the processing of personal data',
  consentBox: (operator: string) => `I consent to ${operator} processing my personal data`,
  operator: 'Operator',
  purpose: 'Purpose',
  data: 'Data collected',
  retention: 'Kept for',
  withdrawal: 'How to withdraw',
  consentText: 'Consent text',
  policy: 'Personal data policy',
  summary: (count: string) => `Please check the form: ${count}`,
  errorCount: { one: 'error', other: 'errors' },
  errors: {
    name: 'Enter your full name.',
    organization: 'Enter the organization you work for.',
  },
  invalid: 'Check the value of this field.',
  failedHint: 'Check your internet connection and send it again.',
  retrySend: 'Send again',
  rateLimited: (when: string) => `Too many requests in a row. Please try again ${when}.`,
  inSeconds: (s: number) => `in ${s} s`,
  inMinutes: (m: number) => `in ${m} min`,
  later: 'a little later',
  forbidden:
    'This site is not connected to the request service. Please tell the site administrator.',
};
