/**
 * The answer being written for one request, kept in sessionStorage so a reload, a failed send or
 * an ended session loses nothing. Cleared once the answer is saved.
 */
const key = (number: string) => `metodika-console-answer:${number}`;

export const answerDraft = {
  read(number: string): string {
    try {
      return sessionStorage.getItem(key(number)) ?? '';
    } catch {
      return '';
    }
  },
  write(number: string, text: string): void {
    try {
      if (text) sessionStorage.setItem(key(number), text);
      else sessionStorage.removeItem(key(number));
    } catch {
      // Storage refused: the draft still lives in the page's state.
    }
  },
  clear(number: string): void {
    this.write(number, '');
  },
};
