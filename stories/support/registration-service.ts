import type { Decorator } from '@storybook/web-components-vite';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import { forgetAvailability } from '../../packages/widgets/src/registration/registration-availability.ts';

/** What the mock service says about places (GET): `few` is open with 2 of 25 left. */
export type Places = 'open' | 'few' | 'waitlist' | 'full' | 'down';

/** How the mock service answers a sign-up (POST). */
export type SignUp =
  | 'confirmed'
  | 'waiting'
  | 'duplicate'
  | 'full'
  | 'fails'
  | 'rate-limits'
  | 'never-answers';

export const PLACES: Places[] = ['open', 'few', 'waitlist', 'full', 'down'];
export const SIGN_UPS: SignUp[] = [
  'confirmed',
  'waiting',
  'duplicate',
  'full',
  'fails',
  'rate-limits',
  'never-answers',
];

const answer = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** Places left out of 25 while sign-up is open. */
const LEFT = { open: 7, few: 2 } as const;

const availability = (places: Exclude<Places, 'down'>) => {
  const left = places === 'open' || places === 'few' ? LEFT[places] : 0;
  return answer(
    {
      eventId: 'reg-master-class',
      capacity: 25,
      confirmed: 25 - left,
      waiting: places === 'waitlist' ? 3 : 0,
      placesLeft: left,
      waitlist: places !== 'full',
      state: places === 'few' ? 'open' : places,
      deadline: '2031-03-05',
    },
    200,
  );
};

/** The service's answers, as packages/inbox gives them. */
const SIGN_UP_ANSWERS: Record<Exclude<SignUp, 'never-answers'>, () => Response> = {
  confirmed: () => answer({ status: 'confirmed', eventId: 'reg-master-class' }, 201),
  waiting: () => answer({ status: 'waiting', eventId: 'reg-master-class', waiting: 4 }, 201),
  duplicate: () =>
    answer(
      {
        error: 'registration_duplicate',
        message: 'С этой почты уже есть запись на это мероприятие.',
        status: 'confirmed',
      },
      409,
    ),
  full: () =>
    answer(
      {
        error: 'registration_full',
        message: 'Свободных мест не осталось, лист ожидания не ведётся.',
        state: 'full',
      },
      409,
    ),
  fails: () => answer({ error: 'internal' }, 503),
  'rate-limits': () => answer({ error: 'rate_limited' }, 429, { 'Retry-After': '60' }),
};

/**
 * Points the widget's calls to the department's service (its `sendOptions` seam) at a mock that
 * answers after a short, visible wait: no story sends personal data anywhere.
 */
export function useService(places: Places, signUp: SignUp): void {
  forgetAvailability();
  sendOptions.fetch = (_input, init) =>
    new Promise((resolve, reject) => {
      const post = init?.method === 'POST';
      if (post && signUp === 'never-answers') return;
      setTimeout(
        () => {
          if (!post && places === 'down') reject(new TypeError('Failed to fetch'));
          else
            resolve(
              post ? SIGN_UP_ANSWERS[signUp as 'confirmed']() : availability(places as 'open'),
            );
        },
        post ? 800 : 300,
      );
    });
}

/** Answers with the story's `places` and `signUp` args. */
export const mockService: Decorator = (story, { args }) => {
  useService(args.places as Places, args.signUp as SignUp);
  sessionStorage.clear();
  return story();
};

/** Waits until `done()` holds, polling; throws naming `what` after `ms`. */
export async function until(done: () => unknown, what: string, ms = 8000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > ms) throw new Error(`registration: no ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Types into a field the way the browser reports it: `input` and `change` events. */
function type(root: ShadowRoot, name: string, value: string): void {
  const control = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The visitor presses «Записаться» (or «Встать в лист ожидания»), and unless `open` only, fills in
 * a teacher of the sample feed (unless `filled` is false) and sends; resolves once the outcome is
 * on screen, or, when the service never answers, once the form shows it is sending.
 */
export async function signUp(
  el: Element,
  { open = false, filled = true, answered = true } = {},
): Promise<void> {
  const root = () => el.shadowRoot;
  const button = () => root()?.querySelector<HTMLButtonElement>('.places button.primary');
  await until(button, 'sign-up button (the feed or the places did not load)');
  button()!.click();
  await until(() => root()!.querySelector('form'), 'form');
  if (open) return;
  const shadow = root()!;
  if (filled) {
    type(shadow, 'name', 'Гусева Светлана Николаевна');
    type(shadow, 'position', 'Учитель математики');
    type(shadow, 'organization', 'МБОУ СОШ № 2 г. Кузнецка');
    type(shadow, 'email', 'guseva@school2.example');
    type(shadow, 'q-subject', 'Математика');
    shadow.querySelector<HTMLInputElement>('#f-consent')!.click();
  }
  shadow.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const outcome = () => shadow.querySelector('.summary, .problem, .result, .error');
  const sending = () => shadow.querySelector('button[type=submit][disabled]');
  await until(answered ? outcome : sending, answered ? 'outcome' : 'sending state');
}

/** A play function: the story's widget goes through `signUp` with these options. */
export function signUpPlay(options: { open?: boolean; filled?: boolean } = {}) {
  return async ({ canvasElement, args }: { canvasElement: HTMLElement; args: object }) => {
    const never = (args as { signUp?: SignUp }).signUp === 'never-answers';
    const el = canvasElement.querySelector('metodika-registration')!;
    await signUp(el, { ...options, answered: options.open || !never });
  };
}
