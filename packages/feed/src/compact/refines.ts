import { isSafeUrl, isWebUrl } from '../safe-url.ts';

/**
 * The predicates of the schemas' `z.refine` checks, keyed by their error message. The generator
 * refuses a refine whose message is missing here; the differential tests hold each one to zod's.
 */
export const REFINES: Record<string, (value: never) => boolean> = {
  unsafe_url: isSafeUrl,
  web_url: isWebUrl,
  // consultationRequestSchema: an e-mail address or a phone number, at least one.
  contact_required: (request: { email?: string; phone?: string }) =>
    Boolean(request.email || request.phone),
  // An event's registration: a page elsewhere or the department's service, at least one.
  registration_target: (registration: { url?: string; endpoint?: string }) =>
    Boolean(registration.url || registration.endpoint),
};
