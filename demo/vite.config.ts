import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { assemble } from './site-layout.mjs';

const DEMO = fileURLToPath(new URL('.', import.meta.url));

/** The demo lives in /demo/; the bare root would only list the repository. */
const rootToDemo: Plugin = {
  name: 'metodika-demo-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
};

const BVI_IMG = '/node_modules/bvi/dist/img/';

/**
 * npm `bvi` ships its CSS without the icons the CSS points at (`dist/img/*.svg`); a school site
 * copies them from bvi's release archive. The demo serves its own drawings (demo/bvi-icons/).
 */
const bviIcons: Plugin = {
  name: 'metodika-demo-bvi-icons',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const name = req.url?.startsWith(BVI_IMG) ? req.url.slice(BVI_IMG.length) : '';
      if (!/^[a-z-]+\.svg$/.test(name)) return next();
      readFile(new URL(`bvi-icons/${name}`, import.meta.url)).then((svg) => {
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(svg);
      }, next);
    });
  },
};

/**
 * The site's header, menus and footer (demo/partials/) around each demo page (demo/site-layout.mjs).
 * Vite's dev server runs this hook for every .html page it serves, not only index.html.
 */
const siteLayout: Plugin = {
  name: 'metodika-demo-site-layout',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, { filename }) =>
      `${dirname(filename)}/` === DEMO ? assemble(html, basename(filename, '.html')) : html,
  },
};

/**
 * The demo school site: `npm run demo` (demo/serve.mjs) builds dist/metodika.js, starts the
 * consultation inbox and this server, and prints the URLs. Served from the repository root so
 * the pages load the built script and the bvi plugin from node_modules, as a school site loads
 * its copies. demo/serve.mjs adds the proxy of `/api/consultations` to the inbox.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  server: { host: true, port: 5173 },
  plugins: [rootToDemo, bviIcons, siteLayout],
});
