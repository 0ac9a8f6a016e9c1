/** Test seam: a stub `fetch` for the POST (the feed has its own in base/feed-loader.ts). */
export const sendOptions: { fetch?: typeof fetch; timeoutMs?: number } = {};

/** What became of a submission. */
export type SendResult =
  | { kind: 'stored'; number: string; expectedResponseDays?: number }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'rate-limited'; retryAfterS?: number }
  | { kind: 'forbidden' }
  | { kind: 'rejected'; status: number }
  /** Network loss, timeout or 5xx: the request may be retried with the same key. */
  | { kind: 'failed' };

/** POSTs the request as JSON to the department's receiver and classifies the answer. */
export async function sendRequest(
  endpoint: string,
  body: object,
  lang: string,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await (sendOptions.fetch ?? fetch)(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(body),
      // No cookies: the receiver is another site and needs none.
      credentials: 'omit',
      signal: AbortSignal.timeout(sendOptions.timeoutMs ?? 20_000),
    });
  } catch {
    return { kind: 'failed' };
  }
  const status = response.status;
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if ((status === 200 || status === 201) && typeof answer?.number === 'string') {
    const days = answer.expectedResponseDays;
    return {
      kind: 'stored',
      number: answer.number,
      ...(typeof days === 'number' ? { expectedResponseDays: days } : {}),
    };
  }
  if (status === 422 && answer?.fields && typeof answer.fields === 'object')
    return { kind: 'invalid', fields: answer.fields as Record<string, string> };
  if (status === 429) {
    const retryAfterS = retryAfter(response.headers.get('Retry-After'));
    return { kind: 'rate-limited', ...(retryAfterS === undefined ? {} : { retryAfterS }) };
  }
  if (status === 403) return { kind: 'forbidden' };
  if (status >= 400 && status < 500) return { kind: 'rejected', status };
  return { kind: 'failed' };
}

/** `Retry-After` is seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim())
    ? Number(header)
    : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}
