// A TCP port on 127.0.0.1 for a server started next: the demo's receiver and the tests' own.
import { createServer } from 'node:net';

/** `preferred` when nobody listens on it (0: none preferred), otherwise any free port. */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && preferred !== 0) resolve(freePort(0));
      else reject(error);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
