import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { flatImports } from './build/flat-imports.ts';
import { minifyTemplates } from './build/minify-templates.ts';

/** Widgets that also ship as a one-file bundle of their own (`dist/metodika-<widget>.js`). */
export const WIDGET_BUNDLES = [
  'calendar',
  'associations',
  'practices',
  'consultation',
  'registration',
] as const;

const ENTRY_PREFIX = '\0metodika-bundle:';

/**
 * The entry of a one-widget bundle, generated so no entry file sits next to the widget sources:
 * the `<metodika-feed>` provider, that widget and the base class, each registered by its own
 * define file (which skips a tag already taken, so several bundles coexist on one page).
 */
function widgetEntry(widget: string): Plugin {
  const src = (path: string) =>
    JSON.stringify(fileURLToPath(new URL(`src/${path}`, import.meta.url)));
  return {
    name: 'metodika-widget-entry',
    resolveId: (id) => (id === `metodika-bundle:${widget}` ? ENTRY_PREFIX + widget : null),
    load: (id) =>
      id === ENTRY_PREFIX + widget
        ? [
            `export * from ${src('feed/define.ts')};`,
            `export * from ${src(`${widget}/define.ts`)};`,
            `export { MetodikaElement } from ${src('base/metodika-element.ts')};`,
          ].join('\n')
        : null,
  };
}

/**
 * In the one-file calendar, the sign-up in an event's details is not inlined (it would add the
 * registration form to every calendar page): it is `metodika-registration.js` beside it, loaded
 * when such details open.
 */
const registrationBeside: Plugin = {
  name: 'metodika-registration-beside',
  enforce: 'pre',
  resolveId: (id, importer) =>
    id === '../registration/define.ts' && importer?.endsWith('calendar-details.ts')
      ? { id: './metodika-registration.js', external: true }
      : null,
};

/** The iframe fallback pages (`frame/*`), copied to `dist/frame/` beside `dist/metodika.js`. */
const framePages: Plugin = {
  name: 'metodika-frame-pages',
  generateBundle() {
    const dir = new URL('frame/', import.meta.url);
    for (const file of readdirSync(dir))
      this.emitFile({
        type: 'asset',
        fileName: `frame/${file}`,
        source: readFileSync(new URL(file, dir)),
      });
  },
};

/**
 * Modules of the script-tag build that must stay chunks of their own, loaded on demand: the
 * problems' messages (both languages), which the feed loader imports only when a feed has
 * problems (packages/feed/src/load/load.ts).
 */
const LAZY_GROUPS = [{ name: 'problem-messages', test: /packages\/feed\/src\/problems\.ts$/ }];

/**
 * What every page loads before it paints, whichever widgets it holds: Lit, the feed's loader and
 * validator, the base element (not the `<metodika-feed>` provider: the loader imports it as a
 * tag's entry). One chunk rather than the four Rolldown would cut them into by who imports what:
 * 0.5–1 KB less gzip on every page, as each file is compressed on its own and a split repeats
 * the shared vocabulary. Only modules loaded eagerly belong here: a module that only a lazy part
 * imports would become eager (the consultation's validator, compact/consultation.ts, is left
 * out for that reason: it imports the problems' messages).
 */
const CORE_GROUP = {
  name: 'core',
  test: new RegExp(
    [
      String.raw`node_modules/.*/(lit-html/lit-html|lit-html/directives/if-defined|lit-element/lit-element|lit/index|lit/decorators|lit/directives/if-defined|@lit/reactive-element/[\w/-]+|@lit/context/[\w/-]+)\.js$`,
      String.raw`packages/feed/src/(problem-path|zod-issues|safe-url|references|time-zone|parse-core|compact/(rules\.generated|validate|refines|engine)|load/(cache|errors|load|merge|src-list)|format/(date|intl-cache|plural)|ics/zone)\.ts$`,
      String.raw`packages/widgets/src/base/(lazy-part|feed-context|feed-loader|i18n/(ru|locale)|metodika-element|styles/base\.styles|feed-controller|bvi-controller)\.ts$`,
    ].join('|'),
  ),
};

/**
 * The browsing state every browsing widget keeps before it paints — the collection controller,
 * facets, hash state, links between widgets — named so that the groups below, which take their
 * modules' imports with them, leave it here.
 */
const COLLECTION_GROUP = {
  name: 'collection',
  test: /packages\/(widgets\/src\/base\/(collection\/collection|filters|hash-state|widget-links)|feed\/src\/format\/text)\.ts$/,
};

/**
 * The filter bar and what a filterable list draws around its entries (base/collection/), the
 * rows of an entry's details, and the dialogs' rules and opener (base/dialog.ts): one chunk for
 * the pages that draw a bar — the directory, the practice feed, the full calendar's view — not
 * the collection chunk with the browsing state, which the calendar's home-page strip loads too
 * (its details, a lazy part, take their rows and dialog from here). Rolldown would cut these
 * modules apart by who imports them, a file more on each page.
 */
const BROWSE_GROUP = {
  name: 'browse',
  test: /packages\/widgets\/src\/base\/(collection\/(filter-bar(\.styles)?|list-parts|rows|collection\.strings)|styles\/dialog\.styles|dialog)\.ts$/,
};

/**
 * The directory's and the practice feed's cards and details dialog: one chunk of their own, which
 * the calendar never loads. Merged into the browse chunk instead, those two pages would load a
 * file less (≈ −500 B gzip each) and the events page ≈ 0.7 KB it does not draw.
 */
const DETAILS_GROUP = {
  name: 'collection-details',
  test: /packages\/widgets\/src\/base\/collection\/(details|collection\.styles)\.ts$/,
};

/** A script-tag chunk's file: a widget's chunk is named after its folder, a lazy part after its file. */
function chunkName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const [, widget, file] =
    chunk.facadeModuleId?.match(
      /src\/(feed|calendar|associations|practices|consultation|registration)\/([\w-]+)\.ts$/,
    ) ?? [];
  const name = !widget ? chunk.name : file === widget || file === 'define' ? widget : file;
  return `chunks/${name ?? chunk.name}-[hash].js`;
}

/**
 * Three kinds of library build.
 * - default: `dist/metodika.js`, the one file a school site loads with a script tag: a small
 *   loader (src/loader.ts) that imports, from `dist/chunks/`, only the code of the elements on the
 *   page. Lit and the browser side of @metodika/feed are bundled into shared chunks, minified.
 * - `--mode calendar` (or another of WIDGET_BUNDLES): `dist/metodika-calendar.js`, the same for a
 *   page that shows only that widget. One build per file: a multi-entry build would split Lit and
 *   the loader into shared chunks, and these files must stand alone.
 * - `--mode esm`: one entry per element for projects that bundle themselves; lit, @lit/context
 *   and @metodika/feed stay external so the app's bundler shares them.
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  // NO_MINIFY=1: readable names in CPU profiles (bench/README.md, "Profiling").
  const minify = !process.env.NO_MINIFY;
  const widget = WIDGET_BUNDLES.find((name) => name === mode);
  return {
    plugins: [
      minifyTemplates(),
      ...(widget ? [widgetEntry(widget)] : []),
      ...(widget === 'calendar' ? [registrationBeside] : []),
      // The frame pages load ../metodika.js, so they ship with the default build. Its dynamic
      // imports fetch their chunk's static imports at once (build/flat-imports.ts).
      ...(!widget && !esm ? [framePages, flatImports] : []),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
      minify,
      outDir: esm ? 'dist/esm' : 'dist',
      // dist/.vite/manifest.json: the import graph the per-page size budgets read (test/size).
      manifest: !esm && !widget,
      emptyOutDir: esm,
      lib: {
        entry: esm
          ? {
              index: 'src/index.ts',
              'calendar/define': 'src/calendar/define.ts',
              'feed/define': 'src/feed/define.ts',
              'associations/define': 'src/associations/define.ts',
              'practices/define': 'src/practices/define.ts',
              'calendar/calendar': 'src/calendar/calendar.ts',
              'consultation/define': 'src/consultation/define.ts',
              'consultation/consultation': 'src/consultation/consultation.ts',
              'registration/define': 'src/registration/define.ts',
              'registration/registration': 'src/registration/registration.ts',
              'feed/feed-provider': 'src/feed/feed-provider.ts',
              'base/metodika-element': 'src/base/metodika-element.ts',
            }
          : widget
            ? { [`metodika-${widget}`]: 'src/index.ts' }
            : { metodika: 'src/loader.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        // The generated entry replaces src/index.ts for a one-widget bundle.
        ...(widget ? { input: { [`metodika-${widget}`]: `metodika-bundle:${widget}` } } : {}),
        external: esm ? [/^lit($|\/)/, /^@lit\//, /^@metodika\/feed/] : [],
        // Rolldown's MagicString in renderChunk, for flatImports' edits with their source maps.
        experimental: { nativeMagicString: true },
        // Pure annotations only help a downstream bundler; the one file has none.
        output: {
          minify,
          ...(esm ? {} : { comments: false }),
          // The script tag's chunks, beside it in a folder of their own (dist/chunks/).
          ...(esm || widget ? {} : { chunkFileNames: chunkName }),
          // A one-widget file stands alone: its lazy parts are inlined, not split off.
          ...(widget ? { inlineDynamicImports: true } : {}),
          // The script tag's lazy parts that Rolldown would otherwise fold into the chunk every
          // page loads first (it merges a module imported both statically, by some widget, and
          // dynamically into the shared chunk).
          ...(esm || widget
            ? {}
            : {
                codeSplitting: {
                  groups: [
                    ...LAZY_GROUPS,
                    CORE_GROUP,
                    COLLECTION_GROUP,
                    BROWSE_GROUP,
                    DETAILS_GROUP,
                  ],
                },
              }),
        },
      },
    },
  };
});
