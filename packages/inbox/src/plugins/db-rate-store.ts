import type { Db } from '../db/db.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so every process
 * behind a proxy counts the same hits. Fixed windows: one row per key and window, incremented
 * by an upsert that returns the new count in the same statement.
 */
export function dbRateStore(db: Db, now: () => number = Date.now) {
  return class DbRateStore {
    /** Each route counts apart: its method and URL prefix the client's key. */
    private readonly scope: string;
    /** The plugin builds the root store with its options object; routes' stores get a scope. */
    constructor(scope: unknown = '') {
      this.scope = typeof scope === 'string' ? scope : '';
    }
    incr(client: string, callback: Callback, timeWindow: number): void {
      const key = `${this.scope}${client}`;
      const at = now();
      const windowStart = Math.floor(at / timeWindow) * timeWindow;
      db.get<{ count: number | string }>(
        `INSERT INTO rate_hits (key, window_start, count) VALUES (?, ?, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_hits.count + 1
         RETURNING count`,
        [key, windowStart],
      ).then(
        (row) =>
          callback(null, { current: Number(row?.count ?? 1), ttl: windowStart + timeWindow - at }),
        (error: Error) => callback(error),
      );
    }
    child(options: object): DbRateStore {
      // At run time the route's merged options carry `routeInfo` (the types omit it).
      const route = (options as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      return new DbRateStore(route?.url ? `${route.method} ${route.url} ` : '');
    }
  };
}

/** Deletes counters of windows that ended before `cutoff` (run with the daily purge). */
export async function purgeRateHits(db: Db, cutoff: Date): Promise<number> {
  return (await db.run('DELETE FROM rate_hits WHERE window_start < ?', [cutoff.getTime()])).changes;
}
