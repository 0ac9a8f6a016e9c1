/** The calendar's lazy chunk (calendar-extras.ts): loaded once, shared by every calendar. */
export type CalendarExtras = typeof import('./calendar-extras.ts');

let loaded: CalendarExtras | undefined;
let loading: Promise<CalendarExtras> | undefined;

/** The extras if they have arrived, else undefined (use `loadExtras` to wait for them). */
export const extras = (): CalendarExtras | undefined => loaded;

/** Loads the extras (once); a failed load may be retried by the next call. */
export function loadExtras(): Promise<CalendarExtras> {
  loading ??= import('./calendar-extras.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Fetches the extras when the browser is idle, so opening a dialog never waits for the network. */
export function prefetchExtras(): void {
  if (loaded || loading) return;
  const load = () => void loadExtras().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1);
}
