import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Feed, type LoadedFeed, parseFeed, toFeedView } from '../src/index.ts';

/** A district feed in which every kind of reference occurs once. */
function districtFeed(
  publisherId: string,
  timeZone: string,
  extra: Partial<Record<string, unknown>> = {},
): Feed {
  const { feed, problems } = parseFeed({
    version: 1,
    generatedAt: '2026-11-20T09:00:00+03:00',
    publisher: { id: publisherId, name: `Методический кабинет ${publisherId}`, timeZone },
    taxonomies: {
      subjects: [{ id: 'math', label: `Математика (${publisherId})` }],
      audiences: [{ id: 'young', label: 'Молодые педагоги' }],
      directions: [{ id: 'dou', label: 'ДОУ' }],
      tags: [{ id: 'fgos', label: 'ФГОС' }],
      educationLevels: [{ id: 'noo', label: 'НОО' }],
    },
    organizations: [{ id: 'sch1', name: 'МБОУ СОШ № 1', type: 'school' }],
    people: [
      { id: 'p1', name: 'Иванова Анна Петровна', organization: 'sch1', directions: ['dou'] },
    ],
    events: [
      {
        id: 'e1',
        title: 'Семинар',
        kind: 'seminar',
        start: '2026-11-25T10:00:00+03:00',
        venue: { organization: 'sch1', room: '12' },
        audiences: ['young'],
        educationLevels: ['noo'],
        subjects: ['math'],
        associations: ['rmo'],
        responsible: 'p1',
      },
    ],
    associations: [
      {
        id: 'rmo',
        name: 'РМО учителей математики',
        kind: 'rmo',
        leader: 'p1',
        subjects: ['math'],
        baseOrganizations: ['sch1'],
      },
    ],
    practices: [
      {
        id: 'pr1',
        title: 'Опыт',
        kind: 'experience',
        published: '2026-10-01',
        authors: [
          { name: 'Петров П. П.', organization: 'sch1' },
          { name: 'Сидорова', organizationName: 'Вне района' },
        ],
        tags: ['fgos'],
        association: 'rmo',
        event: 'e1',
      },
    ],
    ...extra,
  });
  assert.ok(feed, JSON.stringify(problems));
  return feed;
}

const consultation = {
  endpoint: 'https://inbox.example.ru/requests',
  topics: [{ id: 'att', label: 'Аттестация' }],
  methodists: ['p1'],
  consent: {
    operator: 'МКУ',
    purpose: 'Ответ на обращение',
    retention: '1 год',
    withdrawal: 'Письмом',
    text: 'Согласие',
    version: '1',
    policyUrl: 'https://example.ru/policy',
  },
};

function loaded(feed: Feed, overrides: Partial<LoadedFeed> = {}): LoadedFeed {
  return {
    url: `https://${feed.publisher.id}.example.ru/feed.json`,
    feed,
    problems: [],
    stale: false,
    fetchedAt: 1000,
    ...overrides,
  };
}

describe('toFeedView with one source', () => {
  test('keeps ids and references, key and source are empty', () => {
    const feed = districtFeed('kuz', 'Europe/Moscow');
    const view = toFeedView([loaded(feed)]);
    assert.equal(view.sources.length, 1);
    assert.equal(view.sources[0]?.key, '');
    assert.deepEqual(
      view.events.map((e) => [
        e.id,
        e.source,
        e.responsible,
        e.venue?.organization,
        e.associations,
      ]),
      [['e1', '', 'p1', 'sch1', ['rmo']]],
    );
    assert.equal(view.practices[0]?.event, 'e1');
    assert.equal(view.people[0]?.source, '');
    assert.equal(view.stale, false);
  });

  test('fills every taxonomy list even when the feed has none', () => {
    const feed = districtFeed('kuz', 'Europe/Moscow', { taxonomies: {} });
    const view = toFeedView([loaded(feed)]);
    assert.deepEqual(view.taxonomies, {
      subjects: [],
      educationLevels: [],
      audiences: [],
      directions: [],
      tags: [],
    });
  });
});

describe('toFeedView with several sources', () => {
  const kuz = () => districtFeed('kuz', 'Europe/Moscow', { consultation });
  const amur = () => districtFeed('amur', 'Asia/Vladivostok');

  test('prefixes every id with the publisher id', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur())]);
    assert.deepEqual(
      view.sources.map((s) => s.key),
      ['kuz', 'amur'],
    );
    assert.deepEqual(
      view.events.map((e) => e.id),
      ['kuz:e1', 'amur:e1'],
    );
    for (const name of ['organizations', 'people', 'associations', 'practices'] as const) {
      assert.deepEqual(
        view[name].map((item) => item.id),
        [`kuz:${view[name][0]!.id.split(':')[1]}`, `amur:${view[name][1]!.id.split(':')[1]}`],
        name,
      );
      assert.notEqual(view[name][0]!.id, view[name][1]!.id, name);
    }
  });

  test('prefixes every reference to an item, at every depth', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur())]);
    const event = view.events[1]!;
    assert.equal(event.venue?.organization, 'amur:sch1');
    assert.equal(event.venue?.room, '12');
    assert.deepEqual(event.associations, ['amur:rmo']);
    assert.equal(event.responsible, 'amur:p1');
    const person = view.people[1]!;
    assert.equal(person.organization, 'amur:sch1');
    const association = view.associations[1]!;
    assert.equal(association.leader, 'amur:p1');
    assert.deepEqual(association.baseOrganizations, ['amur:sch1']);
    const practice = view.practices[1]!;
    assert.equal(practice.association, 'amur:rmo');
    assert.equal(practice.event, 'amur:e1');
    assert.deepEqual(
      practice.authors.map((a) => a.organization),
      ['amur:sch1', undefined],
    );
  });

  test('every namespaced reference resolves inside the view', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur())]);
    const ids = new Set(
      [...view.organizations, ...view.people, ...view.events, ...view.associations].map(
        (i) => i.id,
      ),
    );
    const refs = [
      ...view.events.flatMap((e) => [
        e.venue?.organization,
        e.responsible,
        ...(e.associations ?? []),
      ]),
      ...view.associations.flatMap((a) => [a.leader, ...(a.baseOrganizations ?? [])]),
      ...view.practices.flatMap((p) => [
        p.association,
        p.event,
        ...p.authors.map((a) => a.organization),
      ]),
      ...view.people.map((p) => p.organization),
    ].filter((ref): ref is string => ref !== undefined);
    assert.equal(refs.length, 18);
    for (const ref of refs) assert.ok(ids.has(ref), ref);
  });

  test('leaves taxonomy ids and references unprefixed and merges them, first label wins', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur())]);
    assert.deepEqual(view.taxonomies.subjects, [{ id: 'math', label: 'Математика (kuz)' }]);
    assert.deepEqual(
      view.events.map((e) => e.subjects),
      [['math'], ['math']],
    );
    assert.deepEqual(view.people[1]?.directions, ['dou']);
    assert.deepEqual(view.practices[1]?.tags, ['fgos']);
    assert.deepEqual(view.events[1]?.audiences, ['young']);
    assert.deepEqual(view.events[1]?.educationLevels, ['noo']);
  });

  test('keeps taxonomy entries only one source has, and takes a missing English label', () => {
    const a = districtFeed('kuz', 'Europe/Moscow', {
      taxonomies: { subjects: [{ id: 'math', label: 'Математика' }] },
    });
    const b = districtFeed('amur', 'Asia/Vladivostok', {
      taxonomies: {
        subjects: [
          { id: 'math', label: 'Алгебра', labelEn: 'Mathematics' },
          { id: 'phys', label: 'Физика' },
        ],
      },
    });
    const view = toFeedView([loaded(a), loaded(b)]);
    assert.deepEqual(view.taxonomies.subjects, [
      { id: 'math', label: 'Математика', labelEn: 'Mathematics' },
      { id: 'phys', label: 'Физика' },
    ]);
  });

  test('marks each item with its source key, so its publisher time zone can be found', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur())]);
    const zoneOf = (source: string) =>
      view.sources.find((s) => s.key === source)?.publisher.timeZone;
    assert.deepEqual(
      view.events.map((e) => zoneOf(e.source)),
      ['Europe/Moscow', 'Asia/Vladivostok'],
    );
    for (const name of ['organizations', 'people', 'associations', 'practices'] as const) {
      assert.deepEqual(
        view[name].map((item) => item.source),
        ['kuz', 'amur'],
        name,
      );
    }
  });

  test('makes keys unique when two feeds share a publisher id', () => {
    const view = toFeedView([
      loaded(kuz()),
      loaded(districtFeed('kuz', 'Europe/Moscow')),
      loaded(kuz()),
    ]);
    assert.deepEqual(
      view.sources.map((s) => s.key),
      ['kuz', 'kuz-2', 'kuz-3'],
    );
    assert.deepEqual(
      view.events.map((e) => [e.id, e.responsible]),
      [
        ['kuz:e1', 'kuz:p1'],
        ['kuz-2:e1', 'kuz-2:p1'],
        ['kuz-3:e1', 'kuz-3:p1'],
      ],
    );
  });

  test('is stale when any source is stale, and each source keeps its own freshness', () => {
    const view = toFeedView([loaded(kuz()), loaded(amur(), { stale: true, fetchedAt: 42 })]);
    assert.equal(view.stale, true);
    assert.deepEqual(
      view.sources.map((s) => [s.stale, s.fetchedAt]),
      [
        [false, 1000],
        [true, 42],
      ],
    );
    assert.equal(toFeedView([loaded(kuz()), loaded(amur())]).stale, false);
  });

  test('takes the consultation from the first source that has one, methodists namespaced', () => {
    const view = toFeedView([loaded(amur()), loaded(kuz())]);
    assert.equal(view.consultation?.source, 'kuz');
    assert.deepEqual(view.consultation?.methodists, ['kuz:p1']);
    assert.equal(view.consultation?.endpoint, consultation.endpoint);
    assert.ok(view.people.some((p) => p.id === view.consultation?.methodists?.[0]));
    assert.equal(toFeedView([loaded(amur())]).consultation, undefined);
  });

  test('does not change the loaded feeds, which every widget on the page shares', () => {
    const a = kuz();
    const b = amur();
    const before = JSON.stringify([a, b]);
    toFeedView([loaded(a), loaded(b)]);
    toFeedView([loaded(a)]);
    assert.equal(JSON.stringify([a, b]), before);
  });

  test('keeps each source’s problems with it', () => {
    const problem = {
      path: 'events[0]',
      severity: 'warning' as const,
      code: 'unknown_key' as const,
      params: {},
      message: 'x',
    };
    const view = toFeedView([loaded(kuz()), loaded(amur(), { problems: [problem] })]);
    assert.deepEqual(
      view.sources.map((s) => s.problems.length),
      [0, 1],
    );
  });
});
