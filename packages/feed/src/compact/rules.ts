/**
 * The compact rule format: a plain-data image of the zod schemas that a few hundred bytes of
 * interpreter can run in the browser. Tuples with one-letter tags keep the generated table small.
 */

/** A check, run after the type test in the order zod runs it. */
export type Check =
  /** `z.trim()`. */
  | readonly ['t']
  /** Minimum (`<`) or maximum (`>`) length, counted as zod counts it. */
  | readonly ['<' | '>', number]
  /** A string format or `z.regex`: the pattern and zod's `format` name. */
  | readonly ['f', RegExp, string]
  /** `z.startsWith`. */
  | readonly ['^', string]
  /** `z.refine`: its message (the predicate's name in refines.ts) and issue path. */
  | readonly ['r', string, (readonly string[])?]
  /** `z.int()`: an integer within the safe range. */
  | readonly ['i']
  /** Lower (`g`) or upper (`l`) bound and whether it is inclusive. */
  | readonly ['g' | 'l', number, boolean];

/** A schema node. */
export type Rule =
  | readonly ['s' | 'n' | 'b', ...Check[]]
  /** `z.enum` or `z.literal`: the allowed values. */
  | readonly ['e', readonly unknown[]]
  | readonly ['a', Rule, ...Check[]]
  | readonly ['o', { readonly [key: string]: Rule }, ...Check[]]
  /** `z.optional`. */
  | readonly ['?', Rule]
  /** `z._default`: the inner rule and the default value. */
  | readonly ['d', Rule, unknown]
  | readonly ['u', readonly Rule[]];
