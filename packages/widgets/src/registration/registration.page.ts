import { html } from '@open-wc/testing';
import { mountOnFeed } from '../test-support/feeds.ts';
import { FormPage } from '../test-support/form.page.ts';
import type { MetodikaRegistration } from './registration.ts';

/** Drives a `<metodika-registration>` in tests by what a visitor sees and does. */
export class RegistrationPage extends FormPage<MetodikaRegistration> {
  /** Places left and the button, or why sign-up is closed. */
  get places(): string {
    return (this.root.querySelector('.places') as HTMLElement | null)?.innerText ?? '';
  }

  /** The button that opens the form («Записаться», «Встать в лист ожидания»), or the retry. */
  get placesButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.places button');
  }

  /** Waits until the service has answered about places (or was found down). */
  async placesKnown(timeout = 5000): Promise<void> {
    const start = Date.now();
    await this.settle();
    while (this.root.querySelector('.places[aria-busy="true"]')) {
      if (Date.now() - start > timeout) throw new Error('still checking places');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.settle();
  }

  async openForm(): Promise<void> {
    await this.placesKnown();
    this.placesButton!.click();
    await this.settle();
  }

  protected override validValues(): Record<string, string> {
    return {
      name: 'Иванова Мария Петровна',
      organization: 'МБОУ СОШ № 1',
      email: 'ivanova@school1.example',
      ...(this.root.querySelector('#f-q-subject') ? { 'q-subject': 'Математика' } : {}),
    };
  }

  /** Opens the form and sends it filled validly; waits for the outcome. */
  async signUp(values: Record<string, string> = {}): Promise<void> {
    if (!this.hasForm) await this.openForm();
    await this.sendValid(values);
  }

  get success(): HTMLElement | null {
    return this.root.querySelector('.result');
  }
}

/** Mounts a `<metodika-registration>` of `event` whose `src` answers `feed`; waits for the feed. */
export function mountRegistration(options: {
  src: string;
  feed: object;
  event: string;
  lang?: string;
}): Promise<RegistrationPage> {
  return mountOnFeed(
    options.src,
    options.feed,
    html`<metodika-registration src=${options.src} event=${options.event} lang=${options.lang ?? ''}></metodika-registration>`,
    RegistrationPage,
  );
}
