/**
 * The published feed under load, against a running service:
 * `node --import tsx bench/feed-get.ts [http://127.0.0.1:8787/feed.json]`. First as a returning
 * visitor's browser asks (If-None-Match with the current ETag: every answer should be a 304),
 * then as a first visit (the whole feed each time). BENCH_SECONDS each, BENCH_CONCURRENCY (32).
 */
import { getLoad } from './load.ts';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/feed.json');
const first = await fetch(url);
const etag = first.headers.get('etag');
if (!first.ok || !etag) throw new Error(`${url}: ${first.status}, ETag ${etag}`);
const size = (await first.arrayBuffer()).byteLength;

const revalidated = await getLoad(url, { 'if-none-match': etag });
const full = await getLoad(url);
console.log(JSON.stringify({ url: String(url), feedBytes: size, revalidated, full }));
