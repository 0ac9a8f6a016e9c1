import type { RequestStore } from './store/types.ts';

const DAY_MS = 86_400_000;

/** The moment before which answered requests are past their retention. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Deletes answered requests (and spam) older than the retention period; returns how many. */
export function purgeExpired(
  store: RequestStore,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  return store.purgeAnsweredBefore(retentionCutoff(now, retentionDays));
}
