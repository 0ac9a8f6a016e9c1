/** A part of a widget in a chunk of its own, fetched once and shared by every element. */
export interface LazyPart<T> {
  /** The part if it has arrived, else undefined (`load` waits for it). */
  get(): T | undefined;
  /** Loads the part (once); a failed load may be retried by the next call. */
  load(): Promise<T>;
}

/** Wraps a dynamic `import()` so callers can draw synchronously once it has arrived. */
export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/**
 * Fetches `part` when the browser is idle (within five seconds at the latest), so what needs it
 * later — a dialog, a form's messages — does not wait for the network.
 */
export function prefetchWhenIdle(part: LazyPart<unknown>): void {
  if (part.get()) return;
  const load = () => void part.load().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1);
}

/** Parts that could not be fetched on this page: widgets draw without them, not wait forever. */
const failed = new WeakSet<LazyPart<unknown>>();

/**
 * True while `part`, which the host needs before it can draw, is on its way: starts the fetch
 * and has the host draw again when it arrives (then `arrived` runs) or fails (then the host
 * draws without it: a failed part is not waited for again).
 */
export function waitFor(
  part: LazyPart<unknown>,
  host: { requestUpdate(): void },
  arrived?: () => void,
): boolean {
  if (part.get() || failed.has(part)) return false;
  void part.load().then(
    () => {
      host.requestUpdate();
      arrived?.();
    },
    () => {
      failed.add(part);
      host.requestUpdate();
    },
  );
  return true;
}
