import { addDays, addMonths, type DayKey, weekdayIndex } from '@metodika/feed';

/**
 * The month grid's keyboard (the APG date-grid pattern): the day a key moves focus to from `day`,
 * or undefined for a key the grid leaves alone. Arrows move by a day or a week, Home/End to the
 * week's first and last day, PageUp/PageDown by a month (with Shift, a year). A pure function, so
 * unit tests drive it without a browser grid.
 */
export function gridKeyTarget(day: DayKey, key: string, shiftKey = false): DayKey | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekdayIndex(day));
    case 'End':
      return addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return addMonths(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
