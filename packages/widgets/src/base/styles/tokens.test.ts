import { expect } from '@open-wc/testing';
import { calendarStyles } from '../../calendar/calendar.styles.ts';
import { baseStyles } from './base.styles.ts';
import { TOKENS } from './tokens.ts';

describe('theming tokens', () => {
  it('every --metodika-* token used is documented, and every documented one is used', () => {
    const text = [baseStyles, calendarStyles].map((sheet) => sheet.cssText).join('\n');
    const used = new Set(text.match(/--metodika-[a-z-]+/g));
    expect([...used].sort()).to.deep.equal(Object.keys(TOKENS).sort());
  });
});
