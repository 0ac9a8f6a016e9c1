/**
 * The console's addresses, all in the hash so the service serves one page at /admin/:
 * `#/requests?status=new&page=2`, `#/requests/<number>`, `#/setup/<token>`, `#/link/<token>`…
 * Pure functions, so the codec is tested without a browser page.
 */

/** Pages reached from the navigation. */
export const PAGES = [
  'requests',
  'events',
  'content',
  'publishing',
  'import',
  'content-events',
  'withdrawal',
  'users',
  'audit',
  'settings',
  'tokens',
  'password',
] as const;
export type PageName = (typeof PAGES)[number];

export type Route =
  | { name: PageName; query: URLSearchParams }
  | { name: 'request'; number: string; query: URLSearchParams }
  | { name: 'event'; eventId: string; query: URLSearchParams }
  | { name: 'setup' | 'link'; token: string; query: URLSearchParams };

const isPage = (value: string): value is PageName => (PAGES as readonly string[]).includes(value);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Reads `location.hash`; anything unknown is the requests list. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = body.split('?', 2);
  const query = new URLSearchParams(search);
  const [first = '', second] = path.split('/').filter(Boolean).map(decode);
  if (first === 'requests' && second) return { name: 'request', number: second, query };
  if (first === 'events' && second) return { name: 'event', eventId: second, query };
  if ((first === 'setup' || first === 'link') && second)
    return { name: first, token: second, query };
  if (isPage(first)) return { name: first, query };
  return { name: 'requests', query };
}

/** The hash for a page, with the empty query values left out. */
export function hashFor(
  path: PageName | `requests/${string}` | `events/${string}`,
  query: Record<string, string | number | undefined | null> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  // Everything after the first slash is the id, slashes and all (split's limit would cut it).
  const slash = path.indexOf('/');
  const encoded =
    slash < 0 ? path : `${path.slice(0, slash)}/${encodeURIComponent(path.slice(slash + 1))}`;
  const text = params.toString();
  return `#/${encoded}${text ? `?${text}` : ''}`;
}

/** The navigation entry a route belongs to (a request's page belongs to the list). */
export function sectionOf(route: Route): PageName | null {
  if (route.name === 'request') return 'requests';
  if (route.name === 'event') return 'events';
  if (route.name === 'setup' || route.name === 'link') return null;
  return route.name;
}
