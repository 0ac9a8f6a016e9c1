/**
 * The message to an event's participants being written, kept in sessionStorage (like the answer
 * to a request) so a reload, a failed send or an ended session loses nothing. Cleared once sent.
 */
export interface MessageDraft {
  text: string;
  includeWaiting: boolean;
}

const key = (eventId: string) => `metodika-console-event-message:${eventId}`;

export const messageDraft = {
  read(eventId: string): MessageDraft {
    try {
      const saved = JSON.parse(sessionStorage.getItem(key(eventId)) ?? 'null') as unknown;
      if (saved && typeof saved === 'object') {
        const { text, includeWaiting } = saved as Partial<MessageDraft>;
        return {
          text: typeof text === 'string' ? text : '',
          includeWaiting: includeWaiting === true,
        };
      }
    } catch {
      // Storage refused or an old value: start empty.
    }
    return { text: '', includeWaiting: false };
  },
  write(eventId: string, draft: MessageDraft): void {
    try {
      if (draft.text || draft.includeWaiting)
        sessionStorage.setItem(key(eventId), JSON.stringify(draft));
      else sessionStorage.removeItem(key(eventId));
    } catch {
      // Storage refused: the draft still lives in the page's state.
    }
  },
  clear(eventId: string): void {
    this.write(eventId, { text: '', includeWaiting: false });
  },
};
