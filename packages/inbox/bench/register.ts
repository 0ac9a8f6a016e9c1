/**
 * Registration throughput against a running service: `node --import tsx bench/register.ts <url>`
 * where <url> is `…/api/registrations/<eventId>` of an event whose list the service keeps (see
 * bench/register-feed.ts for a feed to start the service with). Every request is a new person, so
 * each is a durable insert behind the event's lock. Prints requests/s and the statuses; check the
 * places with `GET <url>` afterwards: nothing lost (201s = confirmed + waiting), nothing oversold.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/api/registrations/bench-event');
const origin = process.env.BENCH_ORIGIN ?? 'https://school1.example.ru';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
let n = 0;

function body(): string {
  n += 1;
  return JSON.stringify({
    idempotencyKey: randomUUID(),
    name: `Участник ${n}`,
    organization: { name: 'МБОУ СОШ № 3' },
    email: `p${n}-${randomUUID().slice(0, 8)}@school.example.ru`,
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    locale: 'ru',
    fillMs: 30_000,
  });
}

function post(): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = body();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          origin,
          'content-length': Buffer.byteLength(payload),
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

const statuses: Record<number, number> = {};
const until = Date.now() + seconds * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const status = await post();
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const total = Object.values(statuses).reduce((a, b) => a + b, 0);
const places = await (await fetch(url)).json();
console.log(
  JSON.stringify({
    requests: total,
    seconds: Math.round(elapsed * 100) / 100,
    perSecond: Math.round(total / elapsed),
    concurrency,
    statuses,
    places,
  }),
);
agent.destroy();
