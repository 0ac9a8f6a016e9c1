/**
 * Expansion time of 200 series (the rhythms of a district: РМО monthly on a numbered weekday
 * from September to May, weekly webinars, courses on weekdays with COUNT, yearly events), month
 * by month over a year as the month view asks for them, and as one year-long agenda range.
 * Run: node --import tsx packages/feed/bench/recurrence.ts [zone]
 */
import os from 'node:os';
import { type EventOccurrence, eventsInRange, type FeedEvent } from '../src/index.ts';

const zone = process.argv[2] ?? 'Asia/Vladivostok';
const RULES = [
  'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=9,10,11,12,1,2,3,4,5',
  'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=9,10,11,12,1,2,3,4,5;UNTIL=20280531',
  'FREQ=WEEKLY;BYDAY=WE',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20281231',
  'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=40',
  'FREQ=MONTHLY;BYMONTHDAY=15',
  'FREQ=YEARLY;BYMONTH=3;BYDAY=-1WE',
  'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO',
];

const events: FeedEvent[] = Array.from({ length: 200 }, (_, i) => {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `s${i}`,
    title: `Серия ${i}`,
    kind: 'association-meeting',
    start: `2026-09-${day}T${String(9 + (i % 8)).padStart(2, '0')}:00:00+10:00`,
    end: `2026-09-${day}T${String(11 + (i % 8)).padStart(2, '0')}:00:00+10:00`,
    status: 'scheduled',
    format: 'offline',
    recurrence: {
      rule: RULES[i % RULES.length]!,
      except: ['2027-01-05'],
      changes: [{ date: `2026-10-${day}`, status: 'cancelled' }],
    },
  } as FeedEvent;
});

const monthStart = (y: number, m: number) =>
  Date.parse(`${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01T00:00:00Z`);

function monthViews(): number {
  let n = 0;
  for (let m = 8; m < 20; m++) {
    const shown: EventOccurrence[] = eventsInRange(events, zone, {
      from: monthStart(2026, m) - 7 * 86_400_000, // the grid's leading week
      to: monthStart(2026, m + 1) + 7 * 86_400_000, // and trailing week
    }).events;
    n += shown.length;
  }
  return n;
}
const year = () =>
  eventsInRange(events, zone, { from: monthStart(2026, 8), to: monthStart(2027, 8) }).events.length;

function time(label: string, run: () => number, rounds = 15): void {
  const first = performance.now();
  const count = run();
  const cold = performance.now() - first;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    run();
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  console.log(
    `${label}: ${count} meetings; first run ${cold.toFixed(1)} ms, then median ${median(times).toFixed(1)} ms ` +
      `(CPU ${median(cpu).toFixed(1)} ms, ${rounds} runs)`,
  );
}

console.log(
  `200 series in ${zone}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
time('12 month views (Sep 2026 – Aug 2027, each with its leading and trailing week)', monthViews);
time('one year as one range (agenda)', year);
