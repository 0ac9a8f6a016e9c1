// The size budget of the one-script-tag bundle (packages/widgets/dist/metodika.js), in gzip -9
// bytes as bench/ counts them. Sizes only: times vary with the machine, bytes do not.
import { fileURLToPath } from 'node:url';
import { gzip } from '../../bench/support/source-map.mjs';

/** The bundle `pnpm run test:browser` (and `pnpm bench`) builds. */
export const BUNDLE = fileURLToPath(
  new URL('../../packages/widgets/dist/metodika.js', import.meta.url),
);

/**
 * Measured 50 577 B by `pnpm bench` on 2026-11-29 (bench/results.json), plus about 5 % headroom.
 * Raise it on purpose, with the reason in the commit, when a feature is worth the bytes.
 */
export const LIMIT_GZIP = 53_100;

/** Checks `text` against `limit` (gzip -9 bytes); the message names both numbers. */
export function checkBudget(text, limit = LIMIT_GZIP) {
  const size = gzip(text);
  const ok = size <= limit;
  const kb = (n) => `${n} B (${(n / 1024).toFixed(1)} KB)`;
  return {
    size,
    limit,
    ok,
    message: `dist/metodika.js is ${kb(size)} gzip -9; the budget is ${kb(limit)}${ok ? '' : `: over by ${size - limit} B`}`,
  };
}
