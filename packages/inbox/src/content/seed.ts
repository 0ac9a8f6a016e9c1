import { readFile } from 'node:fs/promises';
import { parseFeed } from '@metodika/feed';
import type { Db } from '../db/db.ts';
import { audit } from '../repos/audit.ts';
import { content } from './repo.ts';

/** Who the seeded draft and version name as their author: the setting they came from. */
export const SEED_AUTHOR = 'INBOX_FEED';

/** The text of `INBOX_FEED`: a file, or an http(s) URL given ten seconds to answer. */
export async function readFeedSource(source: string): Promise<string> {
  if (!/^https?:\/\//.test(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

/** What starting the service did with `INBOX_FEED`; every outcome but `seeded` left the database as it was. */
export type SeedResult =
  | { outcome: 'seeded'; version: number; etag: string }
  | { outcome: 'exists' }
  | { outcome: 'no-source' }
  | { outcome: 'unreadable'; reason: string }
  | { outcome: 'invalid'; reason: string };

/** How many of a rejected feed's problems go into the log line. */
const PROBLEMS_LOGGED = 5;

/**
 * A department that has neither a draft nor a published version starts from its `INBOX_FEED`:
 * the feed becomes the draft and version 1 in one transaction, audited as done by the system, so
 * the console and the public feed are not empty on the first start. The draft's primary key is
 * the guard: of two processes starting at once, the second's insert waits for the first's commit
 * and then changes nothing, so it publishes nothing either.
 */
export async function seedContent(
  db: Db,
  departmentId: string,
  source: string | null,
  at: Date,
): Promise<SeedResult> {
  if (!source) return { outcome: 'no-source' };
  // Checked before reading, so a restart does not fetch a remote feed it will not use.
  if (await hasContent(db, departmentId)) return { outcome: 'exists' };
  let document: unknown;
  try {
    document = JSON.parse(await readFeedSource(source));
  } catch (error) {
    return { outcome: 'unreadable', reason: String(error) };
  }
  // The same bar as publishing from the console: strictly valid, unknown fields included.
  const parsed = parseFeed(document, { mode: 'strict', lang: 'en' });
  if (!parsed.ok || parsed.feed === null || !isRecord(document)) {
    const reason = parsed.problems
      .slice(0, PROBLEMS_LOGGED)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ');
    return { outcome: 'invalid', reason: reason || 'not a feed object' };
  }
  const seeded = document;
  return db.tx(async (q) => {
    if (await content.latestEtag(q, departmentId)) return { outcome: 'exists' } as const;
    const draft = await content.saveDraft(q, departmentId, seeded, 0, SEED_AUTHOR, at);
    if (!draft) return { outcome: 'exists' } as const;
    const version = await content.publish(q, departmentId, seeded, SEED_AUTHOR, source, at);
    await audit.record(
      q,
      {
        departmentId,
        actor: null,
        action: 'content.seed',
        target: `v${version.number}`,
        details: { source },
      },
      at,
    );
    return { outcome: 'seeded', version: version.number, etag: version.etag } as const;
  });
}

async function hasContent(db: Db, departmentId: string): Promise<boolean> {
  return (
    (await content.draft(db, departmentId)) !== null ||
    (await content.latestEtag(db, departmentId)) !== null
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One log line per start saying what became of `INBOX_FEED`; a feed it could not take is a warning. */
export function logSeed(
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  result: SeedResult,
): void {
  if (result.outcome === 'seeded') {
    log.info(
      { event: 'content.seed', version: result.version },
      'INBOX_FEED taken as the first draft and published as version 1',
    );
  } else if (result.outcome === 'unreadable' || result.outcome === 'invalid') {
    log.warn(
      { event: 'content.seed_skipped', outcome: result.outcome, reason: result.reason },
      'INBOX_FEED not taken as the first draft',
    );
  }
}
