/**
 * The list's last address (with its filters) for the request page's "All requests" link, kept
 * for the tab in sessionStorage so it survives a reload of the request page.
 */
const KEY = 'metodika-console-list';

export function rememberListHash(hash: string): void {
  try {
    sessionStorage.setItem(KEY, hash);
  } catch {
    // Storage refused: the link then leads to the unfiltered list.
  }
}

export function lastListHash(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '#/requests';
  } catch {
    return '#/requests';
  }
}
