import { parseFeed } from '../parse.ts';
import type { Lang } from '../problems.ts';
import { EXIT, type Io } from './io.ts';
import type { CliMessages } from './messages.ts';
import { readSource } from './read-source.ts';
import { countProblems, formatReport } from './report.ts';

/** Options of `metodika validate`. */
export interface ValidateOptions {
  json: boolean;
  lang: Lang;
  timeoutSeconds: number;
}

/** `metodika validate <file|url>`: strict check; exit 0 without errors, 1 with errors. */
export async function validateCommand(
  source: string,
  options: ValidateOptions,
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const text = await readSource(source, messages, options.timeoutSeconds);
  const { problems, ok } = parseFeed(text, { mode: 'strict', lang: options.lang });
  if (options.json) {
    io.out(`${JSON.stringify({ ok, problems, counts: countProblems(problems) }, null, 2)}\n`);
  } else {
    io.out(formatReport(source, problems, messages, io));
  }
  return ok ? EXIT.ok : EXIT.problems;
}
