// A static file server for a folder on a free 127.0.0.1 port: the built Storybook for its smoke
// test, the repository for the benchmarks. Nothing outside the folder is served.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` (`/` and `…/` as `index.html`); resolves with the listening server. `memory`:
 * keep each file after its first read, so timed runs do no file I/O.
 */
export function serveDirectory(dir, { memory = false } = {}) {
  const root = normalize(dir.endsWith(sep) ? dir : `${dir}${sep}`);
  const kept = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = kept.get(file) ?? (await readFile(file));
      if (memory) kept.set(file, body);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
