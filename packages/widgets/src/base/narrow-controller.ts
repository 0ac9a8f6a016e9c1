import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is narrower than `em` of its own font size, kept up to date by a
 * ResizeObserver (a widget in a sidebar, a phone, zoom, bvi's larger fonts). The host re-renders
 * when it changes; `measure()` gives the answer before the first render.
 */
export class NarrowController implements ReactiveController {
  /** True when the host is narrower than the threshold. */
  narrow = false;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly em: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.measure());
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Measures now (an unlaid-out host, width 0, keeps the last answer). */
  measure(): void {
    const width = this.host.getBoundingClientRect().width;
    if (width === 0) return;
    const em = Number.parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const narrow = width < this.em * em;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
