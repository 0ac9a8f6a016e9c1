import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: the print events, and the print media query for what fires
 * no events (print preview in some browsers, DevTools emulation). The host re-renders on change.
 */
export class PrintController implements ReactiveController {
  /** True while the page is printed. */
  printing = false;
  private readonly media = matchMedia('print');

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly before = () => this.set(true);
  private readonly after = () => this.set(false);
  private readonly change = () => this.set(this.media.matches);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.media.addEventListener('change', this.change);
    this.set(this.media.matches);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.media.removeEventListener('change', this.change);
  }
}
