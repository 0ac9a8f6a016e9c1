import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The settings of the bvi plugin ("version for the visually impaired") that we mirror inside. */
export interface BviSettings {
  /** white | black | blue | brown | green */
  theme?: string;
  /** Font size in px (bvi's 1–40). */
  fontsize?: string;
  /** true | false | grayscale */
  images?: string;
  /** normal | average | big */
  letterspacing?: string;
  /** normal | average | big */
  lineheight?: string;
  /** arial | times */
  fontfamily?: string;
}

const KEYS = ['theme', 'fontsize', 'images', 'letterspacing', 'lineheight', 'fontfamily'] as const;
const ATTRIBUTES = KEYS.map((key) => `data-bvi-${key}`);

/** The `.bvi-body` wrapper around `element`, crossing shadow roots. */
function bviBody(element: Element): Element | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('.bvi-body');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Follows the bvi plugin. bvi restyles the light DOM with `!important` rules on `.bvi-body *`,
 * which reach our host but not our shadow roots, so the widget reads bvi's `data-bvi-*`
 * attributes, watches them while the visitor toggles the panel, and exposes them as `settings`
 * for the base element to put on its inner wrapper (styled in `base.styles.ts`).
 */
export class BviController implements ReactiveController {
  /** The current bvi settings; empty when bvi is off or absent. */
  settings: BviSettings = {};
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // bvi wraps the body's content in `.bvi-body` when switched on and unwraps it when off, which
    // moves our element: each reconnect looks for the wrapper again.
    const body = bviBody(this.host);
    this.observer?.disconnect();
    this.observer = undefined;
    if (body) {
      this.observer = new MutationObserver(() => this.read(body));
      this.observer.observe(body, { attributes: true, attributeFilter: ATTRIBUTES });
    }
    this.read(body);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private read(body: Element | null): void {
    const next: BviSettings = {};
    for (const key of KEYS) {
      const value = body?.getAttribute(`data-bvi-${key}`);
      if (value) next[key] = value;
    }
    if (KEYS.some((key) => next[key] !== this.settings[key])) {
      this.settings = next;
      this.host.requestUpdate();
    }
  }
}
