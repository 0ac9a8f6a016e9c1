/**
 * Changes the hash; every listener learns of it through `hashchange`. `replace` keeps the history
 * entry (a search typed letter by letter should not need one Back press per letter).
 */
export function navigate(hash: string, replace = false): void {
  if (hash === location.hash) return;
  if (!replace) {
    location.hash = hash;
    return;
  }
  const oldURL = location.href;
  history.replaceState(history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
}
