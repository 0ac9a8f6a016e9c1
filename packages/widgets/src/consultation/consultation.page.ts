import { aTimeout } from '@open-wc/testing';
import { deepActiveElement } from '../base/dialog.ts';
import type { MetodikaConsultation } from './consultation.ts';

/** Drives a `<metodika-consultation>` in tests by what a visitor sees and does. */
export class ConsultationPage {
  constructor(readonly el: MetodikaConsultation) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits until the feed has settled and the element has rendered. */
  async ready(timeout = 5000): Promise<void> {
    const start = Date.now();
    while (this.el.feed.state.status === 'loading') {
      if (Date.now() - start > timeout) throw new Error('form still loading');
      await aTimeout(10);
    }
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await aTimeout(0);
    await this.el.updateComplete;
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
    await this.settle();
  }

  async fillValid(values: Record<string, string> = {}): Promise<void> {
    const all = {
      topic: 'attestation',
      name: 'Иванова Мария Петровна',
      position: 'Учитель математики',
      organization: 'МБОУ СОШ № 1',
      email: 'ivanova@school1.example',
      message: 'Как подготовить портфолио к аттестации на первую категорию?',
      ...values,
    };
    for (const [name, value] of Object.entries(all)) await this.fill(name, value);
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
    await this.settle();
  }

  /** The error text shown for a field ('' when none). */
  error(name: string): string {
    return this.root.querySelector(`#e-${name}`)?.textContent?.trim() ?? '';
  }

  get summary(): HTMLElement | null {
    return this.root.querySelector('.summary');
  }

  get problem(): HTMLElement | null {
    return this.root.querySelector('.problem');
  }

  get success(): HTMLElement | null {
    return this.root.querySelector('.stored');
  }

  /** Visible text of the whole widget (innerText: what is rendered, not hidden markup). */
  get text(): string {
    return (this.root.querySelector('.root') as HTMLElement | null)?.innerText ?? '';
  }

  get focused(): Element | null {
    return deepActiveElement();
  }

  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`no button «${name}»`);
    return found;
  }
}
