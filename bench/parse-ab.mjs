// Interleaved A/B of the parse + validation case (not part of `pnpm bench`): bundles the current
// parser as bench/out/parser-<label>.js, or times bundles already built, one cold page per run.
//   node bench/parse-ab.mjs build <label>           bundle the working tree's parser
//   node bench/parse-ab.mjs run <runs> <label>...   time each label in turn, `runs` rounds
// `pnpm bench` writes the feeds first (bench/out/feed-1mb.json).
import { join } from 'node:path';
import { withBrowser } from './support/browser.mjs';
import { bundleLibrary, out, root } from './support/bundle.mjs';

const [command, ...rest] = process.argv.slice(2);
if (command === 'build') {
  await bundleLibrary({
    entry: join(root, 'bench/entries/parser.js'),
    file: join(out, `parser-${rest[0]}.js`),
  });
} else if (command === 'run') {
  const [runs, ...labels] = rest;
  const src = process.env.SRC ?? '/bench/out/feed-1mb.json';
  const times = new Map(labels.map((label) => [label, []]));
  await withBrowser(async (bench) => {
    for (let run = 0; run < Number(runs); run++)
      for (const label of labels) {
        const parser = `/bench/out/parser-${label}.js`;
        const { result, close } = await bench.open({ case: 'parse', src, parser });
        times.get(label).push(result.parseMs);
        await close();
      }
  });
  for (const [label, list] of times) {
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    console.log(
      `${label}: median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms (${sorted.map(Math.round).join(' ')})`,
    );
  }
} else throw new Error('usage: node bench/parse-ab.mjs build <label> | run <runs> <label>...');
