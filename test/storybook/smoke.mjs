#!/usr/bin/env node
/**
 * Storybook smoke test: builds Storybook statically, serves it, opens every story's iframe in
 * Chromium, waits for its play function, and fails on a console error, an uncaught page error, a
 * failed request, a failed play function, a widget that renders nothing, an axe-core violation
 * in the story, or a `::part` the widget renders but its class JSDoc does not document. Story
 * tags say more:
 * - `expect-console-error`: may log errors (a failing feed explains itself to the webmaster);
 * - `loading`: not waited for;
 * - `dark`: opened with `prefers-color-scheme: dark` emulated; every widget must turn dark;
 * - `forced-colors`: opened with `forced-colors: active` emulated (axe checks it so);
 * - `themed`: every part the widget documents must be on screen.
 *
 * Then it opens every Docs page (each widget's autodocs page and the MDX guides) with the same
 * checks: a Docs page shows its component's stories together, so it may log the widgets'
 * `[metodika]` explanations only when one of those stories expects them, and may keep as many
 * widgets loading as it has `loading` stories. A widget's Docs page must list every attribute,
 * CSS custom property, CSS part, named slot and event of its element in custom-elements.json.
 *
 *   node test/storybook/smoke.mjs            build, then check
 *   node test/storybook/smoke.mjs --no-build check an existing storybook-static/
 *   node test/storybook/smoke.mjs --no-build --only=calendar   entries whose id contains "calendar"
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.mjs';
import { serveDirectory } from '../support/static-server.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const OUT = join(ROOT, 'storybook-static');
/** The manifest Storybook's Docs pages are built from (`pnpm run storybook:manifest`). */
const MANIFEST = join(ROOT, 'packages/widgets/custom-elements.json');
/** How long a widget may take to leave its loading state (the slowest story waits 2 s). */
const SETTLE_MS = 8000;
/** How long a Docs page may take to render: it builds all its component's stories at once. */
const DOCS_RENDER_MS = 30000;
/** Stories checked at once. */
const CONCURRENCY = 4;
/** axe-core, injected into each story after it settles. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * Media features emulated for stories with these tags (Storybook cannot emulate them), and the
 * media query that must then match in the page.
 */
const EMULATED = {
  dark: { media: { colorScheme: 'dark' }, query: '(prefers-color-scheme: dark)' },
  'forced-colors': { media: { forcedColors: 'active' }, query: '(forced-colors: active)' },
};
/** How long a story's play function may take (the mock receiver answers after 0.8 s). */
const PLAY_MS = 15000;

function build() {
  const started = Date.now();
  execFileSync('pnpm', ['run', '--silent', 'storybook:build'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Tells `inspect` to wait for no widget's data. */
const ANY = Number.MAX_SAFE_INTEGER;

/**
 * In the page: waits until the Metodika widgets under `scope` are there (at least `minWidgets`,
 * and one per Docs story block) and at most `allowLoading` of them are still loading, not
 * counting those in the Docs blocks of the `mayLoad` stories, then describes each one. A widget
 * "renders nothing" when its shadow root has no visible text.
 */
async function inspect(page, { scope, allowLoading, minWidgets, mayLoad = [] }) {
  return page.evaluate(
    async ({ scope, allowLoading, minWidgets, mayLoad, settleMs }) => {
      const widgets = () =>
        [...document.querySelectorAll(`${scope} *`)].filter(
          (el) => el.localName.startsWith('metodika-') && el.localName !== 'metodika-feed',
        );
      // The story a widget on a Docs page belongs to: its block's anchor names it.
      const storyOf = (el) =>
        el.closest('[id^="anchor--"]')?.id.replace(/^anchor--(primary--)?/, '') ?? '';
      const start = performance.now();
      while (performance.now() - start < settleMs) {
        const list = widgets();
        const blocks = document.querySelectorAll(`${scope} .docs-story`).length;
        const pending = list.filter(
          (el) =>
            !mayLoad.includes(storyOf(el)) &&
            (!el.shadowRoot || el.feed?.state.status === 'loading'),
        );
        if (list.length >= Math.max(minWidgets, blocks) && pending.length <= allowLoading) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(widgets().map((el) => el.updateComplete));
      return widgets().map((el) => {
        const root = el.shadowRoot?.querySelector('.root');
        const box = root?.getBoundingClientRect();
        const parts = [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((p) => [
          ...p.part,
        ]);
        return {
          tag: el.localName,
          story: storyOf(el),
          status: el.feed?.state.status ?? 'none',
          parts: [...new Set(parts)],
          background: root ? getComputedStyle(root).backgroundColor : '',
          // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
          text: (root?.innerText ?? '').trim().length,
          height: box ? Math.round(box.height) : 0,
        };
      });
    },
    { scope, allowLoading, minWidgets, mayLoad, settleMs: SETTLE_MS },
  );
}

/**
 * What is wrong with the widgets `inspect` found: blank ones, too many still loading (beyond
 * `allowLoading` and those of the `mayLoad` stories).
 */
function judge(widgets, allowLoading, mayLoad = []) {
  const problems = [];
  for (const w of widgets) {
    if (w.text === 0 || w.height < 16) {
      problems.push(`<${w.tag}> renders nothing (text ${w.text}, height ${w.height}px)`);
    }
  }
  const loading = widgets.filter(
    (w) => w.status === 'loading' && !mayLoad.includes(w.story),
  ).length;
  if (loading > allowLoading) {
    problems.push(`${loading - allowLoading} widget(s) still loading after ${SETTLE_MS} ms`);
  }
  return problems;
}

/**
 * What is wrong with the parts the widgets render: a part a widget renders that its class JSDoc
 * does not document (custom-elements.json), and, with `all`, a documented part no widget of
 * that tag rendered (a `themed` story must show every one).
 */
function partProblems(widgets, manifest, all) {
  const problems = [];
  for (const tag of new Set(widgets.map((w) => w.tag))) {
    const documented = documentedParts(manifest, tag);
    const rendered = new Set(widgets.filter((w) => w.tag === tag).flatMap((w) => w.parts));
    const undocumented = [...rendered].filter((part) => !documented.includes(part));
    if (undocumented.length) {
      problems.push(
        `<${tag}> renders parts its JSDoc lacks (@csspart): ${undocumented.join(', ')}`,
      );
    }
    const unseen = documented.filter((part) => !rendered.has(part));
    if (all && unseen.length) problems.push(`<${tag}> parts not on screen: ${unseen.join(', ')}`);
  }
  return problems;
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour; undefined if unparsable. */
function luminance(color) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined) return undefined;
  const linear = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Widgets that stayed light although the page asked for the dark scheme. */
function darkProblems(widgets) {
  return widgets
    .filter((w) => !(luminance(w.background) < 0.2))
    .map((w) => `<${w.tag}> is not dark under prefers-color-scheme: dark (${w.background})`);
}

/**
 * Runs axe-core on each element `scope` selects, one after another (shadow roots included):
 * one line per violated rule.
 */
async function axeProblems(page, scope) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (scope) => {
    const found = [];
    for (const context of document.querySelectorAll(scope)) {
      const { violations } = await window.axe.run(context, { resultTypes: ['violations'] });
      found.push(...violations);
    }
    return found.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((node) => node.target.flat().join(' >>> ')),
    }));
  }, scope);
  return violations.map(
    (v) =>
      `axe ${v.id} (${v.help}): ${v.targets.slice(0, 5).join(' | ')}` +
      (v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : ''),
  );
}

/** Waits for Storybook to finish the story (render and play function); its final phase. */
async function storyPhase(page) {
  const phase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  await page.waitForFunction(
    (done) => done.includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    ['finished', 'errored', 'aborted'],
    { timeout: PLAY_MS },
  );
  return page.evaluate(phase);
}

const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#ccc"/></svg>';

/**
 * A new page that records what goes wrong on it: console errors (unless `consoleErrorAllowed`
 * says this one is expected), uncaught page errors and failed requests.
 */
async function watchedPage(context, consoleErrorAllowed) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !consoleErrorAllowed(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return { page, problems };
}

/**
 * Opens one story (with the media features its tags ask for): what is wrong with it, and each
 * widget's feed state.
 */
async function checkStory(context, base, story, manifest) {
  const tags = new Set(story.tags ?? []);
  const { page, problems } = await watchedPage(context, () => tags.has('expect-console-error'));
  const emulated = Object.keys(EMULATED).filter((tag) => tags.has(tag));
  let summary = emulated.length ? `[${emulated.join(', ')}] ` : '';
  try {
    for (const tag of emulated) await page.emulateMedia(EMULATED[tag].media);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    for (const tag of emulated) {
      const { query } = EMULATED[tag];
      if (!(await page.evaluate((q) => matchMedia(q).matches, query))) {
        problems.push(`emulation failed: ${query} does not match`);
      }
    }
    const phase = await storyPhase(page);
    if (phase !== 'finished') problems.push(`the story ended ${phase} (see its play function)`);
    // A themed gallery keeps exactly one widget loading; the rest must settle.
    const themed = tags.has('themed');
    const allowLoading = themed ? 1 : tags.has('loading') ? ANY : 0;
    const options = { scope: '#storybook-root', allowLoading, minWidgets: 1 };
    let widgets = await inspect(page, options);
    // Lazy parts (the preset notice, the details' add-to-calendar) are drawn after the widgets
    // report ready: on a busy machine a gallery gets a few seconds for every documented part.
    for (let tries = 0; themed && tries < 40; tries++) {
      if (partProblems(widgets, manifest, true).length === 0) break;
      await page.waitForTimeout(250);
      widgets = await inspect(page, options);
    }
    if (widgets.length === 0) problems.push('no Metodika widget on the page');
    problems.push(...judge(widgets, allowLoading));
    problems.push(...partProblems(widgets, manifest, themed));
    if (tags.has('dark')) problems.push(...darkProblems(widgets));
    // A gallery shows one widget several times, a page that no site has: each item is checked
    // on its own, so identical landmarks of two copies do not count as a violation.
    const axeScope = themed ? '#storybook-root .themed > section' : '#storybook-root';
    problems.push(...(await axeProblems(page, axeScope)));
    summary += widgets.map((w) => `${w.tag.replace('metodika-', '')}:${w.status}`).join(' ');
  } catch (error) {
    problems.push(`could not open: ${error.message}`);
  } finally {
    await page.close();
  }
  return { problems, summary };
}

/** `tag`'s declaration in custom-elements.json. */
function declarationOf(manifest, tag) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === tag);
}

/** The CSS parts `tag` documents. */
function documentedParts(manifest, tag) {
  return (declarationOf(manifest, tag)?.cssParts ?? []).map((part) => part.name);
}

/**
 * The names a Docs page's argument table must list for `tag`: every attribute, CSS custom
 * property, CSS part, named slot and event in the manifest.
 */
function documentedNames(manifest, tag) {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return undefined;
  const {
    attributes = [],
    cssProperties = [],
    cssParts = [],
    slots = [],
    events = [],
  } = declaration;
  return [...attributes, ...cssProperties, ...cssParts, ...slots, ...events]
    .map((item) => item.name)
    .filter(Boolean);
}

/**
 * Opens one Docs page. An autodocs page shows all its component's stories at once: it may log the
 * widgets' own `[metodika]` explanations only if one of those stories expects console errors,
 * and keep the widgets of its `loading` stories loading. It must render its widgets and list the
 * element's documented API in the argument table. An MDX page must render, with any stories it
 * embeds fully loaded.
 */
async function checkDocs(context, base, entry, stories, manifest) {
  const own = entry.tags?.includes('unattached-mdx')
    ? []
    : stories.filter((s) => s.importPath === entry.importPath && s.tags?.includes('autodocs'));
  const expectsErrors = own.some((s) => s.tags.includes('expect-console-error'));
  const mayLoad = own.filter((s) => s.tags.includes('loading')).map((s) => s.id);
  const { page, problems } = await watchedPage(
    context,
    (text) => expectsErrors && text.startsWith('[metodika]'),
  );
  let summary = '';
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
    await page.waitForSelector('#storybook-docs .sbdocs-content', {
      state: 'attached',
      timeout: DOCS_RENDER_MS,
    });
    const widgets = await inspect(page, {
      scope: '#storybook-docs',
      allowLoading: 0,
      minWidgets: own.length ? 1 : 0,
      mayLoad,
    });
    if (own.length && widgets.length === 0) problems.push('no Metodika widget on the page');
    problems.push(...judge(widgets, 0, mayLoad));
    const { text, tag, rows } = await page.evaluate(() => {
      const docs = document.querySelector('#storybook-docs .sbdocs-content');
      const first = [...docs.querySelectorAll('*')].find((el) =>
        el.localName.startsWith('metodika-'),
      );
      const cells = docs.querySelectorAll('.docblock-argstable tbody tr > td:first-child');
      return {
        // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
        text: docs.innerText.trim().length,
        tag: first?.localName,
        // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
        rows: [...cells].map((cell) => cell.innerText.trim()),
      };
    });
    if (text === 0) problems.push('the Docs page is blank');
    if (own.length) {
      const expected = tag && documentedNames(manifest, tag);
      if (!expected) problems.push(`<${tag}> is not in custom-elements.json`);
      const missing = (expected ?? []).filter((name) => !rows.includes(name));
      if (missing.length) problems.push(`the argument table lacks ${missing.join(', ')}`);
      summary = `<${tag}> ${rows.length} rows, `;
    }
    const loading = widgets.filter((w) => w.status === 'loading').length;
    summary += `${widgets.length} widgets (${loading} loading)`;
  } catch (error) {
    problems.push(`could not open: ${error.message}`);
  } finally {
    await page.close();
  }
  return { problems, summary };
}

/**
 * Every widget that shares the base sheet documents the same `--metodika-*` tokens in its class
 * JSDoc, so each Docs page shows all of them: the widgets whose list differs from the union.
 */
function tokenDrift(manifest) {
  const widgets = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.tagName?.startsWith('metodika-') && d.tagName !== 'metodika-feed');
  const tokens = (d) => (d.cssProperties ?? []).map((p) => p.name);
  const all = new Set(widgets.flatMap(tokens));
  const drift = widgets
    .map((d) => ({ tag: d.tagName, missing: [...all].filter((t) => !tokens(d).includes(t)) }))
    .filter((d) => d.missing.length > 0);
  return { widgets: widgets.length, tokens: all.size, drift };
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(OUT, 'index.json'))) throw new Error(`no ${OUT}/index.json: build first`);
  const index = JSON.parse(await readFile(join(OUT, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
  if (stories.length === 0) throw new Error('index.json lists no stories');
  if (docs.length === 0) throw new Error('index.json lists no Docs pages');
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const { widgets, tokens, drift } = tokenDrift(manifest);
  for (const { tag, missing } of drift) {
    console.log(`✗ <${tag}> class JSDoc lacks @cssproperty ${missing.join(', ')}`);
  }
  if (!drift.length) console.log(`✓ ${widgets} widgets document the same ${tokens} tokens`);

  const server = await serveDirectory(OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'ru-RU' });
  // Offline: anything that is not this server is a failure (an external font, telemetry, a feed).
  // The one exception: cover images the sample feeds link to on the department's (fictional,
  // `.example`) site; the widget may load those, so they get a placeholder picture.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => {
      const request = route.request();
      if (
        request.resourceType() === 'image' &&
        new URL(request.url()).hostname.endsWith('.example')
      ) {
        return route.fulfill({ contentType: 'image/svg+xml', body: PLACEHOLDER_SVG });
      }
      return route.abort('blockedbyclient');
    },
  );

  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const chosen = (entry) => !only || entry.id.includes(only);
  const queue = [
    ...stories
      .filter(chosen)
      .map((story) => ({ entry: story, run: () => checkStory(context, base, story, manifest) })),
    ...docs.filter(chosen).map((entry) => ({
      entry,
      run: () => checkDocs(context, base, entry, stories, manifest),
    })),
  ];
  const failures = [];
  const started = Date.now();
  const worker = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const taskStarted = Date.now();
      const { problems, summary } = await task.run();
      const seconds = ((Date.now() - taskStarted) / 1000).toFixed(1);
      const line = `${problems.length ? '✗' : '✓'} ${task.entry.id}  ${summary}  (${seconds} s)`;
      console.log([line, ...problems.map((p) => `    ${p}`)].join('\n'));
      if (problems.length) failures.push(task.entry);
    }
  };
  const storyTotal = stories.filter(chosen).length;
  const docsTotal = docs.filter(chosen).length;
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await browser.close();
  server.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const failed = (type) => failures.filter((entry) => entry.type === type).length;
  console.log(
    `${storyTotal - failed('story')}/${storyTotal} stories and ` +
      `${docsTotal - failed('docs')}/${docsTotal} Docs pages passed in ${seconds} s`,
  );
  if (failures.length || drift.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
