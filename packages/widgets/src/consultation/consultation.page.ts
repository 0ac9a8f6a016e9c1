import { html } from '@open-wc/testing';
import { mountOnFeed } from '../test-support/feeds.ts';
import { FormPage } from '../test-support/form.page.ts';
import type { MetodikaConsultation } from './consultation.ts';

/** Drives a `<metodika-consultation>` in tests by what a visitor sees and does. */
export class ConsultationPage extends FormPage<MetodikaConsultation> {
  protected override validValues(): Record<string, string> {
    return {
      topic: 'attestation',
      name: 'Иванова Мария Петровна',
      position: 'Учитель математики',
      organization: 'МБОУ СОШ № 1',
      email: 'ivanova@school1.example',
      message: 'Как подготовить портфолио к аттестации на первую категорию?',
    };
  }

  get success(): HTMLElement | null {
    return this.root.querySelector('.stored');
  }
}

/** Attributes of a mounted form; `feed` is what the stubbed feed URL answers. */
export interface FormOptions {
  src: string;
  feed: object;
  lang?: string;
  topic?: string;
  methodist?: string;
}

/** Mounts a `<metodika-consultation>` whose `src` answers `feed`, and waits for it. */
export function mountForm(options: FormOptions): Promise<ConsultationPage> {
  return mountOnFeed(
    options.src,
    options.feed,
    html`<metodika-consultation
      src=${options.src}
      lang=${options.lang ?? ''}
      preset-topic=${options.topic ?? ''}
      preset-methodist=${options.methodist ?? ''}
    ></metodika-consultation>`,
    ConsultationPage,
  );
}
