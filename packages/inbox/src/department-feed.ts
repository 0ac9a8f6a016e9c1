import type { Config } from './config.ts';
import { content } from './content/repo.ts';
import type { Db } from './db/db.ts';
import { DEFAULT_DEPARTMENT } from './db/migrations.ts';
import { feedLabels } from './labels.ts';

/**
 * The department's feed as the service reads it: the newest published version, or INBOX_FEED
 * before anything is published. One place for it, so the service and its CLI (a withdrawal,
 * which needs the events' places) read the same feed.
 */
export function departmentFeed(
  config: Pick<Config, 'feed'>,
  db: Db,
  onError: (error: unknown) => void,
): ReturnType<typeof feedLabels> {
  return feedLabels(
    config.feed,
    onError,
    async () => (await content.version(db, DEFAULT_DEPARTMENT))?.text ?? null,
    () => content.latestEtag(db, DEFAULT_DEPARTMENT),
  );
}
