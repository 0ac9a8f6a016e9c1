/**
 * Entry point of the `metodika` CLI (bin/metodika.js imports it; `tsx src/cli/main.ts` runs it).
 * Sets the exit code instead of calling process.exit so piped output is flushed first.
 */
import { run } from './run.ts';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
};

process.exitCode = await run(process.argv.slice(2), io);
