import { aTimeout } from '@open-wc/testing';
import { problemWords } from '../base/form/form-words.ts';
import type { MetodikaElement } from '../base/metodika-element.ts';
import { WidgetPage } from './widget.page.ts';

/** What the consultation and registration forms' page objects share: fields, consent, outcome. */
export class FormPage<T extends MetodikaElement> extends WidgetPage<T> {
  /** A valid value for each required field (and a few optional ones). */
  protected validValues(): Record<string, string> {
    return {};
  }

  /** Types valid values into the form; `values` adds or overrides some. */
  async fillValid(values: Record<string, string> = {}): Promise<void> {
    for (const [name, value] of Object.entries({ ...this.validValues(), ...values }))
      await this.fill(name, value);
  }

  /** Fills every required field validly, ticks consent, submits and waits for the outcome. */
  async sendValid(values: Record<string, string> = {}): Promise<void> {
    await this.fillValid(values);
    await this.tickConsent();
    await this.submit();
    await this.sent();
  }

  /** Waits until the pending submission has an outcome. */
  async sent(timeout = 5000): Promise<void> {
    const start = Date.now();
    await this.settle();
    while (this.submitButton?.disabled) {
      if (Date.now() - start > timeout) throw new Error('still sending');
      await aTimeout(10);
    }
    await this.settle();
  }

  /** The control of a field by its name (`topic`, `email`, `consent`, `website`…). */
  control(name: string): HTMLInputElement {
    const found = this.root.querySelector<HTMLInputElement>(`#f-${name}`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  }

  /** The visible label of a field. */
  label(name: string): string {
    return (
      this.root.querySelector(`label[for="f-${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ??
      ''
    );
  }

  /** Types a value the way a person does: focus, input, leave. */
  async fill(name: string, value: string): Promise<void> {
    const control = this.control(name);
    control.focus();
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    control.blur();
    await this.wordsSettled();
  }

  /**
   * Waits for the problems' messages (fetched when idle after the form is shown; a quicker
   * visitor sees "check this field" until they arrive) and the render after them.
   */
  private async wordsSettled(): Promise<void> {
    await problemWords.load().catch(() => undefined);
    await this.settle();
  }

  async tickConsent(): Promise<void> {
    this.control('consent').click();
    await this.settle();
  }

  get submitButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('button[type=submit]');
  }

  async submit(): Promise<void> {
    this.submitButton!.click();
    await this.wordsSettled();
  }

  /** The error text shown for a field ('' when none). */
  error(name: string): string {
    return this.root.querySelector(`#e-${name}`)?.textContent?.trim() ?? '';
  }

  /** True while the form is shown (not the "no consultation settings" note). */
  get hasForm(): boolean {
    return this.root.querySelector('form') !== null;
  }

  /** The link to the department's personal data policy beside the consent box. */
  get policyLink(): HTMLAnchorElement | null {
    return this.root.querySelector<HTMLAnchorElement>('.consent a');
  }

  /** The disclosure label of the consent's full text. */
  get consentTextLabel(): string {
    return this.root.querySelector('.consent details summary')?.textContent ?? '';
  }

  /** The form's own status live region (sending, sent). */
  get formStatus(): string {
    return this.root.querySelector('form [role=status]')?.textContent ?? '';
  }

  get summary(): HTMLElement | null {
    return this.root.querySelector('.summary');
  }

  get problem(): HTMLElement | null {
    return this.root.querySelector('.problem');
  }
}
