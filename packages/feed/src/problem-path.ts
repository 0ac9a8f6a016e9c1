/**
 * `['events', 3, 'start']` → `events[3].start`. Apart from problems.ts so the parser can locate
 * problems without the messages in its bundle.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(корень)';
}
