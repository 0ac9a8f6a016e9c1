import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type ConfigError, loadConfig } from '../src/config.ts';
import {
  fetchPublicText,
  PublicFetchError,
  type PublicFetchOptions,
} from '../src/content/fetch-public.ts';

/** A calendar server on the loopback: private, so only reachable when allowed. */
let server: Server;
let base = '';
const CALENDAR = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/cal.ics') response.end(CALENDAR);
    else if (path === '/moved') response.writeHead(302, { location: '/cal.ics' }).end();
    else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (path === '/inside')
      response.writeHead(302, { location: 'http://10.255.255.1/x' }).end();
    else if (path === '/file') response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (path === '/big') response.end('x'.repeat(4096));
    else if (path === '/big-chunked') {
      for (let i = 0; i < 8; i++) response.write('y'.repeat(512));
      response.end();
    } else response.writeHead(404).end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const allowed: PublicFetchOptions = { limit: 1024, filter: { allowIPAddressList: ['127.0.0.1'] } };

/** The problem a fetch failed with (the test fails if it did not fail). */
async function problemOf(url: string, options: PublicFetchOptions = allowed): Promise<string> {
  try {
    await fetchPublicText(url, options);
  } catch (error) {
    assert.ok(error instanceof PublicFetchError, String(error));
    return error.problem;
  }
  assert.fail(`${url} was fetched`);
}

describe('fetchPublicText: an editor’s calendar link fetched by the service', () => {
  test('a private address is refused unless the administrator allowed it', async () => {
    assert.equal(await problemOf(`${base}/cal.ics`, { limit: 1024 }), 'address');
    assert.equal(
      await problemOf('http://169.254.169.254/latest/meta-data', { limit: 1024 }),
      'address',
    );
    assert.equal(await fetchPublicText(`${base}/cal.ics`, allowed), CALENDAR);
  });

  test('redirects are followed, each checked again, a loop or another scheme refused', async () => {
    assert.equal(await fetchPublicText(`${base}/moved`, allowed), CALENDAR);
    assert.equal(await problemOf(`${base}/inside`), 'address');
    assert.equal(await problemOf(`${base}/file`), 'address');
    assert.equal(await problemOf(`${base}/loop`), 'status');
  });

  test('an answer over the limit is cut off, declared or streamed; an error status says so', async () => {
    assert.equal(await problemOf(`${base}/big`), 'too-large');
    assert.equal(await problemOf(`${base}/big-chunked`), 'too-large');
    assert.equal(await problemOf(`${base}/missing`), 'status');
  });

  test('INBOX_FETCH_ALLOW takes IPs and CIDRs and names a wrong entry', () => {
    assert.deepEqual(loadConfig({}).fetchAllow, []);
    assert.deepEqual(
      loadConfig({ INBOX_FETCH_ALLOW: '10.1.2.0/24, 192.168.0.5,fd00::/8' }).fetchAllow,
      ['10.1.2.0/24', '192.168.0.5', 'fd00::/8'],
    );
    assert.throws(
      () => loadConfig({ INBOX_FETCH_ALLOW: '10.1.2.0/33,intranet' }),
      (error: ConfigError) =>
        error.problems.filter((p) => p.startsWith('INBOX_FETCH_ALLOW')).length === 2,
    );
  });
});
