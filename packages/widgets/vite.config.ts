import { defineConfig } from 'vite';
import { minifyTemplates } from './build/minify-templates.ts';

/**
 * Two library builds.
 * - default: `dist/metodika.js`, the one file a school site loads with a script tag: Lit and the
 *   browser side of @metodika/feed bundled in, minified, one file (no chunks).
 * - `--mode esm`: one entry per element for projects that bundle themselves; lit, @lit/context
 *   and @metodika/feed stay external so the app's bundler shares them.
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    plugins: [minifyTemplates()],
    build: {
      target: 'es2022',
      sourcemap: true,
      minify: true,
      outDir: esm ? 'dist/esm' : 'dist',
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
              'feed/feed-provider': 'src/feed/feed-provider.ts',
              'base/metodika-element': 'src/base/metodika-element.ts',
            }
          : { metodika: 'src/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        external: esm ? [/^lit($|\/)/, /^@lit\//, /^@metodika\/feed/] : [],
        // Pure annotations only help a downstream bundler; the one file has none.
        output: { minify: true, ...(esm ? {} : { comments: false }) },
      },
    },
  };
});
