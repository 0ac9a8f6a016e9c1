/**
 * The publishing numbers, on this machine over loopback: `node --import tsx bench/content.ts`.
 * A service on a temporary SQLite file (the tests' set-up) and one editor; the demo feed's
 * workbook (demo/feeds/kuznetsk.json as the console exports it) imported as a dry run and then
 * applied, the draft published, each BENCH_RUNS times (median, min, max; in-process requests, so
 * what the service spends without the network); then bench/feed-get.ts in a process of its own
 * against the service listening on 127.0.0.1: the feed revalidated with its ETag, then in full.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { feedToWorkbook } from '@metodika/feed/xlsx';
import { startApp } from '../test/helpers.ts';
import { addUser, StaffClient } from '../test/staff-client.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const demo = JSON.parse(
  readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** Times `step` RUNS times (after one untimed warm-up run) and checks each answer. */
async function timed(name: string, step: () => Promise<{ statusCode: number; body: string }>) {
  const ms: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const response = await step();
    const elapsed = performance.now() - start;
    if (response.statusCode >= 300)
      throw new Error(`${name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    if (run > 0) ms.push(elapsed);
  }
  ms.sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(1));
  return {
    runs: ms.length,
    medianMs: round(ms[ms.length >> 1]!),
    minMs: round(ms[0]!),
    maxMs: round(ms.at(-1)!),
  };
}

const t = await startApp();
try {
  await addUser(t.store, { email: 'editor@bench.example', name: 'Редактор', role: 'editor' });
  const editor = new StaffClient(t.app);
  await editor.login('editor@bench.example');
  const file = (await feedToWorkbook(demo)).toString('base64');
  const revision = () => editor.get('/admin/api/content/draft').then((r) => r.json().revision);

  const importDry = await timed('import dry run', async () =>
    editor.post('/admin/api/content/import/xlsx', {
      file,
      dryRun: true,
      revision: await revision(),
    }),
  );
  const importApply = await timed('import', async () =>
    editor.post('/admin/api/content/import/xlsx', {
      file,
      dryRun: false,
      revision: await revision(),
    }),
  );
  const publish = await timed('publish', () => editor.post('/admin/api/content/publish', {}));

  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  const bench = fileURLToPath(new URL('feed-get.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', bench, `http://127.0.0.1:${port}/feed.json`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`feed-get.ts exited with ${code}`);
  const events = (demo.events as unknown[]).length;
  console.log(
    JSON.stringify({
      workbook: { events, bytes: Buffer.byteLength(file, 'base64') },
      importDry,
      importApply,
      publish,
      feed: JSON.parse(out),
    }),
  );
} finally {
  await t.close();
}
