import type { RegistrationAvailability } from '@metodika/feed';
import { sendOptions } from '../base/form/form-send.ts';

/** The clock the form decides by; tests set `now` to a fixed moment. */
export const registrationClock: { now: () => number } = { now: () => Date.now() };

/** How long an answer about places is reused (ms): the service lets caches keep it 30 s too. */
export const AVAILABILITY_TTL_MS = 30_000;

const cache = new Map<string, { at: number; answer: Promise<RegistrationAvailability> }>();

/** The service's URL of one event: `{endpoint}/{eventId}`. */
export const eventUrl = (endpoint: string, eventId: string) =>
  `${endpoint.replace(/\/+$/, '')}/${encodeURIComponent(eventId)}`;

/**
 * Places left for the event at `url`, asked once per page every 30 s whoever asks (the calendar's
 * details and a standalone form share the answer). Rejects when the service is down or answers
 * nonsense; a failure is not kept, so the next call asks again.
 */
export function fetchAvailability(url: string): Promise<RegistrationAvailability> {
  const kept = cache.get(url);
  if (kept && Date.now() - kept.at < AVAILABILITY_TTL_MS) return kept.answer;
  const answer = (async () => {
    const response = await (sendOptions.fetch ?? fetch)(url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(sendOptions.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`places left: HTTP ${response.status}`);
    const body = (await response.json()) as RegistrationAvailability;
    if (typeof body?.state !== 'string') throw new Error('places left: no state');
    return body;
  })();
  cache.set(url, { at: Date.now(), answer });
  answer.catch(() => {
    if (cache.get(url)?.answer === answer) cache.delete(url);
  });
  return answer;
}

/** Forgets the kept answer for `url` (after a sign-up the counts have changed), or every one. */
export function forgetAvailability(url?: string): void {
  if (url) cache.delete(url);
  else cache.clear();
}
