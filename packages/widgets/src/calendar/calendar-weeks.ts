import { addDays, type DayKey, weekdayIndex } from '@metodika/feed';
import { type CalendarEvent, monthEnd } from './calendar-model.ts';

/**
 * The month grid's days and the events on each, which only the full view draws (its lazy part,
 * calendar-full.ts): the strip lists events without them.
 */

/** The weeks (Monday first) covering a month: four to six rows of seven days. */
export function monthGrid(monthStart: DayKey): DayKey[][] {
  const last = monthEnd(monthStart);
  const weeks: DayKey[][] = [];
  for (let day = addDays(monthStart, -weekdayIndex(monthStart)); day <= last; ) {
    const week: DayKey[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) week.push(day);
    weeks.push(week);
  }
  return weeks;
}

/** Events by day over [from, to]; a multi-day event appears on each of its days in the range. */
export function eventsByDay(
  events: readonly CalendarEvent[],
  from: DayKey,
  to: DayKey,
): Map<DayKey, CalendarEvent[]> {
  const map = new Map<DayKey, CalendarEvent[]>();
  for (const item of events) {
    if (item.endDay < from || item.startDay > to) continue;
    let day = item.startDay < from ? from : item.startDay;
    const last = item.endDay > to ? to : item.endDay;
    for (; day <= last; day = addDays(day, 1)) {
      const list = map.get(day);
      if (list) list.push(item);
      else map.set(day, [item]);
    }
  }
  return map;
}
