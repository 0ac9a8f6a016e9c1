import {
  createFeedParser,
  type FeedEngine,
  type ParseOptions,
  type ParseResult,
} from '../parse-core.ts';
import { problemMessage } from '../problems.ts';
import * as rules from './rules.generated.ts';
import type { Rule } from './rules.ts';
import { validate } from './validate.ts';

/** Unwraps optional/default wrappers. */
function unwrap(rule: Rule | undefined): Rule | undefined {
  while (rule && (rule[0] === '?' || rule[0] === 'd')) rule = rule[1];
  return rule;
}

/** The compact engine: the generated rules, run without zod (the browser's validator). */
export const compactEngine: FeedEngine<Rule> = {
  header: rules.header,
  items: {
    organizations: rules.organizations,
    people: rules.people,
    events: rules.events,
    associations: rules.associations,
    practices: rules.practices,
  },
  versions: rules.VERSIONS,
  validate(rule, value) {
    const { data, issues } = validate(rule, value);
    return issues.length ? { success: false, issues } : { success: true, data };
  },
  shape(rule) {
    const node = unwrap(rule);
    return node?.[0] === 'o' ? node[1] : null;
  },
  element(rule) {
    const node = unwrap(rule);
    return node?.[0] === 'a' ? node[1] : undefined;
  },
};

// Each parser is made on first use, so a bundle that uses only one carries only its wording.
let parseWorded: ReturnType<typeof createFeedParser> | undefined;
let parseUnworded: ReturnType<typeof createFeedParser> | undefined;

/** parseFeed with the compact validator: the same feed and problems, without zod in the bundle. */
export function parseFeedCompact(input: unknown, options: ParseOptions = {}): ParseResult {
  parseWorded ??= createFeedParser(compactEngine, { word: problemMessage });
  return parseWorded(input, options);
}

/**
 * parseFeedCompact with every problem's `message` left empty: the loader's parser, which words
 * problems (translateProblems) only when a feed has some, so the messages (≈ 3 KB gzip in both
 * languages) are not in what a page loads before it paints.
 */
export function parseFeedUnworded(input: unknown, options: ParseOptions = {}): ParseResult {
  parseUnworded ??= createFeedParser(compactEngine, { word: () => '' });
  return parseUnworded(input, options);
}
