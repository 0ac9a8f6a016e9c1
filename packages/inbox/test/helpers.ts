import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ConsultationRequest } from '@metodika/feed';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../src/app.ts';
import { type Config, DEFAULTS } from '../src/config.ts';
import { openSqliteStore } from '../src/store/index.ts';
import type { RequestStore } from '../src/store/types.ts';

export const TOKEN = 'test-token-0123456789abcdef';
export const ALLOWED = 'https://school1.example.ru';

/** A config for tests: generous limits, one allowed origin, a token. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...DEFAULTS,
    allowedOrigins: [ALLOWED, 'https://*.edu.example.ru'],
    token: TOKEN,
    rateLimitMax: 1000,
    responseDays: 7,
    ...overrides,
  };
}

let counter = 0;

/** A valid request; every call gets a fresh idempotency key. */
export function validRequest(overrides: Partial<ConsultationRequest> = {}): ConsultationRequest {
  counter += 1;
  return {
    idempotencyKey: `key-${Date.now()}-${counter}-abcdefgh`,
    topic: 'attestation',
    format: 'online',
    name: 'Иванова Мария Петровна',
    position: 'учитель математики',
    organization: { id: 'school-3', name: 'МБОУ СОШ № 3 г. Кузнецка' },
    email: 'maria.ivanova@school3.example.ru',
    phone: '+7 (84157) 3-12-45',
    message: 'Как подготовить портфолио к аттестации на первую категорию?',
    consent: { given: true, version: '2026-09', acceptedAt: '2026-11-23T10:00:00+03:00' },
    page: 'https://school3.example.ru/metodika',
    locale: 'ru',
    website: '',
    fillMs: 45_000,
    ...overrides,
  };
}

/** A fresh directory for a test's SQLite file, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'inbox-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Collects pino's JSON lines. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  }
  /** Every line parsed. */
  get entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line));
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface TestApp {
  app: FastifyInstance;
  store: RequestStore;
  logs: LogCapture;
  dbPath: string;
  close: () => Promise<void>;
}

/** An app on a temp SQLite file with captured logs. */
export async function startApp(
  overrides: Partial<Config> = {},
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const { dir, cleanup } = tempDir();
  const dbPath = join(dir, 'inbox.sqlite');
  const store = options.store ?? (await openSqliteStore(dbPath));
  const logs = new LogCapture();
  const app = await buildApp({ config: testConfig(overrides), store, logStream: logs, ...options });
  await app.ready();
  return {
    app,
    store,
    logs,
    dbPath,
    close: async () => {
      await app.close();
      await store.close();
      cleanup();
    },
  };
}

/** POSTs a request the way the form does. */
export function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/consultations',
    headers: { 'content-type': 'application/json', origin: ALLOWED, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Authorization header for the department's endpoints. */
export const auth = { authorization: `Bearer ${TOKEN}` };
