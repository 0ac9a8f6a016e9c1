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
