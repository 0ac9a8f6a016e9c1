/**
 * Every action the service writes to the audit log has a name on the console's audit page, in
 * Russian and English: a new action without one would show its raw id (`content.seed`) to the
 * administrator reading the log.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AUDIT_ACTIONS } from '../src/repos/audit.ts';

// Imported by a computed path so the service's typecheck does not take in the console's sources.
const I18N = new URL('../../console/src/i18n/', import.meta.url).href;

test('every audited action has a Russian and an English name in the console', async () => {
  for (const lang of ['ru', 'en'] as const) {
    const table = (await import(`${I18N}${lang}.ts`))[lang] as {
      audit: { actions: Record<string, string> };
    };
    const missing = AUDIT_ACTIONS.filter((action) => !table.audit.actions[action]?.trim());
    assert.deepEqual(missing, [], `${lang}: actions without a name on the audit page`);
  }
});
