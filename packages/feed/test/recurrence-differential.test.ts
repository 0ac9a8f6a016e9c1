/**
 * Differential test of the recurrence expansion against rrule + an Intl transition table
 * (recurrence-reference.ts says how the reference keeps RFC 5545's wall-clock semantics).
 * 2,080 seeded rules in thirteen zones, 2024–2030, each compared over a month (the month
 * view) and a year (the agenda); any difference fails with the rule, zone and first differing
 * instant. The mutation tests break the expander on purpose and require the check to notice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneOffsetMinutes } from '../src/ics/zone.ts';
import { createExpander, type ExpanderParts, expandSeries } from '../src/recurrence/expand.ts';
import { nthWeekday } from '../src/recurrence/pattern.ts';
import { parseRule } from '../src/recurrence/rule.ts';
import { wallToEpoch } from '../src/recurrence/wall-clock.ts';
import { prng } from './prng.ts';
import {
  randomCase,
  referenceEpoch,
  referenceOccurrences,
  referenceWall,
  synchronise,
} from './recurrence-reference.ts';

const DAY = 86_400_000;

const ZONES = [
  'Europe/Berlin', // DST, transitions at 01:00 UTC
  'America/New_York', // DST, 02:00 local gap and repeat
  'America/Santiago', // southern DST with the gap at midnight
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Australia/Adelaide', // +09:30 / +10:30
  'Australia/Lord_Howe', // a 30-minute DST shift
  'Australia/Eucla', // +08:45
  'Pacific/Chatham', // +12:45 / +13:45
  'Europe/Moscow', // +03, +04 in 2011–2014
  'Asia/Vladivostok', // +10, +11 in 2011–2014
  'Europe/Samara', // +04, +03 in 2010–2011
  'Asia/Almaty', // +06 → +05 on 2024-03-01
];

type Expand = typeof expandSeries;

interface Run {
  rules: number;
  comparisons: number;
  occurrences: number;
  differences: string[];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

/** Runs `rulesPerZone` seeded cases per zone through `expand`; collects the first difference of each. */
function differential(
  expand: Expand,
  zones: readonly string[],
  rulesPerZone: number,
  seed: number,
  stopAtFirst = false,
): Run {
  const run: Run = { rules: 0, comparisons: 0, occurrences: 0, differences: [] };
  const rand = prng(seed);
  for (const zone of zones) {
    for (let made = 0; made < rulesPerZone && !(stopAtFirst && run.differences.length); ) {
      const c = randomCase(rand);
      const first = synchronise(c);
      if (first === null) continue;
      c.startWall = first;
      const startMs = referenceEpoch(zone, first);
      // The feed writes DTSTART as an instant, so its own wall time always exists.
      if (!c.allDay && referenceWall(zone, startMs) !== first) continue;
      made++;
      run.rules++;
      const parsed = parseRule(c.text);
      if (!parsed.ok) {
        run.differences.push(`${zone} ${c.text}: refused (${JSON.stringify(parsed.issues)})`);
        continue;
      }
      const firstDay = new Date(first).toISOString().slice(0, 10);
      const series = c.allDay
        ? {
            start: firstDay,
            ...(c.length > 1
              ? { end: new Date(first + (c.length - 1) * DAY).toISOString().slice(0, 10) }
              : {}),
          }
        : { start: iso(startMs), ...(c.length ? { end: iso(startMs + c.length) } : {}) };
      const d = new Date(first);
      const month = d.getUTCMonth() + Math.floor(rand() * 24);
      const windows = [
        [Date.UTC(d.getUTCFullYear(), month, 1), Date.UTC(d.getUTCFullYear(), month + 1, 1)],
        [Date.UTC(d.getUTCFullYear() + (rand() < 0.5 ? 0 : 1), 0, 1), 0],
      ] as [number, number][];
      windows[1]![1] = Date.UTC(new Date(windows[1]![0]).getUTCFullYear() + 1, 0, 1);
      const usable = windows
        .filter(([, toWall]) => toWall <= Date.UTC(2031, 0, 1))
        .map(([fromWall, toWall]) => ({
          fromWall,
          toWall,
          from: referenceEpoch(zone, fromWall),
          to: referenceEpoch(zone, toWall),
        }));
      if (!usable.length) continue;
      const references = referenceOccurrences(c, zone, usable);
      for (const [w, { fromWall, toWall, from, to }] of usable.entries()) {
        const expected = references[w]!;
        const ours = expand({ ...series, rule: parsed.rule }, zone, { from, to }).occurrences;
        run.comparisons++;
        run.occurrences += expected.length;
        const n = Math.max(expected.length, ours.length);
        for (let i = 0; i < n; i++) {
          const a = ours[i];
          const b = expected[i];
          if (a && b && a.startMs === b.startMs && a.endMs === b.endMs && a.date === b.date)
            continue;
          const show = (o?: { startMs: number; endMs: number; date: string }) =>
            o ? `${iso(o.startMs)}–${iso(o.endMs)} (${o.date})` : 'nothing';
          run.differences.push(
            `${zone} RRULE:${c.text} DTSTART ${JSON.stringify(series)} window ` +
              `${iso(fromWall).slice(0, 10)}…${iso(toWall).slice(0, 10)}: occurrence #${i + 1} ` +
              `ours ${show(a)}, reference ${show(b)}`,
          );
          break;
        }
      }
    }
  }
  return run;
}

test('expansion equals rrule + Intl (RFC 5545 wall clock) over 2,080 rules in 13 zones, 2024–2030', () => {
  const started = performance.now();
  const run = differential(expandSeries, ZONES, 160, 20261204);
  const ms = Math.round(performance.now() - started);
  assert.equal(
    run.differences.length,
    0,
    `${run.differences.length} of ${run.comparisons} comparisons differ; first ones:\n` +
      run.differences.slice(0, 5).join('\n'),
  );
  assert.ok(run.rules === 2080 && run.occurrences > 40_000, JSON.stringify(run));
  console.log(
    `# differential: ${run.rules} rules, ${run.comparisons} ranges, ${run.occurrences} occurrences, ${ms} ms`,
  );
});

const broken = (parts: Partial<ExpanderParts>) =>
  createExpander({ wallToEpoch, nthWeekday, ...parts }).expandSeries;

test('the differential test fails when the zone conversion is naive (offset read at the wall time)', () => {
  // rrule's own tzid mode does this: right on most days, an hour off around DST changes.
  const naive = broken({
    wallToEpoch: (zone, wall) => wall - zoneOffsetMinutes(zone, wall) * 60_000,
  });
  const run = differential(naive, ['Europe/Berlin', 'Pacific/Chatham'], 400, 7, true);
  assert.ok(run.differences.length > 0, 'a naive zone conversion went unnoticed');
  assert.match(
    run.differences[0]!,
    /^(Europe\/Berlin|Pacific\/Chatham) RRULE:FREQ=.* ours .* reference /,
  );
});

test('the differential test fails on an off-by-one in numbered weekdays (2TU, -1FR)', () => {
  const offByOne = broken({
    nthWeekday: (first, length, spec) => nthWeekday(first + 1, length - 1, spec),
  });
  const run = differential(offByOne, ['Asia/Vladivostok'], 400, 11, true);
  assert.ok(run.differences.length > 0, 'an off-by-one in BYDAY ordinals went unnoticed');
});

test('reference sanity: New York 02:30 on the spring day is 03:30 EDT, 01:30 on the autumn day the first', () => {
  const gap = Date.UTC(2026, 2, 8, 2, 30);
  assert.equal(iso(referenceEpoch('America/New_York', gap)), '2026-03-08T07:30:00Z');
  assert.equal(iso(wallToEpoch('America/New_York', gap)), '2026-03-08T07:30:00Z');
  const twice = Date.UTC(2026, 10, 1, 1, 30);
  assert.equal(iso(referenceEpoch('America/New_York', twice)), '2026-11-01T05:30:00Z');
  assert.equal(iso(wallToEpoch('America/New_York', twice)), '2026-11-01T05:30:00Z');
});
