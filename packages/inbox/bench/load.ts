/**
 * The load loop of the service's benches: `concurrency` workers POST fresh JSON bodies to `url`
 * for `seconds` over kept-alive sockets (BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ORIGIN), then
 * a summary: requests, per second, statuses and latency percentiles.
 */
import { Agent, request } from 'node:http';

export async function postLoad(url: URL, body: () => string) {
  const origin = process.env.BENCH_ORIGIN ?? 'https://school1.example.ru';
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

  const once = (): Promise<number> => {
    const payload = body();
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            origin,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  };

  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const start = performance.now();
      const status = await once();
      latencies.push(performance.now() - start);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.floor((latencies.length - 1) * p)]?.toFixed(1);
  return {
    requests: latencies.length,
    seconds: Number(elapsed.toFixed(2)),
    perSecond: Math.round(latencies.length / elapsed),
    concurrency,
    statuses: Object.fromEntries(statuses),
    latencyMs: { p50: pct(0.5), p99: pct(0.99), max: pct(1) },
  };
}
