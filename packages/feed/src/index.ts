/**
 * @metodika/feed: the browser-safe part of the contract. The CLI lives in `src/cli/` and is
 * never imported from here, so bundles stay free of Node code.
 */

export {
  checkConsultationRequest,
  type FieldProblem,
  parseFeedCompact,
  type RequestCheck,
  type RequestValidation,
  validateConsultationRequest,
} from './compact/index.ts';
export type * from './feed-diff.ts';
export * from './format/index.ts';
export * from './ics/index.ts';
export { ASSOCIATION_KIND_LABELS_EN } from './labels/association-kinds.en.ts';
export {
  ASSOCIATION_KIND_LABELS,
  ASSOCIATION_KIND_LABELS_RU,
} from './labels/association-kinds.ts';
export { EVENT_KIND_LABELS_EN } from './labels/event-kinds.en.ts';
export {
  EVENT_KIND_LABELS,
  EVENT_KIND_LABELS_RU,
} from './labels/event-kinds.ts';
export { ORGANIZATION_ROLE_LABELS_EN } from './labels/organization-roles.en.ts';
export {
  ORGANIZATION_ROLE_LABELS,
  ORGANIZATION_ROLE_LABELS_RU,
} from './labels/organization-roles.ts';
export { PRACTICE_KIND_LABELS_EN } from './labels/practice-kinds.en.ts';
export {
  PRACTICE_KIND_LABELS,
  PRACTICE_KIND_LABELS_RU,
} from './labels/practice-kinds.ts';
export * from './load/index.ts';
export * from './parse.ts';
export { formatPath } from './problem-path.ts';
export * from './problems.ts';
export * from './recurrence/index.ts';
export { type FoundRef, findRefs, REFERENCE_RULES, type RefTarget } from './references.ts';
export * from './safe-url.ts';
export * from './schema/index.ts';
export { isKnownTimeZone } from './time-zone.ts';
export type * from './view.ts';
export { classifyIssue } from './zod-issues.ts';
