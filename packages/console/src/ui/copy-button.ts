import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { AnnounceEvent } from '../events/announce.ts';
import { baseStyles } from '../styles/widget-base.ts';

/**
 * A button that copies `value` (a one-time link, a token's secret) and says so in the console's
 * live region; if the clipboard is refused it says how to copy by hand.
 */
export class ConsoleCopyButton extends LitElement {
  static override styles = [baseStyles];

  /** What to copy. */
  @property() value = '';
  /** The button's text. */
  @property() label = 'Копировать';
  /** Said after a successful copy. */
  @property() done = '';
  /** Said when the clipboard refused. */
  @property() failed = '';

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value);
      this.dispatchEvent(new AnnounceEvent(this.done));
    } catch {
      this.dispatchEvent(new AnnounceEvent(this.failed));
    }
  }

  protected override render() {
    return html`<button type="button" @click=${this.copy}>${this.label}</button>`;
  }
}
