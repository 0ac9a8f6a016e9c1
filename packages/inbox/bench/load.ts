/**
 * The load loop of the service's benches: `concurrency` workers send requests to `url` for
 * `seconds` over kept-alive sockets (BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ORIGIN), then a
 * summary: requests, per second, statuses and latency percentiles.
 */
import { Agent, type OutgoingHttpHeaders, request } from 'node:http';

/** One request of the loop: what to send (a body makes it a POST). */
interface Shot {
  headers?: OutgoingHttpHeaders;
  body?: string;
}

async function load(url: URL, shot: () => Shot) {
  const origin = process.env.BENCH_ORIGIN ?? 'https://school1.example.ru';
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

  const once = (): Promise<{ status: number; bytes: number }> => {
    const { headers, body } = shot();
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: body === undefined ? 'GET' : 'POST',
          agent,
          headers: {
            origin,
            ...(body === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
            ...headers,
          },
        },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };

  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let bytes = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const start = performance.now();
      const answer = await once();
      latencies.push(performance.now() - start);
      bytes += answer.bytes;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
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
    bodyBytes: bytes,
    latencyMs: { p50: pct(0.5), p99: pct(0.99), max: pct(1) },
  };
}

/** POSTs a fresh JSON body each time. */
export function postLoad(url: URL, body: () => string) {
  return load(url, () => ({ body: body() }));
}

/** GETs `url` with the same headers each time (e.g. If-None-Match for revalidation). */
export function getLoad(url: URL, headers: OutgoingHttpHeaders = {}) {
  return load(url, () => ({ headers }));
}
