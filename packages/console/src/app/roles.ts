import type { User } from '../api/types.ts';
import type { PageName } from '../router/route.ts';

type Role = User['role'];

/**
 * Who may open each page, as the service's guards decide (packages/inbox/src/routes/admin):
 * the requests and the withdrawal are the methodists' and administrators' work, the feed's content
 * the editors' and administrators', administration the administrators' only. Pages not listed
 * (events, password) are everyone's.
 */
const ROLES: Partial<Record<PageName, readonly Role[]>> = {
  requests: ['administrator', 'methodist'],
  withdrawal: ['administrator', 'methodist'],
  content: ['administrator', 'editor'],
  publishing: ['administrator', 'editor'],
  import: ['administrator', 'editor'],
  'content-events': ['administrator', 'editor'],
  users: ['administrator'],
  audit: ['administrator'],
  settings: ['administrator'],
  tokens: ['administrator'],
};

/** Whether `user` may open `page` (a methodist seeing only their own requests withdraws none). */
export function canOpen(user: User, page: PageName): boolean {
  const roles = ROLES[page];
  if (roles && !roles.includes(user.role)) return false;
  return !(page === 'withdrawal' && user.role === 'methodist' && user.scope === 'own');
}

/** Where a role's work starts: the content editors for an editor, the requests for the rest. */
export const startPage = (user: User): PageName =>
  user.role === 'editor' ? 'content' : 'requests';

/** An address naming no page (the console opened at /admin/): the role's start page is shown. */
export const namesNoPage = (hash: string): boolean => /^#?\/?$/.test(hash);
