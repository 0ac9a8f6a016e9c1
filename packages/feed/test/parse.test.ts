import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  consultationRequestSchema,
  type FeedInput,
  parseFeed,
  parseFeedCompact,
} from '../src/index.ts';

/** A small valid feed; each test breaks one thing. */
function baseFeed(): FeedInput & Record<string, unknown> {
  return {
    version: 1,
    generatedAt: '2026-11-20T09:00:00+03:00',
    publisher: { id: 'kuz', name: 'Методический кабинет', timeZone: 'Europe/Moscow' },
    taxonomies: { subjects: [{ id: 'math', label: 'Математика' }] },
    organizations: [{ id: 'sch1', name: 'МБОУ СОШ № 1', type: 'school' }],
    people: [
      { id: 'p1', name: 'Иванова Анна Петровна', email: 'ivanova@example.ru', publicConsent: true },
    ],
    events: [
      {
        id: 'e1',
        title: 'Семинар',
        kind: 'seminar',
        start: '2026-11-25T10:00:00+03:00',
        end: '2026-11-25T12:00:00+03:00',
      },
      {
        id: 'e2',
        title: 'Неделя мастерства',
        kind: 'mastery-week',
        start: '2026-12-01',
        end: '2026-12-05',
      },
    ],
    associations: [
      {
        id: 'rmo-math',
        name: 'РМО учителей математики',
        kind: 'rmo',
        leader: 'p1',
        subjects: ['math'],
      },
    ],
    practices: [],
  };
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('parseFeed', () => {
  test('accepts a valid feed and fills defaults', () => {
    const { feed, problems, ok } = parseFeed(baseFeed(), { mode: 'strict' });
    assert.equal(ok, true, JSON.stringify(problems));
    assert.deepEqual(problems, []);
    assert.equal(feed?.events[0]?.status, 'scheduled');
    assert.equal(feed?.events[0]?.format, 'offline');
    assert.equal(feed?.associations[0]?.level, 'municipal');
  });

  test('accepts the feed as JSON text', () => {
    const { ok, feed } = parseFeed(JSON.stringify(baseFeed()));
    assert.equal(ok, true);
    assert.equal(feed?.events.length, 2);
  });

  test('tolerant mode drops only the invalid item and keeps the rest', () => {
    const input = baseFeed();
    input.events!.push({ id: 'bad', title: '', kind: 'seminar', start: '2026-11-25' });
    const { feed, problems, ok } = parseFeed(input);
    assert.equal(ok, false);
    assert.deepEqual(
      feed?.events.map((e) => e.id),
      ['e1', 'e2'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.path, 'events[2].title');
    assert.equal(problems[0]?.itemId, 'bad');
    assert.equal(problems[0]?.dropped, true);
    assert.match(problems[0]!.message, /заполните/);
  });

  test('strict mode reports every problem of an item and unknown fields', () => {
    const input = baseFeed();
    input.events!.push({
      id: 'bad',
      title: '',
      kind: 'party',
      start: 'tomorrow',
      titel: 'x',
    } as never);
    const { problems } = parseFeed(input, { mode: 'strict' });
    assert.deepEqual(codes(problems).sort(), ['enum', 'required', 'unknown_key', 'when']);
    assert.equal(problems.find((p) => p.code === 'unknown_key')?.severity, 'warning');
    const tolerant = parseFeed(input, { mode: 'tolerant' });
    assert.ok(!codes(tolerant.problems).includes('unknown_key'));
  });

  test('never lets javascript:, data: or obfuscated schemes through', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '//evil.example/x',
      'ftp://x.example/',
    ]) {
      const input = baseFeed();
      input.events![0]!.materials = [{ title: 'Программа', url }];
      const { feed, problems } = parseFeed(input);
      assert.equal(
        feed?.events.some((e) => e.id === 'e1'),
        false,
        url,
      );
      assert.equal(problems[0]?.code, 'unsafe_url', url);
    }
  });

  test("an event's registration names a page, the department's service, or both", () => {
    const kept = baseFeed();
    kept.events![0]!.registration = {
      endpoint: 'https://metodika.example.ru/api/registrations',
      capacity: 25,
      waitlist: true,
      questions: [{ id: 'subject', label: 'Предмет', required: true }],
    };
    const ok = parseFeed(kept);
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.feed?.events[0]?.registration?.waitlist, true);

    const nowhere = baseFeed();
    nowhere.events![0]!.registration = { capacity: 25 };
    const refused = parseFeed(nowhere);
    assert.equal(
      refused.feed?.events.some((e) => e.id === 'e1'),
      false,
    );
    assert.equal(refused.problems[0]?.code, 'registration_target');
    assert.match(refused.problems[0]?.message ?? '', /где записываться/);

    const plain = baseFeed();
    plain.events![0]!.registration = { endpoint: 'http://metodika.example.ru/api/registrations' };
    assert.equal(parseFeed(plain).problems[0]?.code, 'https_required');
  });

  test('allows http(s), mailto and tel links in materials', () => {
    const input = baseFeed();
    input.events![0]!.materials = [
      { title: 'a', url: 'https://example.ru/a.pdf' },
      { title: 'b', url: 'mailto:metod@example.ru' },
      { title: 'c', url: 'tel:+78415731245' },
    ];
    assert.equal(parseFeed(input, { mode: 'strict' }).ok, true);
  });

  test('reports duplicate ids and keeps the first item', () => {
    const input = baseFeed();
    input.events!.push({ id: 'e1', title: 'Копия', kind: 'seminar', start: '2026-11-26' });
    const { feed, problems } = parseFeed(input);
    assert.equal(feed?.events.filter((e) => e.id === 'e1').length, 1);
    assert.equal(feed?.events[0]?.title, 'Семинар');
    assert.equal(problems[0]?.code, 'duplicate_id');
    assert.equal(problems[0]?.path, 'events[2].id');
  });

  test('reports dangling references, strips them and keeps the item', () => {
    const input = baseFeed();
    input.events![0]!.responsible = 'ghost';
    input.events![0]!.subjects = ['math', 'physics'];
    const { feed, problems } = parseFeed(input);
    assert.deepEqual(codes(problems), ['dangling_ref', 'dangling_ref']);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['events[0].subjects[1]', 'events[0].responsible'],
    );
    assert.equal(feed?.events[0]?.responsible, undefined);
    assert.deepEqual(feed?.events[0]?.subjects, ['math']);
  });

  test('reports an end before the start and mixed all-day forms', () => {
    const input = baseFeed();
    input.events![0]!.end = '2026-11-25T09:00:00+03:00';
    input.events![1]!.end = '2026-12-05T10:00:00+03:00';
    const { feed, problems } = parseFeed(input);
    assert.deepEqual(codes(problems), ['end_before_start', 'mixed_all_day']);
    assert.equal(feed?.events.length, 0);
  });

  test('compares instants, not strings, across offsets', () => {
    const input = baseFeed();
    // 09:00 in Vladivostok is 02:00 in Moscow: earlier, although the string sorts later.
    input.events![0]!.start = '2026-11-25T03:00:00+03:00';
    input.events![0]!.end = '2026-11-25T09:00:00+10:00';
    const { problems } = parseFeed(input);
    assert.deepEqual(codes(problems), ['end_before_start']);
  });

  test('orders start and end of one offset to the millisecond, as instants', () => {
    const cases: [start: string, end: string, before: boolean][] = [
      ['2026-11-25T10:00:00.500+03:00', '2026-11-25T10:00:00.499+03:00', true],
      ['2026-11-25T10:00:00Z', '2026-11-25T09:59:59Z', true],
      ['2026-11-25T10:00:00+03:00', '2026-11-25T10:00:00+03:00', false],
      // One millisecond for Date.parse: not before, although the text sorts first.
      ['2026-11-25T10:00:00.0002+03:00', '2026-11-25T10:00:00.0001+03:00', false],
      // 10:00 at +01:00 is 12:00 in Moscow: after, although the text sorts first.
      ['2026-11-25T11:00:00+03:00', '2026-11-25T10:00:00+01:00', false],
    ];
    for (const [start, end, before] of cases) {
      const input = baseFeed();
      input.events![0]!.start = start;
      input.events![0]!.end = end;
      for (const parse of [parseFeed, parseFeedCompact]) {
        const { problems } = parse(input);
        assert.deepEqual(codes(problems), before ? ['end_before_start'] : [], `${start} → ${end}`);
      }
    }
  });

  test('rejects an unknown time zone and an unknown version', () => {
    const input = baseFeed();
    input.publisher.timeZone = 'Europe/Moskow';
    input.version = 7;
    const { problems, ok } = parseFeed(input);
    assert.equal(ok, false);
    assert.deepEqual(codes(problems).sort(), ['unknown_time_zone', 'unknown_version']);
    assert.match(problems.find((p) => p.code === 'unknown_time_zone')!.message, /Europe\/Moscow/);
  });

  test('reports over-long strings with the numbers the author needs', () => {
    const input = baseFeed();
    input.events![0]!.title = 'я'.repeat(301);
    const { problems } = parseFeed(input);
    assert.equal(problems[0]?.code, 'too_long');
    assert.match(problems[0]!.message, /301.*300/);
  });

  test('withholds contacts published without consent and warns', () => {
    const input = baseFeed();
    input.people!.push({ id: 'p2', name: 'Петров П. П.', phone: '+7 (84157) 3-12-45' });
    const { feed, problems, ok } = parseFeed(input);
    assert.equal(ok, true);
    assert.equal(problems[0]?.code, 'contacts_without_consent');
    assert.equal(problems[0]?.severity, 'warning');
    assert.equal(feed?.people[1]?.phone, undefined);
  });

  test('an invalid header makes the feed unusable but still lists item problems', () => {
    const input = baseFeed();
    delete (input as Record<string, unknown>).publisher;
    const { feed, problems } = parseFeed(input);
    assert.equal(feed, null);
    assert.equal(problems[0]?.path, 'publisher');
    assert.equal(problems[0]?.code, 'required');
  });

  test('a broken consultation section is dropped without blanking the feed', () => {
    const input = baseFeed();
    (input as Record<string, unknown>).consultation = { endpoint: 'http://insecure.example/api' };
    for (const parse of [parseFeed, parseFeedCompact]) {
      const { feed, problems, ok } = parse(input);
      assert.equal(ok, false);
      assert.equal(feed?.events.length, 2);
      assert.equal(feed?.consultation, undefined);
      assert.ok(problems.every((p) => p.path.startsWith('consultation') && p.dropped));
    }
  });

  test('reports broken JSON and non-objects', () => {
    assert.equal(parseFeed('{"version": 1,').problems[0]?.code, 'not_json');
    assert.equal(parseFeed('[1,2]').problems[0]?.code, 'not_object');
  });

  test('speaks English on request', () => {
    const input = baseFeed();
    input.events![0]!.title = '';
    const { problems } = parseFeed(input, { lang: 'en' });
    assert.match(problems[0]!.message, /Required/);
  });
});

describe('consultationRequestSchema', () => {
  const request = {
    idempotencyKey: '7f1c2a9e-5b7d-4c1e-9a3f-0d2b6c8e4f10',
    topic: 'attestation',
    name: 'Смирнова Ольга',
    organization: { name: 'МБОУ СОШ № 1' },
    email: 'smirnova@example.ru',
    message: 'Прошу проконсультировать по аттестации.',
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
  };

  test('accepts a complete request', () => {
    assert.equal(consultationRequestSchema.safeParse(request).success, true);
  });

  test('requires an e-mail or a phone', () => {
    const result = consultationRequestSchema.safeParse({ ...request, email: undefined });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['email']);
    assert.equal(
      consultationRequestSchema.safeParse({
        ...request,
        email: undefined,
        phone: '+7 900 123-45-67',
      }).success,
      true,
    );
  });

  test('requires the consent to be given', () => {
    const result = consultationRequestSchema.safeParse({
      ...request,
      consent: { ...request.consent, given: false },
    });
    assert.equal(result.success, false);
  });
});
