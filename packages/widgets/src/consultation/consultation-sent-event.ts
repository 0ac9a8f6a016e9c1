/**
 * Fired by `<metodika-consultation>` when the department's receiver has stored a request: the
 * host page may thank the visitor its own way or count requests. It carries the request's number,
 * never what the visitor typed.
 */
export class ConsultationSentEvent extends Event {
  static readonly type = 'metodika-consultation-sent';

  constructor(
    /** The receiver's number for the request, e.g. `К-2026-000042`. */
    readonly number: string,
  ) {
    // Composed: a listener on the page outside the widget's shadow root hears it.
    super(ConsultationSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metodika-consultation-sent': ConsultationSentEvent;
  }
}
