/** A status message for the console's live region (saved, sent, failed…). */
export class AnnounceEvent extends Event {
  static readonly type = 'console-announce';
  constructor(readonly text: string) {
    super(AnnounceEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'console-announce': AnnounceEvent;
  }
}
