import type { Decorator } from '@storybook/web-components-vite';
import { clearDraft } from '../../packages/widgets/src/base/form/form-draft.ts';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import { FEEDS } from './feeds.ts';

/** How the mock receiver answers a submission. */
export type Receiver = 'stores' | 'fails' | 'rejects-fields' | 'rate-limits' | 'never-answers';

const answer = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** The receiver's answers, as packages/inbox gives them. */
const RECEIVERS: Record<Exclude<Receiver, 'never-answers'>, () => Response> = {
  stores: () => answer({ number: 'К-2026-000123', status: 'new', expectedResponseDays: 5 }, 201),
  fails: () => answer({ error: 'internal' }, 503),
  'rejects-fields': () =>
    answer(
      {
        error: 'validation',
        fields: { phone: 'Неверный номер телефона. Пример: +7 (84157) 3-12-45.' },
      },
      422,
    ),
  'rate-limits': () => answer({ error: 'rate_limited' }, 429, { 'Retry-After': '60' }),
};

/** The receivers a story can pick (the `receiver` control). */
export const RECEIVER_NAMES = [...Object.keys(RECEIVERS), 'never-answers'] as Receiver[];

/**
 * Points the form's POST (its `sendOptions` seam) at a mock receiver that answers after a short,
 * visible pending state, or never: no story sends personal data anywhere.
 */
export function useReceiver(receiver: Receiver): void {
  sendOptions.fetch = () =>
    new Promise((resolve) => {
      if (receiver !== 'never-answers') setTimeout(() => resolve(RECEIVERS[receiver]()), 800);
    });
}

/** Where the sample feed's requests go: the key of the draft kept in session storage. */
const ENDPOINT = String((FEEDS.kuznetsk().consultation as { endpoint: string }).endpoint);

/** Answers the form's POST with the story's `receiver` arg. */
export const mockReceiver: Decorator = (story, { args }) => {
  useReceiver(args.receiver as Receiver);
  return story();
};

/**
 * Forgets the draft of the sample feed's form (a story's `beforeEach`), so each story starts
 * empty: a draft another story kept in the session (on purpose, after a failure) would fill it.
 */
export const forgetDraft = () => clearDraft(`consultation:${ENDPOINT}`);

/** Waits until `done()` holds, polling; throws naming `what` after `ms`. */
async function until(done: () => unknown, what: string, ms = 8000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > ms) throw new Error(`consultation form: no ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The request a teacher of the sample feed would send: its first topic, the first person from
 * a school, that school, a question.
 */
function sampleRequest(): Record<string, string> {
  const feed = FEEDS.kuznetsk();
  type Named = { id: string; name: string; organization?: string; email?: string };
  const people = feed.people as Named[];
  const teacher = people.find((person) => person.organization !== 'metodkab' && person.email)!;
  const school = (feed.organizations as Named[]).find((org) => org.id === teacher.organization)!;
  const topics = (feed.consultation as { topics: { id: string }[] }).topics;
  return {
    topic: topics[0]!.id,
    name: teacher.name,
    organization: school.name,
    email: teacher.email!,
    message: 'Какие документы нужны для аттестации на первую категорию и в какие сроки их подать?',
  };
}

/** Types into a field the way the browser reports it: `input` and `change` events. */
function type(root: ShadowRoot, name: string, value: string): void {
  const control = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The visitor fills in the sample request (unless `filled` is false) and presses «Отправить»;
 * resolves once the outcome is on screen (errors, the receiver's answer), or with `answered`
 * false (a receiver that never answers) once the form shows it is sending.
 */
export async function submit(el: Element, { filled = true, answered = true } = {}): Promise<void> {
  const form = () => el.shadowRoot?.querySelector('form');
  await until(form, 'form (the feed did not load)');
  const root = el.shadowRoot!;
  if (filled) {
    for (const [name, value] of Object.entries(sampleRequest())) type(root, name, value);
    root.querySelector<HTMLInputElement>('#f-consent')!.click();
  }
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const outcome = () => root.querySelector('.summary, .problem, .stored');
  const sending = () => root.querySelector('button[type=submit][disabled]');
  await until(answered ? outcome : sending, answered ? 'outcome' : 'sending state');
}

/** A play function: the form of the story is submitted as `submit` does. */
export function submitPlay({ filled = true } = {}) {
  return async ({ canvasElement, args }: { canvasElement: HTMLElement; args: object }) => {
    const receiver = (args as { receiver?: Receiver }).receiver;
    const el = canvasElement.querySelector('metodika-consultation')!;
    await submit(el, { filled, answered: !filled || receiver !== 'never-answers' });
  };
}
