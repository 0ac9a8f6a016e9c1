/**
 * The answer being written for one request, kept in sessionStorage so a reload, a failed send or
 * an ended session loses nothing. Cleared once the answer is saved.
 *
 * With the text goes the draft's key, made when the draft starts: the service records one answer
 * per key, so sending again after a reply that never came (the network, a proxy) cannot answer
 * twice or send a second letter.
 */
const textKey = (number: string) => `metodika-console-answer:${number}`;
const keyKey = (number: string) => `metodika-console-answer-key:${number}`;

/** A random key the service accepts (a UUID; 32 hex digits where randomUUID is unavailable). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const storage = {
  read(key: string): string {
    try {
      return sessionStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  },
  write(key: string, value: string): void {
    try {
      if (value) sessionStorage.setItem(key, value);
      else sessionStorage.removeItem(key);
    } catch {
      // Storage refused: the draft still lives in the page's state.
    }
  },
};

export const answerDraft = {
  read(number: string): string {
    return storage.read(textKey(number));
  },
  write(number: string, text: string): void {
    storage.write(textKey(number), text);
  },
  /** The draft's key: the kept one, or a new one kept from now on. */
  key(number: string): string {
    const kept = storage.read(keyKey(number));
    if (kept) return kept;
    const made = newKey();
    storage.write(keyKey(number), made);
    return made;
  },
  /**
   * A new key for the text in the box: the service refused the kept one because it already
   * saved an answer from it (with other words, or on another request), which the history shows.
   */
  renewKey(number: string): void {
    storage.write(keyKey(number), newKey());
  },
  clear(number: string): void {
    storage.write(textKey(number), '');
    storage.write(keyKey(number), '');
  },
};
