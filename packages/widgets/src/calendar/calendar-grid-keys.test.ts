import { expect } from '@open-wc/testing';
import { gridKeyTarget } from './calendar-grid-keys.ts';

describe('the month grid keyboard (gridKeyTarget)', () => {
  // 2026-11-26 is a Thursday; weeks start on Monday.
  const day = '2026-11-26';

  it('arrows move by a day and by a week, across month ends', () => {
    expect(gridKeyTarget(day, 'ArrowLeft')).to.equal('2026-11-25');
    expect(gridKeyTarget(day, 'ArrowRight')).to.equal('2026-11-27');
    expect(gridKeyTarget(day, 'ArrowUp')).to.equal('2026-11-19');
    expect(gridKeyTarget(day, 'ArrowDown')).to.equal('2026-12-03');
    expect(gridKeyTarget('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
  });

  it('Home and End go to Monday and Sunday of the week', () => {
    expect(gridKeyTarget(day, 'Home')).to.equal('2026-11-23');
    expect(gridKeyTarget(day, 'End')).to.equal('2026-11-29');
    expect(gridKeyTarget('2026-11-23', 'Home')).to.equal('2026-11-23');
  });

  it('PageUp and PageDown move a month, with Shift a year, clamped to the month’s length', () => {
    expect(gridKeyTarget(day, 'PageUp')).to.equal('2026-10-26');
    expect(gridKeyTarget(day, 'PageDown')).to.equal('2026-12-26');
    expect(gridKeyTarget(day, 'PageDown', true)).to.equal('2027-11-26');
    expect(gridKeyTarget(day, 'PageUp', true)).to.equal('2025-11-26');
    expect(gridKeyTarget('2027-01-31', 'PageDown')).to.equal('2027-02-28');
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape'])
      expect(gridKeyTarget(day, key), key).to.equal(undefined);
  });
});
