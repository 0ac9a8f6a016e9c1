#!/usr/bin/env node
// Runs the CLI built into one file by `pnpm --filter @metodika/feed build` (dist/cli.js) with
// plain node: no TypeScript loader at run time, so `validate` starts in a fraction of the time.
// A checkout where it was never built runs the sources through tsx instead, as before.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
