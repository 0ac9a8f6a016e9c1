/** What survives a reload: the typed values and the idempotency key of the pending request. */
export interface Draft {
  values: Record<string, string>;
  /** Set once a submission was attempted, so every retry is the same request. */
  key?: string;
}

// Session storage, not local: a draft survives a reload but not a closed tab on a shared
// school computer. A form's `scope` names what the draft is for (`consultation:<endpoint>`).
const storageKey = (scope: string) => `metodika:${scope}`;

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed frame)
  }
}

/** The draft kept for this scope, if any. */
export function loadDraft(scope: string): Draft | null {
  try {
    const draft = JSON.parse(storage()?.getItem(storageKey(scope)) ?? 'null') as Draft | null;
    return draft && typeof draft.values === 'object' ? draft : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; a full or disabled storage only loses the reload safety net. */
export function saveDraft(scope: string, draft: Draft): void {
  try {
    storage()?.setItem(storageKey(scope), JSON.stringify(draft));
  } catch {}
}

/** Forgets the draft (the request was stored). */
export function clearDraft(scope: string): void {
  try {
    storage()?.removeItem(storageKey(scope));
  } catch {}
}

/** A fresh idempotency key; `randomUUID` needs a secure context, and school sites may be http. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
