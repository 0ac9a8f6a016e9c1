import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localFields } from '../src/ics/zone.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The reference: Intl's own answer for every call, no offset caching or arithmetic. */
function intlReference(zone: string, epochMs: number) {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(new Date(epochMs));
  const value = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}

// Zones with daylight saving (northern and southern), half-hour and 45-minute offsets, a
// 30-minute DST shift, a date-line jump, and the feeds' own Russian zones with their 2011/2014 changes.
const ZONES = [
  'Asia/Vladivostok',
  'Europe/Moscow',
  'Europe/Samara',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'UTC',
];

describe('localFields: the per-day offset shortcut agrees with Intl', () => {
  for (const zone of ZONES)
    test(zone, () => {
      // Every 7 h 13 min 17 s over 2010–2016 (Russia's 2011 and 2014 changes, Samoa's 2011
      // skipped day) and 2025–2027, each checked with the second before and after.
      const spans = [
        [Date.UTC(2010, 0, 1), Date.UTC(2016, 0, 1)],
        [Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1)],
      ];
      let checked = 0;
      for (const [from, to] of spans)
        for (let t = from!; t < to!; t += 26_397_000)
          for (const at of [t - 1000, t, t + 1000]) {
            assert.deepEqual(
              localFields(zone, at),
              intlReference(zone, at),
              `${zone} ${new Date(at).toISOString()}`,
            );
            checked++;
          }
      assert.ok(checked > 20_000);
    });

  test('at the very second of a transition (Berlin, 2026-03-29 01:00 UTC)', () => {
    const switchAt = Date.UTC(2026, 2, 29, 1, 0, 0);
    for (const at of [switchAt - 1000, switchAt, switchAt + 1000])
      assert.deepEqual(localFields('Europe/Berlin', at), intlReference('Europe/Berlin', at));
    assert.equal(localFields('Europe/Berlin', switchAt - 1000).hour, 1);
    assert.equal(localFields('Europe/Berlin', switchAt).hour, 3);
  });

  test('before 1970 and after 2100 Intl answers directly', () => {
    for (const at of [Date.UTC(1961, 5, 1, 12), Date.UTC(2150, 5, 1, 12)])
      assert.deepEqual(localFields('Asia/Vladivostok', at), intlReference('Asia/Vladivostok', at));
  });
});
