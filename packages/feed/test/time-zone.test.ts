import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKnownTimeZone } from '../src/time-zone.ts';

test('canonical zones, aliases Intl accepts, and UTC are known', () => {
  for (const zone of ['Asia/Vladivostok', 'Europe/Moscow', 'Europe/Kiev', 'Asia/Calcutta', 'UTC'])
    assert.equal(isKnownTimeZone(zone), true, zone);
});

test('unknown names, offsets and bare abbreviations are not', () => {
  for (const zone of ['Europe/Mordor', 'Asia/Vladivostock', '+03:00', 'MSK', 'EST', ''])
    assert.equal(isKnownTimeZone(zone), false, zone);
});
