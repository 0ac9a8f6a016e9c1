// Fails when a kind of page outgrows its budget (test/size/budget.mjs). Needs the built files:
// `pnpm run test:browser` builds them just before `pnpm run test:size` in test:all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  checkBudget,
  DIST,
  FULL_CALENDAR,
  MANIFEST,
  measurePages,
  pageFiles,
  REGISTRATION_FILES,
} from './budget.mjs';

// SIZE_LIMIT_GZIP=1000 pnpm run test:size shows the failure on the real build.
const override = Number(process.env.SIZE_LIMIT_GZIP) || 0;

const pages = measurePages();

test('a calendar page loads nothing of the registration form before it paints', () => {
  for (const page of pages.filter((p) => /calendar (strip|grid)|month grid/.test(p.name))) {
    const loaded = page.files.filter((file) => REGISTRATION_FILES.test(file));
    assert.deepEqual(loaded, [], `${page.name} loads ${loaded.join(', ')}`);
  }
  const open = pages.find((p) => p.name.startsWith('events page with an event’s sign-up open'));
  assert.ok(
    open?.files.some((file) => REGISTRATION_FILES.test(file)),
    'the details load it',
  );
});

test('the strip loads nothing of the full calendar’s view; the events page loads it at once', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const full = manifest[FULL_CALENDAR].file;
  // The month grid's own markup: the view's chunk holds it, not the calendar's.
  assert.match(readFileSync(`${DIST}${full}`, 'utf8'), /role="grid"/);
  const strip = pages.find((p) => p.name === 'home page with the calendar strip');
  const events = pages.find((p) => p.name === 'events page with the month grid');
  assert.ok(strip && !strip.files.includes(full), 'the strip page does not load it');
  assert.ok(
    !strip.files.some((file) => /role="grid"/.test(readFileSync(`${DIST}${file}`, 'utf8'))),
    'no file of the strip page draws the grid',
  );
  assert.ok(events?.files.includes(full), 'the events page loads it before it paints');
});

test('the strip loads nothing of the filter bar; the pages that draw one load it before they paint', () => {
  // The bar's landmark and one of its rules (base/collection/filter-bar.ts, filter-bar.styles.ts).
  const marks = [/role="search"/, /\.facet fieldset\{/];
  const holding = (page, mark) =>
    page.files.filter((file) => mark.test(readFileSync(`${DIST}${file}`, 'utf8')));
  const strip = pages.find((p) => p.name === 'home page with the calendar strip');
  for (const mark of marks)
    assert.deepEqual(holding(strip, mark), [], `the strip page loads a file with ${mark}`);
  for (const name of [
    'events page with the month grid',
    'a page with <metodika-associations>',
    'a page with <metodika-practices>',
  ]) {
    const page = pages.find((p) => p.name === name);
    for (const mark of marks) assert.ok(holding(page, mark).length, `${name} loads ${mark}`);
  }
});

test('the problems’ messages are not loaded before any widget paints', () => {
  // A message of problems.ts: a valid feed needs none, the loader fetches them when it has some;
  // the forms fetch them when idle after they are shown (base/form/form-words.ts).
  const message = /Проверьте запятые, кавычки и скобки/;
  const widgets = pages.filter(
    (p) => p.name.startsWith('a page with') || /calendar|grid/.test(p.name),
  );
  assert.ok(widgets.filter((p) => !p.lazy).length >= 6);
  for (const page of widgets.filter((p) => !p.lazy)) {
    const loaded = page.files.filter((file) =>
      message.test(readFileSync(`${DIST}${file}`, 'utf8')),
    );
    assert.deepEqual(loaded, [], `${page.name} loads ${loaded.join(', ')}`);
  }
  const all = pages.find((p) => p.name.startsWith('all four'));
  assert.ok(
    all?.files.some((file) => message.test(readFileSync(`${DIST}${file}`, 'utf8'))),
    'a lazy part holds them',
  );
});

test('no page loads the English words before it paints; they are a lazy part', () => {
  // base/i18n/en.ts and each widget's *.strings.en.ts: fetched when an element renders in English;
  // the feed's English names of the kinds with them (labels/*.en.ts), not in a module of both.
  const english = /Could not load the data\.|Methodical visit/;
  const has = (file) => english.test(readFileSync(`${DIST}${file}`, 'utf8'));
  for (const page of pages.filter((p) => !p.lazy)) {
    const loaded = page.files.filter(has);
    assert.deepEqual(loaded, [], `${page.name} loads ${loaded.join(', ')}`);
  }
  assert.ok(pages.find((p) => p.name.startsWith('all four'))?.files.some(has), 'a lazy part');
});

test('the one-file calendar loads the registration file beside it, not inlined', () => {
  const calendar = readFileSync(`${DIST}metodika-calendar.js`, 'utf8');
  assert.match(calendar, /import\(`\.\/metodika-registration\.js`\)/);
  assert.doesNotMatch(calendar, /Встать в лист ожидания/);
  assert.match(readFileSync(`${DIST}metodika-registration.js`, 'utf8'), /Встать в лист ожидания/);
});

for (const page of pages) {
  test(`${page.name} stays within its gzip budget`, (t) => {
    const result = checkBudget(page.name, page.size, override || page.limit, page.target);
    t.diagnostic(`${result.message} (${page.files.length} files)`);
    assert.ok(result.ok, result.message);
  });
}

test('a page counts the loader, its widgets’ static imports and, when lazy, dynamic ones', () => {
  const manifest = {
    'src/loader.ts': {
      file: 'metodika.js',
      dynamicImports: ['src/a/define.ts', 'src/b/define.ts'],
    },
    'src/a/define.ts': {
      file: 'chunks/a.js',
      imports: ['_lit.js'],
      dynamicImports: ['_dialog.js'],
    },
    'src/b/define.ts': { file: 'chunks/b.js', imports: ['_lit.js'] },
    '_lit.js': { file: 'chunks/lit.js' },
    '_dialog.js': { file: 'chunks/dialog.js', imports: ['_lit.js'] },
  };
  assert.deepEqual(pageFiles(manifest, []), ['metodika.js']);
  assert.deepEqual(pageFiles(manifest, ['src/a/define.ts']), [
    'metodika.js',
    'chunks/a.js',
    'chunks/lit.js',
  ]);
  assert.deepEqual(pageFiles(manifest, ['src/a/define.ts'], true), [
    'metodika.js',
    'chunks/a.js',
    'chunks/lit.js',
    'chunks/dialog.js',
  ]);
});

test('the check fails a page over the limit and says by how much', () => {
  const over = checkBudget('page', 1001, 1000, 900);
  assert.equal(over.ok, false);
  assert.match(
    over.message,
    /page: 1001 B .* budget is 1000 B .*over by 1 B; issue 15's target is 900 B/,
  );
  assert.equal(checkBudget('page', 1000, 1000).ok, true, 'a page exactly at the limit passes');
});
