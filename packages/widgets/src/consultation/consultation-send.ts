import { sendJson } from '../base/form/form-send.ts';

export { sendOptions } from '../base/form/form-send.ts';

/** What became of a submission. */
export type SendResult =
  | { kind: 'stored'; number: string; expectedResponseDays?: number }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'rate-limited'; retryAfterS?: number }
  | { kind: 'forbidden' }
  | { kind: 'rejected'; status: number }
  /** Network loss, timeout or 5xx: the request may be retried with the same key. */
  | { kind: 'failed' };

/** POSTs the request to the department's receiver; a stored request has its number. */
export async function sendRequest(
  endpoint: string,
  body: object,
  lang: string,
): Promise<SendResult> {
  const outcome = await sendJson(endpoint, body, lang);
  if (outcome.kind !== 'answered') return outcome;
  const { status, answer } = outcome;
  if ((status === 200 || status === 201) && typeof answer?.number === 'string') {
    const days = answer.expectedResponseDays;
    return {
      kind: 'stored',
      number: answer.number,
      ...(typeof days === 'number' ? { expectedResponseDays: days } : {}),
    };
  }
  return status >= 400 ? { kind: 'rejected', status } : { kind: 'failed' };
}
