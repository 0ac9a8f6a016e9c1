import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli, sampleFeed, tempDir, writeTemp } from './cli-helpers.ts';

const KUZ = new URL('../../../demo/feeds/kuznetsk.json', import.meta.url).pathname;

let dir: string;
before(async () => {
  dir = await tempDir();
});

interface AtomLink {
  '@_rel': string;
  '@_href': string;
  '@_type'?: string;
  '@_length'?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  author: { name: string }[];
  category: { '@_term': string; '@_label': string }[];
  link: AtomLink[];
  summary?: string;
  content: { '#text': string; '@_type': string };
}

/** Parses Atom with a real XML parser; lists stay lists even with one element. */
function parseAtom(text: string): {
  feed: { id: string; title: string; updated: string; entry: AtomEntry[]; '@_xmlns': string };
} {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, JSON.stringify(valid));
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name),
  });
  return parser.parse(text);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe('metodika atom', () => {
  test('the sample feed: well-formed Atom 1.0, every practice newest first, required elements present', async () => {
    const run = await runCli(['atom', KUZ]);
    assert.equal(run.code, 0, run.stderr);
    const { feed } = parseAtom(run.stdout);
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    assert.match(feed.title, /^Лучшие практики — /);
    assert.match(feed.updated, RFC3339);
    const sample = JSON.parse(await readFile(KUZ, 'utf8')) as {
      practices: { id: string; published: string }[];
    };
    assert.equal(feed.entry.length, sample.practices.length);
    const dates = feed.entry.map((e) => e.published);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(feed.updated, dates[0]);
    const ids = new Set(feed.entry.map((e) => e.id));
    assert.equal(ids.size, feed.entry.length, 'entry ids are unique');
    for (const entry of feed.entry) {
      assert.ok(entry.title && entry.id && entry.author.length > 0, entry.id);
      assert.match(entry.updated, RFC3339);
    }
    const first = feed.entry.find((e) => e.id.endsWith('pr-math-text-problems'))!;
    assert.equal(first.published, '2026-11-05T00:00:00+03:00');
    assert.equal(
      first.author[0]!.name,
      'Белова Светлана Юрьевна, учитель математики, СОШ с. Махалино',
    );
    assert.ok(first.category.some((c) => c['@_term'] === 'math' && c['@_label'] === 'Математика'));
    const enclosures = first.link.filter((l) => l['@_rel'] === 'enclosure');
    assert.equal(enclosures.length, 2);
    assert.equal(enclosures[0]!['@_type'], 'application/pdf');
    assert.equal(enclosures[0]!['@_length'], '1843200');
    assert.equal(first.content['@_type'], 'text');
  });

  test('text with markup and ampersands stays text; English labels with --lang en; -o writes a file', async () => {
    const input = sampleFeed();
    const practice = (input.practices as { title: string; summary?: string }[])[0]!;
    practice.title = 'Уроки <b>A&B</b> "в кавычках" \u0007';
    practice.summary = '</summary><script>alert(1)</script>';
    const path = await writeTemp(dir, 'evil.json', input);
    const out = join(dir, 'practices.atom');
    const run = await runCli(['atom', path, '-o', out, '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Written: .*practices\.atom \(1 practice\)/);
    const { feed } = parseAtom(await readFile(out, 'utf8'));
    assert.match(feed.title, /^Best practices — /);
    const entry = feed.entry[0]!;
    // The parser decodes entities: the reader gets the original text back, minus the control character.
    assert.equal(entry.title.trim(), 'Уроки <b>A&B</b> "в кавычках"');
    assert.equal(entry.summary, '</summary><script>alert(1)</script>');
    assert.ok(entry.category.some((c) => c['@_label'] === 'Methodical guide'));
  });
});

describe('metodika jsonfeed', () => {
  test('JSON Feed 1.1 shape: version, title, items with id, dates, authors, tags, attachments', async () => {
    const run = await runCli(['jsonfeed', KUZ]);
    assert.equal(run.code, 0, run.stderr);
    const feed = JSON.parse(run.stdout) as {
      version: string;
      title: string;
      home_page_url: string;
      language: string;
      items: {
        id: string;
        url?: string;
        title: string;
        content_text: string;
        summary?: string;
        image?: string;
        date_published: string;
        authors: { name: string }[];
        tags: string[];
        attachments?: { url: string; mime_type: string; size_in_bytes?: number; title: string }[];
      }[];
    };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(feed.title);
    assert.equal(feed.home_page_url, 'https://metodkab-kuz.example/');
    assert.equal(feed.language, 'ru');
    assert.equal(feed.items.length, 25);
    for (const item of feed.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(item.content_text.length > 0, 'content_text is required');
      assert.match(item.date_published, RFC3339);
      for (const file of item.attachments ?? []) assert.ok(file.url && file.mime_type, item.id);
    }
    const first = feed.items.find((item) => item.id.endsWith('pr-math-text-problems'))!;
    assert.equal(first.image, 'https://metodkab-kuz.example/img/praktiki/math-text-problems.jpg');
    assert.deepEqual(first.tags.slice(0, 2), ['Методическая разработка', 'Математика']);
    assert.equal(first.attachments![0]!.size_in_bytes, 1843200);
    const dates = feed.items.map((item) => item.date_published);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('help and errors: per-command help in both languages; an unusable feed exits non-zero', async () => {
    const help = await runCli(['help', 'jsonfeed']);
    assert.match(help.stdout, /^Использование: metodika jsonfeed/);
    const en = await runCli(['atom', '--help', '--lang', 'en']);
    assert.match(en.stdout, /^Usage: metodika atom/);
    const main = await runCli(['--help']);
    assert.match(main.stdout, /\n {2}atom /);
    assert.match(main.stdout, /\n {2}jsonfeed /);
    const bad = await writeTemp(dir, 'bad.json', '{ not json');
    const run = await runCli(['jsonfeed', bad]);
    assert.notEqual(run.code, 0);
    assert.equal(run.stdout, '');
  });
});
