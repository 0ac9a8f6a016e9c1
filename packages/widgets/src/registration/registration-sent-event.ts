/**
 * Fired by `<metodika-registration>` when the department's service has taken a sign-up: the host
 * page may thank the visitor its own way or count sign-ups. It carries the outcome, never what
 * the visitor typed.
 */
export class RegistrationSentEvent extends Event {
  static readonly type = 'metodika-registration-sent';

  constructor(
    /** The event's id in the feed. */
    readonly eventId: string,
    /** `confirmed`: a place is taken; `waiting`: on the waiting list. */
    readonly status: 'confirmed' | 'waiting',
  ) {
    // Composed: a listener on the page outside the widget's shadow root hears it.
    super(RegistrationSentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'metodika-registration-sent': RegistrationSentEvent;
  }
}
