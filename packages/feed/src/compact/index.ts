export {
  checkConsultationRequest,
  type FieldProblem,
  type RequestCheck,
  type RequestValidation,
  validateConsultationRequest,
} from './consultation.ts';
export { compactEngine, parseFeedCompact } from './engine.ts';
export { type CompactIssue, type Validated, validate } from './validate.ts';
