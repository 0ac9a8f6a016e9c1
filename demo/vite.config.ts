import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The demo school site: `pnpm demo`, then open http://localhost:5173/. Served from the
 * repository root so the page can load the widgets' source through one module script (as a
 * school site loads dist/metodika.js) and the sample feeds from demo/feeds/.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  server: { host: true, port: 5173 },
  plugins: [rootToDemo],
});
