// Fails when the script-tag bundle outgrows its budget (test/size/budget.mjs). Needs the built
// bundle: `pnpm run test:browser` builds it just before `pnpm run test:size` in test:all.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUNDLE, checkBudget, LIMIT_GZIP } from './budget.mjs';

// SIZE_LIMIT_GZIP=1000 pnpm run test:size shows the failure on the real bundle.
const limit = Number(process.env.SIZE_LIMIT_GZIP) || LIMIT_GZIP;

test('dist/metodika.js stays within its gzip budget', (t) => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: build it with pnpm run test:browser`);
  const result = checkBudget(readFileSync(BUNDLE, 'utf8'), limit);
  t.diagnostic(result.message);
  assert.ok(result.ok, result.message);
});

test('the check fails a bundle over the limit and says by how much', () => {
  const text = Array.from({ length: 200 }, (_, i) => `export const v${i} = ${i * 7919};`).join(
    '\n',
  );
  const { size } = checkBudget(text, LIMIT_GZIP);
  const over = checkBudget(text, size - 1);
  assert.equal(over.ok, false);
  assert.match(over.message, new RegExp(`is ${size} B .* budget is ${size - 1} B .*over by 1 B`));
  assert.equal(checkBudget(text, size).ok, true, 'a bundle exactly at the limit passes');
});
