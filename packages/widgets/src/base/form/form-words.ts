import type { FieldProblem, Lang } from '@metodika/feed';
import { lazyPart } from '../lazy-part.ts';

/**
 * The feed package's problem messages (both languages, ≈ 3 KB gzip): the forms need them only
 * once a visitor has made a mistake, so they are not loaded before the form paints but fetched
 * when the browser is idle after it (FormController), and awaited before a submit is checked.
 * The same chunk a browsing widget loads for a feed with problems.
 */
export const problemWords = lazyPart(() => import('@metodika/feed/problems'));

/**
 * A problem in the visitor's language; `fallback` (a plain "check this field") only while the
 * messages have not arrived or could not be fetched.
 */
export function wordProblem({ code, params }: FieldProblem, lang: Lang, fallback: string): string {
  return problemWords.get()?.problemMessage(code, params, lang) ?? fallback;
}

/** Each field's problem worded as `wordProblem` words it. */
export function wordFields(
  fields: Record<string, FieldProblem>,
  lang: Lang,
  fallback: string,
): Record<string, string> {
  const worded: Record<string, string> = {};
  for (const [path, problem] of Object.entries(fields))
    worded[path] = wordProblem(problem, lang, fallback);
  return worded;
}
