// Builds the CLI into dist/cli.js, an ES module that plain `node` runs (bin/metodika.js): loading
// tsx and compiling the TypeScript at every start cost ~0.4 s of a 0.45 s `validate`. The workbook
// commands' code goes into a chunk of its own (dist/chunks/), loaded only when one of them runs.
//   node src/cli/bundle.mjs        (the package's `build` script)
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Chunk names carry hashes: an old build's chunks would pile up.
await rm(new URL('../../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist',
  entryNames: 'cli',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.11',
  // exceljs (with its zip and XML stack) comes from node_modules, imported by the workbook chunk
  // only: as an external of the main file it would load at every start.
  external: ['exceljs'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
