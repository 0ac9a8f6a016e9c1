import type * as z from 'zod/mini';
import {
  createFeedParser,
  type FeedEngine,
  type ParseOptions,
  type ParseResult,
} from './parse-core.ts';
import { defineProblemWords, problemMessage } from './problems.ts';
import { checkRecurrence } from './recurrence/check.ts';
import { recurrenceMessage } from './recurrence/messages.ts';
import { collectionSchemas, feedHeaderSchema, SUPPORTED_VERSIONS } from './schema/feed.ts';
import { classifyIssue } from './zod-issues.ts';

export type { ParseMode, ParseOptions, ParseResult } from './parse-core.ts';

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType };

/** The zod/mini engine: the contract itself, used in Node (CLI, inbox, tests). */
export const zodEngine: FeedEngine<z.core.$ZodType> = {
  header: feedHeaderSchema,
  items: collectionSchemas,
  versions: SUPPORTED_VERSIONS,
  validate(schema, value) {
    const result = (schema as z.ZodMiniType).safeParse(value);
    return result.success
      ? { success: true, data: result.data }
      : {
          success: false,
          issues: result.error.issues.map((issue) => ({
            path: issue.path,
            ...classifyIssue(issue, value),
          })),
        };
  },
  /** Unwraps optional/default/pipe wrappers down to an object's shape, if there is one. */
  shape(schema) {
    let def = schema?._zod.def as Def | undefined;
    while (def && (def.type === 'optional' || def.type === 'default' || def.type === 'pipe')) {
      def = def.innerType?._zod.def as Def | undefined;
    }
    return def?.type === 'object' && def.shape ? def.shape : null;
  },
  element(schema) {
    let def = schema?._zod.def as (Def & { element?: z.core.$ZodType }) | undefined;
    while (def && (def.type === 'optional' || def.type === 'default'))
      def = def.innerType?._zod.def as typeof def;
    return def?.type === 'array' ? def.element : undefined;
  },
};

defineProblemWords('recurrence', recurrenceMessage);

/** The Node parser runs every check; the browser's (compact) leaves out the recurrence one. */
const parseWithZod = createFeedParser(zodEngine, {
  word: problemMessage,
  event: { field: 'recurrence', check: checkRecurrence },
});

/**
 * Validates untrusted feed JSON. One bad item never hides the rest: it is dropped and reported,
 * and references to it are reported where they occur.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return parseWithZod(input, options);
}
