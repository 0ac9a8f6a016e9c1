/**
 * Test seam for every call to the department's service (the forms' POSTs, the places-left GET):
 * a stub `fetch`. The feed has its own in base/feed-loader.ts.
 */
export const sendOptions: { fetch?: typeof fetch; timeoutMs?: number } = {};

/** What became of a POST to the department's service, before a form reads the answer. */
export type SendOutcome =
  /** 2xx, or another 4xx than those below: `answer` is the parsed JSON body (or null). */
  | { kind: 'answered'; status: number; answer: Record<string, unknown> | null }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'rate-limited'; retryAfterS?: number }
  | { kind: 'forbidden' }
  /** Network loss, timeout or 5xx: the request may be retried with the same key. */
  | { kind: 'failed' };

/** POSTs `body` as JSON to the department's service and classifies the answer. */
export async function sendJson(endpoint: string, body: object, lang: string): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await (sendOptions.fetch ?? fetch)(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify(body),
      // No cookies: the service is another site and needs none.
      credentials: 'omit',
      signal: AbortSignal.timeout(sendOptions.timeoutMs ?? 20_000),
    });
  } catch {
    return { kind: 'failed' };
  }
  const status = response.status;
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (status === 422 && answer?.fields && typeof answer.fields === 'object')
    return { kind: 'invalid', fields: answer.fields as Record<string, string> };
  if (status === 429) {
    const retryAfterS = retryAfter(response.headers.get('Retry-After'));
    return { kind: 'rate-limited', ...(retryAfterS === undefined ? {} : { retryAfterS }) };
  }
  if (status === 403) return { kind: 'forbidden' };
  if (status >= 200 && status < 500) return { kind: 'answered', status, answer };
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
