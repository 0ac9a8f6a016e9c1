import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type * as z from 'zod/mini';
import {
  checkConsultationRequest,
  validateConsultationRequest,
} from '../src/compact/consultation.ts';
import { compactEngine, parseFeedCompact, parseFeedUnworded } from '../src/compact/engine.ts';
import { compactRulesText, GENERATED_FILE } from '../src/compact/generate.ts';
import * as rules from '../src/compact/rules.generated.ts';
import type { Rule } from '../src/compact/rules.ts';
import { validate } from '../src/compact/validate.ts';
import {
  COLLECTION_NAMES,
  classifyIssue,
  collectionSchemas,
  consultationRequestSchema,
  feedHeaderSchema,
  formatPath,
  type Lang,
  type ParseMode,
  parseFeed,
  problemMessage,
  SUPPORTED_VERSIONS,
  TAXONOMY_NAMES,
  translateProblems,
} from '../src/index.ts';
import { linkUrl, webUrl } from '../src/schema/primitives.ts';
import { prng } from './prng.ts';

const ROOT = new URL('../../../', import.meta.url);

/**
 * Both engines on the same input must give the same feed and the same problems, in both modes;
 * so must the loader's parser, which leaves the messages out until the loader words them.
 */
function assertSameParse(input: unknown, label: string): void {
  for (const mode of ['tolerant', 'strict'] as ParseMode[]) {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    const zod = parseFeed(text, { mode });
    const compact = parseFeedCompact(text, { mode });
    assert.deepStrictEqual(compact, zod, `${label} (${mode})`);
    const unworded = parseFeedUnworded(text, { mode });
    assert.ok(
      unworded.problems.every((problem) => problem.message === ''),
      `${label} (${mode}, unworded)`,
    );
    const worded = { ...unworded, problems: translateProblems(unworded.problems, 'ru') };
    assert.deepStrictEqual(worded, zod, `${label} (${mode}, worded by the loader)`);
  }
}

/** zod's verdict on one value, as problems: what the compact validator must reproduce. */
function zodVerdict(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data as unknown, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      ...classifyIssue(issue, value),
    })),
  };
}

/** The compact validator words its issues itself; they must read as zod's issues classified. */
function compactVerdict(rule: Rule, value: unknown) {
  const { data, issues } = validate(rule, value);
  if (issues.length === 0) return { data, problems: [] };
  return {
    data: undefined,
    problems: issues.map(({ path, code, params }) => ({ path: formatPath(path), code, params })),
  };
}

function assertSameVerdict(schema: z.ZodMiniType, rule: Rule, value: unknown, label: string) {
  assert.deepStrictEqual(compactVerdict(rule, value), zodVerdict(schema, value), label);
}

const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
const base = () => readJson(new URL('test/fixtures/valid/base.json', ROOT));

describe('rules.generated.ts', () => {
  test('is the table generated from the zod source', () => {
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    assert.ok(
      committed === compactRulesText(),
      'packages/feed/src/compact/rules.generated.ts is out of date: run pnpm --filter @metodika/feed compact',
    );
  });

  test('carries the constants the parser and the loader need', () => {
    assert.deepEqual(rules.VERSIONS, SUPPORTED_VERSIONS);
    assert.deepEqual(rules.COLLECTIONS, COLLECTION_NAMES);
    assert.deepEqual(rules.TAXONOMIES, TAXONOMY_NAMES);
  });
});

describe('validate (the compact interpreter)', () => {
  const text: Rule = ['s', ['t'], ['<', 1], ['>', 5]];

  test('trims, then checks the length of the trimmed text', () => {
    assert.deepEqual(validate(text, '  abc  '), { data: 'abc', issues: [] });
    const { issues } = validate(text, '   ');
    // zod's too_small on a string of minimum 1 reads as «not filled in».
    assert.deepEqual(
      issues.map((i) => [i.code, i.params]),
      [['required', {}]],
    );
  });

  test('counts code points, not UTF-16 units, as zod does', () => {
    assert.deepEqual(validate(text, '😀😀😀😀😀').issues, []);
    // Measured in code points, worded with the UTF-16 length as classifyIssue words it.
    assert.deepEqual(validate(text, '😀😀😀😀😀😀').issues[0]?.params, { max: 5, actual: 12 });
  });

  test('reports a wrong type and still measures a value that has a length', () => {
    const { issues } = validate(text, ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(
      issues.map((i) => [i.code, i.params]),
      [
        ['type', { expected: 'string', received: 'array' }],
        ['too_many', { max: 5 }],
      ],
    );
  });

  test('applies defaults, strips unknown keys and nests issue paths', () => {
    const rule: Rule = [
      'o',
      {
        a: ['d', ['e', ['x', 'y']], 'x'],
        b: ['?', ['a', ['n', ['i'], ['g', 0, false]]]],
      },
    ];
    assert.deepEqual(validate(rule, { extra: 1 }), { data: { a: 'x' }, issues: [] });
    const { issues } = validate(rule, { a: 'z', b: [1, 0, 1.5] });
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [
        [['a'], 'enum'],
        [['b', 1], 'number_range'],
        [['b', 2], 'type'],
      ],
    );
  });

  test('a union fails with one issue (zod: invalid_union)', () => {
    const { issues } = validate(rules.events, {
      id: 'e',
      title: 't',
      kind: 'seminar',
      start: '2026-11-25T10:00',
    });
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [[['start'], 'when']],
    );
  });

  test('a refine on an object runs on the parsed value and reports at its path', () => {
    const { issues } = validate(rules.consultationRequest, {
      ...validRequest(),
      email: undefined,
    });
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [[['email'], 'contact_required']],
    );
  });

  test('the default is a fresh copy each time', () => {
    const first = validate(rules.header, baseHeader()).data as { taxonomies: object };
    const second = validate(rules.header, baseHeader()).data as { taxonomies: object };
    assert.deepEqual(first.taxonomies, {});
    assert.notEqual(first.taxonomies, second.taxonomies);
  });
});

function baseHeader(): Record<string, unknown> {
  const { taxonomies: _t, ...rest } = base();
  return rest;
}

function validRequest(): Record<string, unknown> {
  return {
    idempotencyKey: 'abcdef0123456789-xyz',
    topic: 'attestation',
    name: 'Петрова Мария',
    organization: { name: 'МБОУ СОШ № 3' },
    email: 'petrova@example.ru',
    message: 'Как подготовиться к аттестации?',
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
  };
}

describe('compact and zod agree on real feeds', () => {
  const files: [string, URL][] = [];
  const invalid = new URL('test/fixtures/invalid/', ROOT);
  if (existsSync(invalid)) {
    for (const name of readdirSync(invalid).sort()) {
      if (name.endsWith('.json') && !name.endsWith('.expected.json'))
        files.push([`fixtures/invalid/${name}`, new URL(name, invalid)]);
    }
  }
  files.push(['fixtures/valid/base.json', new URL('test/fixtures/valid/base.json', ROOT)]);
  for (const name of readdirSync(new URL('demo/feeds/', ROOT)).sort()) {
    if (name.endsWith('.json'))
      files.push([`demo/feeds/${name}`, new URL(`demo/feeds/${name}`, ROOT)]);
  }
  for (const name of readdirSync(new URL('load-fixtures/', import.meta.url)).sort()) {
    files.push([`load-fixtures/${name}`, new URL(`load-fixtures/${name}`, import.meta.url)]);
  }

  test(`the same feed and problems for ${files.length} files, tolerant and strict`, () => {
    assert.ok(files.length > 10, 'the fixtures are there');
    for (const [label, url] of files) assertSameParse(readFileSync(url, 'utf8'), label);
  });

  test('English messages too', () => {
    const text = readFileSync(new URL('load-fixtures/kuz.json', import.meta.url), 'utf8');
    assert.deepStrictEqual(parseFeedCompact(text, { lang: 'en' }), parseFeed(text, { lang: 'en' }));
  });
});

// --- Mutations -------------------------------------------------------------------------------

const NASTY_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.ru/file',
  '//evil.example/x',
  '/relative/path',
  'https//missing-colon.example',
  'http:/one-slash.example',
  'https://',
  'mailto:metod@example.ru',
  'tel:+78415731245',
  'https://example.ru/a b',
  'https://пример.рф/страница',
  'https://example.ru/\u200bzero-width',
  `https://example.ru/${'a'.repeat(1990)}`,
  `https://example.ru/${'a'.repeat(2000)}`,
  'blob:https://example.ru/uuid',
  'about:blank',
  '',
  '   ',
];

const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-11-5',
  '2026-11-25T10:00:00',
  '2026-11-25T10:00',
  '2026-11-25 10:00:00+03:00',
  '2026-11-25T25:00:00+03:00',
  '2026-11-25T10:00:00+3:00',
  '2026-11-25T10:00:00.123Z',
  '2028-02-29',
  '2027-02-29',
  '20261125',
  ' 2026-11-25',
];

const BAD_EMAILS = [
  'no-at.example.ru',
  'a@b',
  'a@@example.ru',
  'a b@example.ru',
  '.a@example.ru',
  'a.@example.ru',
  'ivanova@пример.рф',
  `${'a'.repeat(110)}@example.ru`,
  'ivanova@example.ru ',
];

const ODD_STRINGS = [
  '',
  '   ',
  '  padded  ',
  'я'.repeat(121),
  'я'.repeat(301),
  'я'.repeat(2001),
  'я'.repeat(10001),
  '😀'.repeat(120),
  '😀'.repeat(121),
  '😀'.repeat(300),
  'с пробелом',
  'id:with:colons',
  'bogus-value',
  '+7 (84157) 3-12-45 доб. 12',
  '123',
  'https://example.ru/',
];

const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -2.5,
  61,
  1e20,
  -1e20,
  [],
  ['x'],
  Array.from({ length: 51 }, (_, i) => `x${i}`),
  {},
  { length: 3 },
  { unexpected: 'key' },
];

type Json = unknown;
type Slot = { parent: Record<string, Json> | Json[]; key: string | number };

/** Every place in the document a mutation may hit. */
function slots(node: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      out.push({ parent: node, key: index });
      slots(child, out);
    });
  } else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      out.push({ parent: node as Record<string, Json>, key });
      slots(child, out);
    }
  }
  return out;
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

/** One random defect; returns what it did, for the failure message. */
function mutate(doc: Json, random: () => number): string {
  const all = slots(doc);
  const slot = pick(random, all);
  const { parent, key } = slot;
  const current = (parent as Record<string | number, Json>)[key];
  const set = (value: Json) => {
    (parent as Record<string | number, Json>)[key] = value;
  };
  const name = typeof key === 'string' ? key : '';
  const roll = random();
  if (roll < 0.15) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return `delete ${String(key)}`;
  }
  if (roll < 0.3 && !Array.isArray(parent)) {
    parent[pick(random, ['titel', 'extra', 'notes', '$schema', 'start'])] = pick(random, [
      'x',
      1,
      { nested: true },
    ]);
    return `extra key near ${String(key)}`;
  }
  let value: Json;
  if (/url|site|page|endpoint/i.test(name) || (roll < 0.45 && typeof current === 'string'))
    value = pick(random, NASTY_URLS);
  else if (/start|end|deadline|At$|published|since|until/.test(name) || roll < 0.55)
    value = pick(random, BAD_DATES);
  else if (name === 'email' || roll < 0.6) value = pick(random, BAD_EMAILS);
  else if (roll < 0.8) value = pick(random, ODD_STRINGS);
  else value = structuredClone(pick(random, ODD_VALUES));
  set(value);
  return `${String(key)} = ${JSON.stringify(value)?.slice(0, 40)}`;
}

describe('compact and zod agree on mutated feeds', () => {
  const ROUNDS = 600;
  test(`${ROUNDS} seeded mutations of the sample feeds, tolerant and strict`, () => {
    const sources = [base(), readJson(new URL('demo/feeds/amur.json', ROOT))];
    let dropped = 0;
    for (let seed = 1; seed <= ROUNDS; seed++) {
      const random = prng(seed);
      const doc = structuredClone(sources[seed % 7 === 0 ? 1 : 0]);
      const steps = Array.from({ length: 1 + Math.floor(random() * 3) }, () => mutate(doc, random));
      assertSameParse(doc, `seed ${seed}: ${steps.join('; ')}`);
      if (parseFeed(doc).problems.length > 0) dropped++;
    }
    // The mutations must actually break things, or the agreement proves nothing.
    assert.ok(dropped > ROUNDS * 0.7, `only ${dropped} of ${ROUNDS} mutations caused problems`);
  });

  test('items of every collection, mutated one field at a time, get the same verdict', () => {
    const doc = readJson(new URL('demo/feeds/kuznetsk.json', ROOT));
    let checked = 0;
    for (const name of COLLECTION_NAMES) {
      const items = (doc[name] as Json[]).slice(0, 12);
      const schema = collectionSchemas[name] as z.ZodMiniType;
      const rule = compactEngine.items[name];
      items.forEach((item, index) => {
        assertSameVerdict(schema, rule, item, `${name}[${index}] as published`);
        for (let seed = 0; seed < 25; seed++) {
          const copy = structuredClone(item);
          const what = mutate(copy, prng(1000 * index + seed + name.length * 77));
          assertSameVerdict(schema, rule, copy, `${name}[${index}] ${what}`);
          checked++;
        }
      });
    }
    assert.ok(checked > 1000, `${checked} items checked`);
  });

  test('the feed header, mutated, gets the same verdict', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const header = baseHeader();
      header.taxonomies = base().taxonomies;
      const what = mutate(header, prng(seed * 31));
      assertSameVerdict(feedHeaderSchema, rules.header, header, `header ${what}`);
    }
  });
});

describe('URL safety', () => {
  const candidates = [
    ...NASTY_URLS,
    'HTTPS://EXAMPLE.RU/',
    'https:example.ru',
    'http://[::1]/',
    'https://user:pass@example.ru/',
    'mailto:',
    'tel:',
    'https://example.ru/\u0085',
    'https://example.ru/\u007f',
    'https://exa\tmple.ru/',
    'javascript://example.ru/%0aalert(1)',
    'data:,hello',
    'http://example.ru:99999/',
  ];
  const rulesOf: [string, z.ZodMiniType, Rule][] = [
    [
      'linkUrl',
      linkUrl,
      (rules.events as Extract<Rule, readonly ['o', ...unknown[]]>)[1].materials!,
    ],
    [
      'webUrl',
      webUrl,
      (rules.organizations as Extract<Rule, readonly ['o', ...unknown[]]>)[1].site!,
    ],
  ];

  for (const [label, schema, rule] of rulesOf) {
    test(`every URL ${label} rejects, the compact validator rejects too`, () => {
      let rejected = 0;
      for (const url of candidates) {
        const zodOk = schema.safeParse(url).success;
        const value = label === 'linkUrl' ? [{ title: 'x', url }] : url;
        const compactOk = validate(rule, value).issues.length === 0;
        if (!zodOk) {
          rejected++;
          assert.equal(compactOk, false, `${label} must reject ${JSON.stringify(url)}`);
        } else assert.equal(compactOk, true, `${label} must accept ${JSON.stringify(url)}`);
      }
      assert.ok(rejected >= 20, `${rejected} URLs rejected`);
    });
  }

  test('a javascript: link never reaches a parsed feed', () => {
    const doc = base();
    const events = doc.events as { materials?: { title: string; url: string }[] }[];
    events[0]!.materials = [{ title: 'x', url: 'java\tscript:alert(1)' }];
    const { feed, problems } = parseFeedCompact(doc);
    assert.ok(problems.some((p) => p.code === 'unsafe_url'));
    assert.ok(!JSON.stringify(feed).includes('script:'));
  });
});

describe('validateConsultationRequest', () => {
  /** The inbox's wording of zod's verdict: what the form must show. */
  function inbox(body: unknown, lang: Lang) {
    const result = consultationRequestSchema.safeParse(body);
    if (result.success) return { ok: true, request: result.data };
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path);
      if (path in fields) continue;
      const { code, params } = classifyIssue(issue, body);
      fields[path] = problemMessage(code, params, lang);
    }
    return { ok: false, fields };
  }

  test('accepts a valid request and returns it parsed', () => {
    const result = validateConsultationRequest({
      ...validRequest(),
      name: '  Петрова  ',
      extra: 1,
    });
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.request.name, 'Петрова');
    assert.equal(result.ok && 'extra' in result.request, false);
  });

  test('words problems per field, in Russian and English', () => {
    const body = { ...validRequest(), email: undefined, topic: 'с пробелом' };
    const ru = validateConsultationRequest(body, 'ru');
    assert.equal(ru.ok, false);
    assert.deepEqual(Object.keys(!ru.ok ? ru.fields : {}).sort(), ['email', 'topic']);
    assert.match(!ru.ok ? ru.fields.email! : '', /почту или телефон/);
    // As in zod, the contact refine waits until no field has a hard error (a missing choice).
    const en = validateConsultationRequest({ ...body, locale: undefined }, 'en');
    assert.deepEqual(Object.keys(!en.ok ? en.fields : {}).sort(), ['locale', 'topic']);
    assert.match(!en.ok ? en.fields.locale! : '', /Required/);
  });

  test('checkConsultationRequest gives the same verdict unworded: codes and params per field', () => {
    const body = { ...validRequest(), topic: 'с пробелом' };
    const checked = checkConsultationRequest(body);
    assert.equal(checked.ok, false);
    const fields = !checked.ok ? checked.fields : {};
    assert.deepEqual(Object.keys(fields).sort(), ['topic']);
    const worded = validateConsultationRequest(body, 'en');
    assert.deepEqual(worded, {
      ok: false,
      fields: { topic: problemMessage(fields.topic!.code, fields.topic!.params, 'en') },
    });
    assert.equal(checkConsultationRequest(validRequest()).ok, true);
  });

  test('gives the inbox verdict on 400 mutated requests', () => {
    let failed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const random = prng(seed * 7919);
      const body = validRequest();
      if (random() < 0.3) body.phone = '+7 (84157) 3-12-45';
      const steps = Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
        mutate(body, random),
      );
      const lang = seed % 2 ? 'ru' : 'en';
      const expected = inbox(body, lang);
      assert.deepStrictEqual(validateConsultationRequest(body, lang), expected, steps.join('; '));
      // Codes and params too, which the messages do not all show (the refine's quoted value).
      assertSameVerdict(
        consultationRequestSchema as unknown as z.ZodMiniType,
        rules.consultationRequest,
        body,
        steps.join('; '),
      );
      if (!expected.ok) failed++;
    }
    assert.ok(failed > 200, `${failed} mutated requests were invalid`);
  });
});
