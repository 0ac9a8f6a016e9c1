/**
 * The feed content and publishing API (packages/inbox/src/routes/admin/content.ts): its shapes
 * and the calls the content pages make, all through the console's one API client.
 */
import type { CollectionName, FeedDiff } from '@metodika/feed';
import type { Api } from '../../api/client.ts';

export type Severity = 'error' | 'warning' | 'info';

/** A problem of the draft, a feed or an import: where (`path`, or sheet/file, row, column) and what. */
export interface ContentProblem {
  path?: string;
  table?: string;
  row?: number;
  column?: string;
  severity: Severity;
  code: string;
  message: string;
}

/** The feed's collections in the order the console lists a diff's changes (events first). */
export const COLLECTIONS = [
  'events',
  'organizations',
  'people',
  'associations',
  'practices',
] as const satisfies readonly CollectionName[];
export type Collection = CollectionName;

export interface Draft {
  document: FeedDocument | null;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  ok: boolean;
  problems: ContentProblem[];
}

/** The feed as the draft keeps it (validated by the service, not here). */
export type FeedDocument = Record<string, unknown> & { events?: Record<string, unknown>[] };

export interface ImportResult {
  diff: FeedDiff;
  ok: boolean;
  problems: ContentProblem[];
  applied: boolean;
  revision?: number;
  /** iCalendar only. */
  imported?: number;
  skipped?: number;
}

export interface Version {
  number: number;
  etag: string;
  publishedAt: string;
  publishedBy: string | null;
  note: string | null;
}

/** What to import: the route's suffix and its body (without dryRun and revision). */
export type ImportSource =
  | { kind: 'json'; body: { document: unknown } }
  | { kind: 'xlsx'; body: { file: string } }
  | { kind: 'csv'; body: { files: { name: string; content: string }[] } }
  | { kind: 'ics'; body: { file: string } | { url: string } };

const BASE = '/admin/api/content';

export const contentApi = {
  draft: (api: Api) => api.get<Draft>(`${BASE}/draft`),
  save: (api: Api, document: FeedDocument, revision: number) =>
    api.put<Draft>(`${BASE}/draft`, { document, revision }),
  import: (api: Api, source: ImportSource, dryRun: boolean, revision: number) =>
    api.post<ImportResult>(
      source.kind === 'json' ? `${BASE}/import` : `${BASE}/import/${source.kind}`,
      {
        ...source.body,
        dryRun,
        revision,
      },
    ),
  publish: (api: Api, note: string) =>
    api.post<{ version: Version; warnings: ContentProblem[] }>(
      `${BASE}/publish`,
      note ? { note } : {},
    ),
  versions: (api: Api) => api.get<{ items: Version[] }>(`${BASE}/versions`),
  diff: (api: Api, from: number | 'draft', to: number | 'draft') =>
    api.get<FeedDiff>(`${BASE}/diff`, { from, to }),
  rollback: (api: Api, number: number) =>
    api.post<{ version: Version }>(`${BASE}/versions/${number}/rollback`),
  /** Download addresses (plain links: the session cookie goes along). */
  download: (api: Api, file: 'export.xlsx' | 'template.xlsx' | 'site.zip') =>
    api.href(`${BASE}/${file}`),
};

/** A file's bytes as base64, read in the browser (nothing is sent until the dry run). */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole workbook's bytes overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
