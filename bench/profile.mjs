// CPU profile of cold bench pages (not part of `pnpm bench`): opens bench/bench.html?<query> in a
// fresh context `runs` times with the CDP profiler running from before navigation, and prints the
// median time, the self time per function (ms per run) and the last run's resource timeline.
// Build first (`pnpm bench` writes the feeds; NO_MINIFY=1 for readable names, see README).
//   node bench/profile.mjs 'case=calendar&impl=ours&view=agenda&src=/bench/out/calendar-50.json' [runs] [top]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/support/chromium.mjs';
import { serveDirectory } from '../test/support/static-server.mjs';
import { root } from './support/bundle.mjs';

const [query, runs = '3', top = '30'] = process.argv.slice(2);
if (!query) throw new Error('usage: node bench/profile.mjs <bench.html query> [runs] [top]');
const server = await serveDirectory(root, { memory: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const self = new Map();
const times = [];
let timeline = [];
for (let run = 0; run < Number(runs); run++) {
  const context = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    locale: 'ru-RU',
    viewport: { width: 1100, height: 900 },
  });
  let report;
  const reported = new Promise((resolve) => {
    report = resolve;
  });
  await context.exposeFunction('benchReport', (result) => report(result));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html?${query}`, {
    waitUntil: 'commit',
  });
  const result = await reported;
  times.push(result.ms ?? result.parseMs);
  const { profile } = await cdp.send('Profiler.stop');
  // Self time: each sample's interval goes to the function on top of the stack.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/.*\//, '')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  timeline = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => [e.name.replace(/.*\//, ''), Math.round(e.startTime), Math.round(e.responseEnd)]),
  );
  await context.close();
}
await browser.close();
server.close();
times.sort((a, b) => a - b);
console.log(
  `ms: ${times.map(Math.round).join(' ')} (median ${Math.round(times[times.length >> 1])})`,
);
console.log('self time, ms per run:');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${(us / 1000 / Number(runs)).toFixed(1).padStart(8)}  ${key}`);
console.log('resources of the last run (start → end, ms from navigation):');
for (const [name, start, end] of timeline)
  console.log(`  ${String(start).padStart(5)} → ${String(end).padStart(5)}  ${name}`);
