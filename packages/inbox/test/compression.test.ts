import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { content } from '../src/content/repo.ts';
import { DEFAULT_DEPARTMENT } from '../src/db/migrations.ts';
import { auth, startApp, type TestApp, tempDir } from './helpers.ts';

const demoFeed = readFileSync(
  new URL('../../../demo/feeds/kuznetsk.json', import.meta.url),
  'utf8',
);

/** The bytes a client gets after undoing the answer's Content-Encoding. */
function decoded(response: LightMyRequestResponse): Buffer {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(response.rawPayload);
  if (coding === 'gzip') return gunzipSync(response.rawPayload);
  assert.equal(coding, undefined, `an unexpected coding ${coding}`);
  return response.rawPayload;
}

/** The Vary header's names, lower-cased. */
const varyOf = (response: LightMyRequestResponse) =>
  String(response.headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());

describe('compressed answers', () => {
  let t: TestApp;
  const widgets = tempDir();
  const consoleBuild = tempDir();
  /** A script well past the threshold, as a real chunk is. */
  const chunk = `export const labels = ${JSON.stringify(
    Array.from({ length: 400 }, (_, i) => `Семинар для учителей № ${i}`),
  )};\n`;
  const consoleScript = `export const pages = ${JSON.stringify(
    Array.from({ length: 300 }, (_, i) => `Страница консоли ${i}`),
  )};\n`;

  before(async () => {
    mkdirSync(join(widgets.dir, 'chunks'));
    writeFileSync(join(widgets.dir, 'metodika.js'), 'import("./chunks/calendar-abc123.js");');
    writeFileSync(join(widgets.dir, 'chunks', 'calendar-abc123.js'), chunk);
    mkdirSync(join(consoleBuild.dir, 'assets'));
    writeFileSync(join(consoleBuild.dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(consoleBuild.dir, 'sites.html'), '<!doctype html><title>sites</title>');
    writeFileSync(join(consoleBuild.dir, 'assets', 'app-AbCd1234.js'), consoleScript);
    t = await startApp({ widgetsDir: widgets.dir, consoleDir: consoleBuild.dir });
    await content.publish(
      t.store.db,
      DEFAULT_DEPARTMENT,
      JSON.parse(demoFeed),
      'test',
      null,
      new Date('2026-12-01T09:00:00Z'),
    );
  });
  after(async () => {
    await t.close();
    widgets.cleanup();
    consoleBuild.cleanup();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  for (const url of ['/feed.json', '/events.ics', '/practices.atom', '/practices.json']) {
    test(`${url}: gzip and brotli decode to the identity bytes, each with its own ETag`, async () => {
      const identity = await get(url);
      assert.equal(identity.statusCode, 200);
      assert.equal(identity.headers['content-encoding'], undefined, 'not compressed unasked');
      const gzip = await get(url, { 'accept-encoding': 'gzip' });
      const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.equal(br.headers['content-encoding'], 'br', 'brotli preferred when offered');
      for (const coded of [gzip, br]) {
        assert.ok(coded.rawPayload.length < identity.rawPayload.length / 3, 'well compressed');
        assert.equal(Number(coded.headers['content-length']), coded.rawPayload.length);
        assert.deepEqual(decoded(coded), identity.rawPayload);
        assert.equal(coded.headers['access-control-allow-origin'], '*');
        assert.equal(coded.headers['content-type'], identity.headers['content-type']);
      }
      for (const answer of [identity, gzip, br]) {
        assert.deepEqual(varyOf(answer), ['accept-language', 'accept-encoding']);
      }
      const etags = new Set([identity, gzip, br].map((answer) => answer.headers.etag));
      assert.equal(etags.size, 3, 'a strong ETag names one coding only');
    });
  }

  test('the feed keeps its own ETag unencoded and answers 304 to a tag from any coding', async () => {
    const identity = await get('/feed.json');
    const stored = await content.latestEtag(t.store.db, DEFAULT_DEPARTMENT);
    assert.equal(identity.headers.etag, stored);
    const br = await get('/feed.json', { 'accept-encoding': 'br' });
    const brTag = String(br.headers.etag);
    assert.match(brTag, /^"[\w-]+"$/, 'strong');

    const revalidated = await get('/feed.json', {
      'accept-encoding': 'br',
      'if-none-match': brTag,
    });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.rawPayload.length, 0, 'empty');
    assert.equal(revalidated.headers['content-encoding'], undefined);
    assert.equal(revalidated.headers.etag, brTag);
    assert.deepEqual(varyOf(revalidated), ['accept-language', 'accept-encoding']);

    // A proxy may hold the brotli copy and ask for a client that takes only gzip.
    const otherCoding = await get('/feed.json', {
      'accept-encoding': 'gzip',
      'if-none-match': `W/${brTag}`,
    });
    assert.equal(otherCoding.statusCode, 304);
    assert.equal(
      otherCoding.headers.etag,
      String((await get('/feed.json', { 'accept-encoding': 'gzip' })).headers.etag),
    );
    const stale = await get('/feed.json', {
      'accept-encoding': 'br',
      'if-none-match': `"${'x'.repeat(27)}-br"`,
    });
    assert.equal(stale.statusCode, 200);
    assert.equal(stale.headers['content-encoding'], 'br');
  });

  test('a coding the service does not make, or refused, gets the bytes as they are', async () => {
    const identity = await get('/feed.json');
    for (const accepted of ['identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const answer = await get('/feed.json', { 'accept-encoding': accepted });
      assert.equal(answer.statusCode, 200);
      assert.equal(answer.headers['content-encoding'], undefined, accepted);
      assert.deepEqual(answer.rawPayload, identity.rawPayload);
      assert.equal(answer.headers.etag, identity.headers.etag);
    }
  });

  test('widget files: coded once, the same bytes, immutable, Vary', async () => {
    const info = (await get('/widgets.json')).json();
    const url = `/widgets/${info.build}/chunks/calendar-abc123.js`;
    const identity = await get(url);
    assert.equal(identity.body, chunk);
    const br = await get(url, { 'accept-encoding': 'br, gzip' });
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    for (const answer of [br, gzip]) {
      assert.equal(decoded(answer).toString('utf8'), chunk);
      assert.match(String(answer.headers['cache-control']), /immutable/);
      assert.deepEqual(varyOf(answer), ['accept-encoding']);
    }
    const again = await get(url, { 'accept-encoding': 'br' });
    assert.deepEqual(again.rawPayload, br.rawPayload, 'the kept bytes');
    // The loader is smaller than the threshold: not worth coding.
    const loader = await get(`/widgets/${info.build}/metodika.js`, { 'accept-encoding': 'br' });
    assert.equal(loader.headers['content-encoding'], undefined);
    assert.equal(loader.body, 'import("./chunks/calendar-abc123.js");');
    const missing = await get(`/widgets/${info.build}/chunks/nothing.js`, {
      'accept-encoding': 'br',
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, 'not_found');
  });

  test("the console's files are compressed by @fastify/compress", async () => {
    const url = '/admin/assets/app-AbCd1234.js';
    const identity = await get(url);
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(identity.body, consoleScript);
    for (const coding of ['br', 'gzip']) {
      const coded = await get(url, { 'accept-encoding': coding });
      assert.equal(coded.statusCode, 200);
      assert.equal(coded.headers['content-encoding'], coding);
      assert.equal(decoded(coded).toString('utf8'), consoleScript);
      assert.ok(varyOf(coded).includes('accept-encoding'));
      assert.match(String(coded.headers['cache-control']), /immutable/);
      // @fastify/static's ETag is weak, so the codings may share it.
      assert.match(String(coded.headers.etag), /^W\//);
    }
    const coded = await get(url, { 'accept-encoding': 'br' });
    const revalidated = await get(url, {
      'accept-encoding': 'br',
      'if-none-match': String(coded.headers.etag),
    });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.rawPayload.length, 0);
    assert.equal(revalidated.headers['content-encoding'], undefined);
    const sites = await get('/sites/assets/app-AbCd1234.js', { 'accept-encoding': 'br' });
    assert.equal(sites.headers['content-encoding'], 'br');
    assert.equal(decoded(sites).toString('utf8'), consoleScript);
  });

  test('small answers and JSON API errors are left alone', async () => {
    const page = await get('/admin/', { 'accept-encoding': 'br, gzip' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['content-encoding'], undefined, 'a file below the threshold');
    assert.match(page.body, /console/);
    const unauthorized = await get('/api/consultations', { 'accept-encoding': 'br, gzip' });
    assert.equal(unauthorized.statusCode, 401);
    assert.equal(unauthorized.headers['content-encoding'], undefined);
    assert.equal(typeof unauthorized.json().error, 'string');
    const bad = await get('/api/consultations?limit=0', { ...auth, 'accept-encoding': 'gzip' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['content-encoding'], undefined);
    assert.equal(bad.json().error, 'bad_request');
    const health = await get('/health', { 'accept-encoding': 'gzip' });
    assert.equal(health.headers['content-encoding'], undefined);
    assert.equal(health.json().ok, true);
  });
});
