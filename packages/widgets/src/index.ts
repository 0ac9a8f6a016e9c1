/**
 * The one-script-tag bundle: every Metodika element, registered. Each define file registers its
 * tag only when it is free, so a second copy of this script on a page is harmless.
 */
import './feed/define.ts';
import './calendar/define.ts';

import './associations/define.ts';
import './practices/define.ts';
import './consultation/define.ts';
import './registration/define.ts';

export { MetodikaElement } from './base/metodika-element.ts';
export { MetodikaCalendar } from './calendar/define.ts';
export { ConsultationSentEvent, MetodikaConsultation } from './consultation/define.ts';
export { MetodikaFeed } from './feed/define.ts';
export { MetodikaRegistration, RegistrationSentEvent } from './registration/define.ts';
