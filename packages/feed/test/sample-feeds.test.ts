import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  ASSOCIATION_KINDS,
  ASSOCIATION_LEVELS,
  EVENT_KINDS,
  type Feed,
  type FeedEvent,
  PRACTICE_KINDS,
  parseFeed,
} from '../src/index.ts';

/** The demo feeds the widgets, stories and docs show: they must be clean and rich enough to demo. */
const DEMO = new URL('../../../demo/feeds/', import.meta.url);
const TODAY = '2026-11-23';

function load(name: string): Feed {
  const { feed, problems, ok } = parseFeed(readFileSync(new URL(name, DEMO), 'utf8'), {
    mode: 'strict',
  });
  assert.deepEqual(
    problems,
    [],
    `${name}: ${problems.map((p) => `${p.path} ${p.code}`).join('; ')}`,
  );
  assert.equal(ok, true);
  assert.ok(feed);
  return feed;
}

const isAllDay = (value: string) => value.length === 10;

/** The calendar day of a moment in the publisher's zone (dates of all-day events as they are). */
function localDay(value: string, timeZone: string): string {
  if (isAllDay(value)) return value;
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(value));
}

const firstDay = (e: FeedEvent, tz: string) => localDay(e.start, tz);
const lastDay = (e: FeedEvent, tz: string) => localDay(e.end ?? e.start, tz);
const count = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
  items.filter(predicate).length;
const distinct = <T>(items: readonly T[]) => new Set(items);

describe('demo/feeds/kuznetsk.json', () => {
  const feed = load('kuznetsk.json');
  const tz = feed.publisher.timeZone;

  test('is the Kuznetsk methodical cabinet in Moscow time', () => {
    assert.equal(tz, 'Europe/Moscow');
    assert.match(feed.publisher.name, /Кузнецкого района/);
    assert.match(feed.publisher.eventsPage ?? '', /^https:\/\//);
    assert.match(feed.publisher.calendarUrl ?? '', /^https:\/\//);
  });

  test('has taxonomies for subjects, levels, audiences, directions and tags', () => {
    const t = feed.taxonomies;
    assert.ok((t.subjects?.length ?? 0) >= 12);
    assert.ok((t.tags?.length ?? 0) >= 6);
    assert.ok((t.directions?.length ?? 0) >= 5);
    assert.ok((t.audiences?.length ?? 0) >= 8);
    const levels = distinct((t.educationLevels ?? []).map((l) => l.label));
    for (const label of [/дошкольное/i, /НОО/, /ООО/, /СОО/, /дополнительное/i]) {
      assert.ok(
        [...levels].some((l) => label.test(l)),
        String(label),
      );
    }
  });

  test('has at least 40 events between October and December, both past and upcoming', () => {
    const events = feed.events;
    assert.ok(events.length >= 40, `${events.length} events`);
    for (const e of events) {
      assert.ok(firstDay(e, tz) >= '2026-10-01' && lastDay(e, tz) <= '2026-12-31', e.id);
    }
    const past = count(events, (e) => lastDay(e, tz) < TODAY);
    const upcoming = count(events, (e) => firstDay(e, tz) > TODAY);
    assert.ok(past >= 10, `${past} past`);
    assert.ok(upcoming >= 10, `${upcoming} upcoming`);
  });

  test('uses every event kind, multi-day and all-day events, and local +03:00 times', () => {
    assert.deepEqual([...distinct(feed.events.map((e) => e.kind))].sort(), [...EVENT_KINDS].sort());
    const multiDay = feed.events.filter((e) => lastDay(e, tz) > firstDay(e, tz));
    assert.ok(multiDay.length >= 3, `${multiDay.length} multi-day`);
    assert.ok(multiDay.some((e) => isAllDay(e.start)) && multiDay.some((e) => !isAllDay(e.start)));
    assert.ok(count(feed.events, (e) => isAllDay(e.start)) >= 3);
    const timed = feed.events
      .flatMap((e) => [e.start, e.end ?? e.start])
      .filter((v) => !isAllDay(v));
    assert.ok(timed.length > 0);
    for (const value of timed) assert.match(value, /\+03:00$/);
  });

  test('has exactly one cancelled, and postponed and moved-online events with notes', () => {
    const withStatus = (status: FeedEvent['status']) =>
      feed.events.filter((e) => e.status === status);
    assert.equal(withStatus('cancelled').length, 1);
    assert.ok(withStatus('postponed').length >= 1);
    assert.ok(withStatus('moved-online').length >= 1);
    for (const e of feed.events.filter((e) => e.status !== 'scheduled'))
      assert.ok(e.statusNote, e.id);
    for (const e of withStatus('moved-online')) assert.ok(e.onlineUrl, e.id);
    for (const e of feed.events.filter((e) => e.format !== 'offline')) assert.ok(e.onlineUrl, e.id);
    assert.ok(count(feed.events, (e) => e.format === 'online') >= 3);
    assert.ok(count(feed.events, (e) => e.format === 'hybrid') >= 2);
  });

  test('crowds one day so a month grid must overflow', () => {
    const perDay = new Map<string, number>();
    for (const e of feed.events)
      perDay.set(firstDay(e, tz), (perDay.get(firstDay(e, tz)) ?? 0) + 1);
    assert.ok((perDay.get('2026-11-26') ?? 0) >= 5, `${perDay.get('2026-11-26')} on 2026-11-26`);
  });

  test('events carry registration, materials, paragraphs and references', () => {
    const registrations = feed.events.filter((e) => e.registration);
    assert.ok(count(registrations, (e) => Boolean(e.registration?.deadline)) >= 5);
    assert.ok(count(registrations, (e) => Boolean(e.registration?.capacity)) >= 3);
    const withMaterials = feed.events.filter((e) => e.materials?.length);
    assert.ok(count(withMaterials, (e) => lastDay(e, tz) < TODAY) >= 8);
    assert.ok(count(feed.events, (e) => (e.description ?? '').split('\n\n').length >= 2) >= 30);
    assert.ok(count(feed.events, (e) => Boolean(e.associations?.length)) >= 30);
    assert.ok(count(feed.events, (e) => Boolean(e.responsible)) >= 40);
    assert.ok(count(feed.events, (e) => Boolean(e.venue?.organization)) >= 30);
    // Real text, not a template: no two descriptions are the same.
    const descriptions = feed.events.flatMap((e) => (e.description ? [e.description] : []));
    assert.equal(distinct(descriptions).size, descriptions.length);
  });

  test('has at least 12 associations of every kind and both levels', () => {
    assert.ok(feed.associations.length >= 12);
    assert.deepEqual(
      [...distinct(feed.associations.map((a) => a.kind))].sort(),
      [...ASSOCIATION_KINDS].sort(),
    );
    assert.deepEqual(
      [...distinct(feed.associations.map((a) => a.level))].sort(),
      [...ASSOCIATION_LEVELS].sort(),
    );
    for (const a of feed.associations) {
      assert.ok(a.leader && a.theme && a.meetings && a.memberCount, a.id);
      assert.ok(a.baseOrganizations?.length, a.id);
    }
    assert.ok(count(feed.associations, (a) => Boolean(a.links?.length)) >= 5);
  });

  test('has at least 20 practices of every kind, some featured, with covers and attachments', () => {
    const practices = feed.practices;
    assert.ok(practices.length >= 20);
    assert.deepEqual(
      [...distinct(practices.map((p) => p.kind))].sort(),
      [...PRACTICE_KINDS].sort(),
    );
    assert.ok(count(practices, (p) => p.featured === true) >= 3);
    const covers = practices.flatMap((p) => (p.cover ? [p.cover] : []));
    assert.ok(covers.length >= 5);
    for (const cover of covers) {
      assert.match(cover.url, /^https:\/\/metodkab-kuz\.example\/img\//);
      assert.ok(cover.alt.length > 10 && cover.width && cover.height);
    }
    const attachments = practices.flatMap((p) => p.attachments ?? []);
    assert.ok(count(attachments, (a) => Boolean(a.mediaType && a.size)) >= 15);
    assert.ok(count(practices, (p) => Boolean(p.association)) >= 15);
    assert.ok(count(practices, (p) => Boolean(p.tags?.length)) >= 20);
    const events = new Map(feed.events.map((e) => [e.id, e]));
    const presented = practices.filter((p) => p.event);
    assert.ok(presented.length >= 10);
    for (const p of practices)
      assert.ok(p.published <= TODAY, `${p.id} is published in the future`);
    for (const p of presented) {
      const event = events.get(p.event!);
      assert.ok(
        event && firstDay(event, tz) <= p.published,
        `${p.id} is published before its event`,
      );
    }
  });

  test('has organizations with roles and people with and without consent', () => {
    assert.ok(feed.organizations.length >= 15);
    assert.ok(distinct(feed.organizations.map((o) => o.type)).size >= 5);
    const roles = feed.organizations.flatMap((o) => o.roles ?? []);
    assert.ok(distinct(roles.map((r) => r.role)).size >= 8);
    assert.ok(distinct(roles.map((r) => r.level)).size >= 3);
    assert.ok(feed.people.length >= 15);
    const consenting = feed.people.filter((p) => p.publicConsent);
    assert.ok(consenting.length >= 15 && count(consenting, (p) => Boolean(p.email)) >= 15);
    const without = feed.people.filter((p) => !p.publicConsent);
    assert.ok(without.length >= 1);
    for (const p of without) assert.ok(!p.email && !p.phone, p.id);
    assert.ok(count(feed.people, (p) => Boolean(p.directions?.length)) >= 6);
  });

  test('offers consultations with topics, methodists and a full 152-ФЗ consent', () => {
    const c = feed.consultation;
    assert.ok(c);
    assert.equal(c.endpoint, 'https://metodkab-kuz.example/api/consultations');
    assert.ok(c.topics.length >= 9);
    const labels = c.topics.map((t) => t.label).join(' | ');
    for (const word of [
      /аттестац/i,
      /межаттестац/i,
      /ФООП/,
      /ГИА/,
      /профильн/i,
      /инклюзив/i,
      /молод/i,
      /цифров/i,
      /программа развития/i,
    ]) {
      assert.match(labels, word);
    }
    const people = new Map(feed.people.map((p) => [p.id, p]));
    assert.ok((c.methodists?.length ?? 0) >= 5);
    for (const id of c.methodists ?? []) assert.ok(people.get(id)?.publicConsent, id);
    assert.ok((c.formats?.length ?? 0) >= 3 && c.responseDays);
    assert.match(c.consent.operator, /ЦРМХ|расчётно-методического/);
    assert.ok(c.consent.text.length > 300 && c.consent.version);
    assert.match(c.consent.policyUrl, /^https:\/\//);
  });
});

describe('demo/feeds/amur.json', () => {
  const feed = load('amur.json');
  const tz = feed.publisher.timeZone;

  test('is a smaller district feed in Vladivostok time over the same months', () => {
    assert.equal(tz, 'Asia/Vladivostok');
    assert.ok(
      feed.events.length >= 10 && feed.associations.length >= 4 && feed.practices.length >= 6,
    );
    for (const e of feed.events) {
      assert.ok(firstDay(e, tz) >= '2026-10-01' && lastDay(e, tz) <= '2026-12-31', e.id);
      for (const value of [e.start, e.end ?? e.start])
        if (!isAllDay(value)) assert.match(value, /\+10:00$/);
    }
    assert.ok(count(feed.events, (e) => lastDay(e, tz) < TODAY) >= 3);
    assert.ok(count(feed.events, (e) => firstDay(e, tz) > TODAY) >= 3);
  });

  test('shares taxonomy ids and labels with Kuznetsk so a merged view can unify them', () => {
    const kuz = load('kuznetsk.json');
    for (const name of ['subjects', 'educationLevels', 'audiences', 'tags'] as const) {
      const theirs = new Map((kuz.taxonomies[name] ?? []).map((entry) => [entry.id, entry.label]));
      const shared = (feed.taxonomies[name] ?? []).filter((entry) => theirs.has(entry.id));
      assert.ok(shared.length >= 2, name);
      for (const entry of shared)
        assert.equal(entry.label, theirs.get(entry.id), `${name}.${entry.id}`);
    }
    assert.ok(feed.taxonomies.subjects?.some((s) => s.id === 'math'));
    // Same-looking ids in both feeds are what namespacing in the merged view exists for.
    const kuzAssociations = new Set(kuz.associations.map((a) => a.id));
    assert.ok(feed.associations.some((a) => kuzAssociations.has(a.id)));
  });
});
