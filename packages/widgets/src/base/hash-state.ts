import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A widget's part of the URL hash: short keys to string values. */
export type HashValues = Record<string, string>;

/**
 * Keeps a widget's filter state in `location.hash` so a filtered view or one event can be shared
 * as a link. The hash is `&`-separated `key=value` pairs; this widget's keys carry its namespace
 * (`cal.kind=seminar,webinar`), so several widgets on a page, and the page's own anchors, coexist.
 */
export class HashStateController implements ReactiveController {
  /** Called when the visitor changes the hash (back button, pasted link). */
  onChange: ((values: HashValues) => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly namespace: () => string,
  ) {
    host.addController(this);
  }

  private readonly listener = () => this.onChange?.(this.read());

  hostConnected(): void {
    window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.listener);
  }

  /** This widget's values in the current hash. */
  read(): HashValues {
    const prefix = `${this.namespace()}.`;
    const values: HashValues = {};
    for (const part of parts()) {
      const eq = part.indexOf('=');
      const key = decode(eq < 0 ? part : part.slice(0, eq));
      if (key.startsWith(prefix))
        values[key.slice(prefix.length)] = decode(eq < 0 ? '' : part.slice(eq + 1));
    }
    return values;
  }

  /**
   * Replaces this widget's values (empty strings are left out) and keeps everything else in the
   * hash. `replaceState`, not a new history entry: filtering should not fill the Back button.
   */
  write(values: HashValues): void {
    const prefix = `${this.namespace()}.`;
    const kept = parts().filter((part) => !decode(part.split('=')[0] ?? '').startsWith(prefix));
    const ours = Object.entries(values)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `${encode(prefix + key)}=${encode(value)}`);
    const hash = [...kept, ...ours].join('&');
    if (hash === location.hash.slice(1)) return;
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    history.replaceState(history.state, '', url);
  }
}

function parts(): string[] {
  return location.hash.slice(1).split('&').filter(Boolean);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Readable hashes: Cyrillic, commas and dots stay as they are (browsers show them decoded anyway). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%20/g, '+');
}
