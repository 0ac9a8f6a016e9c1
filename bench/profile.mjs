// CPU profile of cold bench pages (not part of `pnpm bench`): opens bench/bench.html?<query> in a
// fresh context `runs` times with the CDP profiler running from before navigation, and prints the
// median time, the self time per function (ms per run) and the last run's resource timeline.
// Build first (`pnpm bench` writes the feeds; NO_MINIFY=1 for readable names, see README).
//   node bench/profile.mjs 'case=calendar&impl=ours&view=agenda&src=/bench/out/calendar-50.json' [runs] [top]
import { withBrowser } from './support/browser.mjs';

const [query, runs = '3', top = '30'] = process.argv.slice(2);
if (!query) throw new Error('usage: node bench/profile.mjs <bench.html query> [runs] [top]');
const self = new Map();
const times = [];
let timeline = [];
await withBrowser(async (bench) => {
  for (let run = 0; run < Number(runs); run++) {
    let cdp;
    const { page, result, close } = await bench.open(new URLSearchParams(query), {
      async beforeNavigate(page) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      },
    });
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
        .map((e) => [
          e.name.replace(/.*\//, ''),
          Math.round(e.startTime),
          Math.round(e.responseEnd),
        ]),
    );
    await close();
  }
});
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
