import type { ConsultationRequest } from '@metodika/feed';
import type { SpamReason } from './store/types.ts';

/** A filled honeypot or a form sent faster than a person can type marks a bot. */
export function detectSpam(
  request: Pick<ConsultationRequest, 'website' | 'fillMs'>,
  minFillMs: number,
): SpamReason | null {
  if (request.website?.trim()) return 'honeypot';
  if (request.fillMs !== undefined && request.fillMs < minFillMs) return 'too-fast';
  return null;
}
