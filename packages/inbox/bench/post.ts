/**
 * POST throughput against a running receiver: `pnpm --filter @metodika/inbox bench [url]`.
 * Each request has a fresh idempotency key, so every one is a durable insert. Start the server
 * with a high INBOX_RATE_LIMIT first, or the limiter answers 429 instead.
 */

import { randomUUID } from 'node:crypto';
import { postLoad } from './load.ts';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/api/consultations');

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

console.log(JSON.stringify(await postLoad(url, body)));
