/**
 * POST throughput against a running receiver: `pnpm --filter @metodika/inbox bench [url]`.
 * Each request has a fresh idempotency key, so every one is a durable insert. Start the server
 * with a high INBOX_RATE_LIMIT first, or the limiter answers 429 instead.
 */

import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/api/consultations');
const origin = process.env.BENCH_ORIGIN ?? 'https://school1.example.ru';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function body(): string {
  return JSON.stringify({
    idempotencyKey: randomUUID(),
    topic: 'attestation',
    format: 'online',
    name: 'Иванова Мария Петровна',
    organization: { name: 'МБОУ СОШ № 3' },
    email: 'maria@school3.example.ru',
    message: 'Как подготовить портфолио к аттестации на первую категорию?',
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
    fillMs: 30_000,
  });
}

function once(): Promise<number> {
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
}

const statuses = new Map<number, number>();
const latencies: number[] = [];
const end = performance.now() + seconds * 1000;
async function worker(): Promise<void> {
  while (performance.now() < end) {
    const start = performance.now();
    const status = await once();
    latencies.push(performance.now() - start);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.floor((latencies.length - 1) * p)]?.toFixed(1);
console.log(
  JSON.stringify({
    requests: latencies.length,
    seconds: Number(elapsed.toFixed(2)),
    perSecond: Math.round(latencies.length / elapsed),
    concurrency,
    statuses: Object.fromEntries(statuses),
    latencyMs: { p50: pct(0.5), p99: pct(0.99), max: pct(1) },
  }),
);
agent.destroy();
