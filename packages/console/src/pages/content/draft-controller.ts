import type { ReactiveControllerHost } from 'lit';
import type { ConsoleContext } from '../../app/console-page.ts';
import { AnnounceEvent } from '../../events/announce.ts';
import { strings } from '../../i18n/language.ts';
import { problemText } from '../../ui/errors.ts';
import { contentApi, type Draft } from './content-api.ts';

/** A console page, once it has the console's context. */
type DraftHost = ReactiveControllerHost & EventTarget & { readonly context: ConsoleContext };

/**
 * The draft a content page works on: fetched (the page's `start()`, the retry button, after a
 * colleague's save), a failure kept for the page to show and said in the console's live region.
 * A save puts the service's answer in `value`.
 */
export class DraftController {
  private draft: Draft | null = null;
  private failure = '';

  constructor(private readonly host: DraftHost) {}

  /** The draft as last fetched or saved; null until the first fetch answers. */
  get value(): Draft | null {
    return this.draft;
  }

  set value(draft: Draft) {
    this.draft = draft;
    this.host.requestUpdate();
  }

  /** Why the last fetch failed, in the console's words; '' after one that did not. */
  get error(): string {
    return this.failure;
  }

  /** Fetches the draft; false when that failed (`error` then says why). */
  async load(): Promise<boolean> {
    this.setFailure('');
    try {
      this.value = await contentApi.draft(this.host.context.api);
      return true;
    } catch (error) {
      this.setFailure(problemText(error, strings[this.host.context.lang]));
      this.host.dispatchEvent(new AnnounceEvent(this.failure));
      return false;
    }
  }

  private setFailure(text: string): void {
    this.failure = text;
    this.host.requestUpdate();
  }
}
