import { MetodikaConsultation } from './consultation.ts';

export { ConsultationSentEvent } from './consultation-sent-event.ts';
export { MetodikaConsultation };

// A second copy of the bundle (two script tags) finds the tag taken and leaves it be.
if (!customElements.get('metodika-consultation'))
  customElements.define('metodika-consultation', MetodikaConsultation);

declare global {
  interface HTMLElementTagNameMap {
    'metodika-consultation': MetodikaConsultation;
  }
}
