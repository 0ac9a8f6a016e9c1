import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  COLLECTION_NAMES,
  type CollectionName,
  type Feed,
  type Problem,
  parseFeed,
} from '../src/index.ts';

/**
 * Every file in test/fixtures/invalid/ is test/fixtures/valid/base.json with one defect; its sibling
 * `<name>.expected.json` lists exactly the problems (path, code, severity) strict mode must report.
 */
const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
const INVALID = new URL('invalid/', FIXTURES);

interface Expected {
  path: string;
  code: string;
  severity: 'error' | 'warning';
}

const read = (name: string) => readFileSync(new URL(name, INVALID), 'utf8');
const keyOf = (p: Expected) => `${p.path} ${p.code} ${p.severity}`;
const keys = (problems: readonly Expected[]) => problems.map(keyOf).sort();

const names = readdirSync(INVALID)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

/** `events[2].venue.organization` → ['events', 2, 'venue', 'organization']. */
function segments(path: string): (string | number)[] {
  return (path.match(/[^.[\]]+/g) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function itemOf(path: string): { collection: CollectionName; index: number } | null {
  const [head, index] = segments(path);
  if (!COLLECTION_NAMES.includes(head as CollectionName) || typeof index !== 'number') return null;
  return { collection: head as CollectionName, index };
}

/** Cross-checks on the header keep the feed usable; a header that fails its schema does not. */
const HEADER_CROSS_CHECKS = new Set(['unknown_version', 'unknown_time_zone', 'dangling_ref']);

function isFatal(p: Expected): boolean {
  const head = segments(p.path)[0];
  const inCollection = COLLECTION_NAMES.includes(head as CollectionName);
  // A broken consultation section is dropped on its own; the rest of the feed stays usable.
  const consultation = head === 'consultation';
  return (
    p.severity === 'error' && !inCollection && !consultation && !HEADER_CROSS_CHECKS.has(p.code)
  );
}

function valueAt(node: unknown, path: (string | number)[]): unknown {
  let value = node;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const CYRILLIC = /[А-Яа-яЁё]/;
/** Values quoted from the feed may be Russian in an English message; nothing else may. */
const withoutQuotes = (message: string) => message.replace(/"[^"]*"|«[^»]*»/g, '');

test('the shared base is a clean feed, so each fixture shows only its own defect', () => {
  const { ok, problems, feed } = parseFeed(
    readFileSync(new URL('valid/base.json', FIXTURES), 'utf8'),
    {
      mode: 'strict',
    },
  );
  assert.deepEqual(problems, []);
  assert.equal(ok, true);
  for (const name of COLLECTION_NAMES) assert.ok((feed?.[name].length ?? 0) >= 2, name);
});

test('every fixture has an expected list and every expected list a fixture', () => {
  assert.ok(names.length >= 30, `only ${names.length} fixtures`);
  for (const name of names) assert.ok(existsSync(new URL(`${name}.expected.json`, INVALID)), name);
  const expectedFiles = readdirSync(INVALID).filter((file) => file.endsWith('.expected.json'));
  assert.equal(expectedFiles.length, names.length);
});

test('the fixtures cover every rule the feed contract enforces', () => {
  const codes = new Set(
    names.flatMap((name) =>
      (JSON.parse(read(`${name}.expected.json`)) as Expected[]).map((e) => e.code),
    ),
  );
  for (const code of [
    'not_json',
    'not_object',
    'required',
    'type',
    'too_long',
    'too_few',
    'number_range',
    'enum',
    'date',
    'datetime',
    'when',
    'email',
    'phone',
    'id_pattern',
    'unsafe_url',
    'web_url',
    'https_required',
    'duplicate_id',
    'dangling_ref',
    'end_before_start',
    'mixed_all_day',
    'unknown_time_zone',
    'unknown_version',
    'contacts_without_consent',
    'unknown_key',
  ]) {
    assert.ok(codes.has(code), `no fixture for ${code}`);
  }
  const targets = new Set(
    names.flatMap((name) =>
      parseFeed(read(`${name}.json`), { mode: 'strict' })
        .problems.filter((p) => p.code === 'dangling_ref')
        .map((p) => String(p.params.target)),
    ),
  );
  for (const target of [
    'taxonomies.subjects',
    'people',
    'organizations',
    'associations',
    'events',
  ]) {
    assert.ok(targets.has(target), `no dangling reference into ${target}`);
  }
});

for (const name of names) {
  describe(`fixture ${name}`, () => {
    const text = read(`${name}.json`);
    const expected = JSON.parse(read(`${name}.expected.json`)) as Expected[];

    test('strict mode reports exactly the expected problems', () => {
      assert.ok(expected.length > 0, 'an invalid fixture must expect at least one problem');
      const { problems, ok } = parseFeed(text, { mode: 'strict' });
      assert.deepEqual(keys(problems), keys(expected));
      assert.equal(ok, !expected.some((e) => e.severity === 'error'));
    });

    test('messages explain the problem in Russian, and in English on request', () => {
      const ru = parseFeed(text, { mode: 'strict' }).problems;
      const en = parseFeed(text, { mode: 'strict', lang: 'en' }).problems;
      assert.deepEqual(keys(en), keys(ru));
      for (const [i, problem] of ru.entries()) {
        assert.match(problem.message, CYRILLIC, problem.message);
        const english = en[i]!.message;
        assert.match(english, /[A-Za-z]{3,}/, english);
        assert.doesNotMatch(withoutQuotes(english), CYRILLIC, english);
        assert.notEqual(english, problem.message);
      }
    });

    test('tolerant mode keeps the valid items and drops only the broken ones', () => {
      const { feed, problems } = parseFeed(text);
      assert.deepEqual(keys(problems), keys(expected.filter((e) => e.code !== 'unknown_key')));
      if (expected.some(isFatal)) {
        assert.equal(feed, null);
        return;
      }
      assert.ok(feed);
      if (
        expected.some(
          (e) =>
            e.path.startsWith('consultation') &&
            e.severity === 'error' &&
            e.code !== 'dangling_ref',
        )
      ) {
        assert.equal(feed.consultation, undefined);
      }
      const raw = JSON.parse(text) as Record<string, unknown>;
      const dropping = expected.filter((e) => e.severity === 'error' && e.code !== 'dangling_ref');
      for (const collection of COLLECTION_NAMES) {
        const list = raw[collection];
        const broken = dropping.some((e) => e.path === collection);
        const dropped = new Set(
          dropping
            .map((e) => itemOf(e.path))
            .filter((i) => i?.collection === collection)
            .map((i) => i!.index),
        );
        const kept =
          broken || !Array.isArray(list)
            ? []
            : list.filter((_, i) => !dropped.has(i)).map((item) => (item as { id: string }).id);
        assert.deepEqual(
          feed[collection].map((item) => item.id),
          kept,
          collection,
        );
      }
      for (const problem of problems) assertApplied(feed, problem);
    });

    test('item problems say whether the item was dropped', () => {
      for (const problem of parseFeed(text, { mode: 'strict' }).problems) {
        if (!itemOf(problem.path)) continue;
        const drops = problem.severity === 'error' && problem.code !== 'dangling_ref';
        assert.equal(problem.dropped === true, drops, `${problem.path} ${problem.code}`);
        assert.ok(problem.itemId, `${problem.path} names its item`);
      }
    });
  });
}

/** A dangling reference is stripped from an item that stays; withheld contacts are not shown. */
function assertApplied(feed: Feed, problem: Problem): void {
  const path = segments(problem.path);
  if (problem.code === 'dangling_ref') {
    const ref = problem.params.id;
    if (path[0] === 'consultation') {
      assert.ok(!feed.consultation?.methodists?.includes(String(ref)));
      return;
    }
    const item = feed[path[0] as CollectionName].find((entry) => entry.id === problem.itemId);
    assert.ok(item, `${problem.itemId} is kept despite its dangling reference`);
    const field = path.slice(2);
    if (typeof field.at(-1) === 'number') field.pop();
    const value = valueAt(item, field);
    if (Array.isArray(value)) assert.ok(!value.includes(ref), problem.path);
    else assert.equal(value, undefined, problem.path);
  }
  if (problem.code === 'contacts_without_consent') {
    const person = feed.people.find((entry) => entry.id === problem.itemId);
    assert.ok(person, 'the person stays in the directory');
    assert.equal(person.email, undefined);
    assert.equal(person.phone, undefined);
  }
}
