/**
 * Registration throughput against a running service: `node --import tsx bench/register.ts <url>`
 * where <url> is `…/api/registrations/<eventId>` of an event whose list the service keeps (see
 * bench/register-feed.ts for a feed to start the service with). Every request is a new person, so
 * each is a durable insert behind the event's lock. Prints requests/s and the statuses; check the
 * places with `GET <url>` afterwards: nothing lost (201s = confirmed + waiting), nothing oversold.
 */
import { randomUUID } from 'node:crypto';
import { postLoad } from './load.ts';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/api/registrations/bench-event');
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

const result = await postLoad(url, body);
// The places afterwards: nothing lost (201s = confirmed + waiting), nothing oversold.
const places = await (await fetch(url)).json();
console.log(JSON.stringify({ ...result, places }));
