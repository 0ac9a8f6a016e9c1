// packages/inbox as a child process (its own `tsx src/main.ts`), for the demo and the end-to-end
// tests: started with the given environment, ready once /health answers.
import { spawn } from 'node:child_process';

const INBOX = new URL('../../packages/inbox/', import.meta.url);

/**
 * Starts the inbox on 127.0.0.1:`port` with `env` (INBOX_* settings) on top of this process's.
 * `stdout`: 'pipe' to read its JSON log lines, 'ignore' otherwise. Resolves to its URL, the child
 * and `stop()` (which resolves once it has exited); fails when /health does not answer in `waitMs`.
 */
export async function launchInbox({ port, env, stdout = 'ignore', waitMs = 30000 }) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: INBOX,
    stdio: ['ignore', stdout, 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Whatever way this process ends (a signal's handler exiting early, an uncaught error), the
  // service goes with it instead of keeping its port: a leftover on 8787 breaks the next demo.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  void exited.then(() => process.off('exit', orphanGuard));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child, exited, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`packages/inbox did not start within ${waitMs / 1000} s`);
}
