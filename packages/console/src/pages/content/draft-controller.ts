import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../../api/client.ts';
import type { ConsoleContext } from '../../app/console-page.ts';
import { AnnounceEvent } from '../../events/announce.ts';
import { strings } from '../../i18n/language.ts';
import { fieldErrors, problemText } from '../../ui/errors.ts';
import { contentApi, type Draft, type FeedDocument } from './content-api.ts';

/** A console page, once it has the console's context. */
type DraftHost = ReactiveControllerHost & EventTarget & { readonly context: ConsoleContext };

/**
 * The draft a content page works on: fetched (the page's `start()`, the retry button, after a
 * colleague's save) and saved; a failure of either is kept for the page to show and said in the
 * console's live region.
 */
export class DraftController {
  private draft: Draft | null = null;
  private failure = '';
  private refusal = { text: '', conflict: false };

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

  /** Why the last save was refused, in the console's words; '' when it was not. */
  get saveError(): string {
    return this.refusal.text;
  }

  /** The last save was refused because a colleague saved first: reload before saving again. */
  get conflict(): boolean {
    return this.refusal.conflict;
  }

  /** Forgets the last save's refusal (its form was opened anew, closed or reloaded). */
  clearRefusal(): void {
    this.setRefusal('', false);
  }

  /**
   * Saves `document` over the draft as last fetched; false when the service refused it (its
   * field messages or the reason, after `prefix`, are then in `saveError`, and said aloud).
   */
  async save(document: FeedDocument, prefix = ''): Promise<boolean> {
    const draft = this.draft;
    if (!draft) return false;
    this.clearRefusal();
    try {
      this.value = await contentApi.save(this.host.context.api, document, draft.revision);
      return true;
    } catch (error) {
      const fields = fieldErrors(error);
      const why = fields
        ? Object.values(fields).join(' ')
        : problemText(error, strings[this.host.context.lang]);
      this.setRefusal(
        prefix ? `${prefix} ${why}` : why,
        error instanceof ApiError && error.status === 409,
      );
      this.host.dispatchEvent(new AnnounceEvent(this.refusal.text));
      return false;
    }
  }

  private setRefusal(text: string, conflict: boolean): void {
    this.refusal = { text, conflict };
    this.host.requestUpdate();
  }

  private setFailure(text: string): void {
    this.failure = text;
    this.host.requestUpdate();
  }
}
