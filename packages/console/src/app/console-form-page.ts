import { state } from 'lit/decorators.js';
import { problemText } from '../ui/errors.ts';
import { ConsolePage } from './console-page.ts';

/**
 * A console page built around a form the service may refuse: the error summary's messages, a
 * problem in words, and whether a request is on its way, kept the same way on every such page
 * by `send()` (a form) and `act()` (a button).
 */
export abstract class ConsoleFormPage extends ConsolePage {
  /** The service's or the page's messages by field, for the error summary. */
  @state() protected errors: Record<string, string> = {};
  /** What went wrong when it is no field's fault (or a list could not be had). */
  @state() protected problem = '';
  /** A request is on its way: the submit buttons wait. */
  @state() protected busy = false;

  /**
   * Runs a submission with `busy` on: a refusal's field messages go to the error summary, which
   * gets focus; any other failure becomes `problem`, said in the live region.
   */
  protected async send(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await work();
    } catch (error) {
      await this.formFailed(error, {
        fields: (fields) => (this.errors = fields),
        problem: (text) => (this.problem = text),
      });
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs a button's request (no fields to blame) with `busy` on: a failure becomes `problem`,
   * said in the live region.
   */
  protected async act(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.problem = '';
    try {
      await work();
    } catch (error) {
      this.problem = problemText(error, this.t);
      this.announce(this.problem);
    } finally {
      this.busy = false;
    }
  }
}
