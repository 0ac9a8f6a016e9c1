import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../problems.ts';
import { buildFeedFromCsv, type CsvProblem, formatLocation } from './csv/build-feed.ts';
import { feedToCsvFiles } from './csv/export-feed.ts';
import { EXIT, type Io, paint, UsageError } from './io.ts';
import type { CliMessages } from './messages.ts';
import { readSource } from './read-source.ts';
import { summaryLine } from './report.ts';

/** Reads every `*.csv` of a folder (names lower-cased: Windows users type Events.csv too). */
async function readFolder(folder: string, messages: CliMessages): Promise<Map<string, Uint8Array>> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    throw new UsageError(
      messages.cannotRead(folder, (error as NodeJS.ErrnoException).code ?? String(error)),
    );
  }
  const files = new Map<string, Uint8Array>();
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
    files.set(name.toLowerCase(), await readFile(join(folder, name)));
  }
  return files;
}

function formatProblems(problems: readonly CsvProblem[], lang: Lang, io: Io): string {
  return problems
    .map((problem) => {
      const marker =
        problem.severity === 'error' ? paint(io, 'red', '✖') : paint(io, 'yellow', '⚠');
      return `${marker} ${formatLocation(problem, lang)}: ${problem.message}`;
    })
    .join('\n');
}

/** `metodika build <folder> [-o feed.json]`: CSV tables → feed.json, problems located by cell. */
export async function buildCommand(
  folder: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const files = await readFolder(folder, messages);
  const build = buildFeedFromCsv(files, { lang: options.lang });
  if (build.problems.length > 0) io.out(`${formatProblems(build.problems, options.lang, io)}\n\n`);
  const errors = build.problems.filter((p) => p.severity === 'error').length;
  io.out(`${summaryLine({ errors, warnings: build.problems.length - errors }, messages, io)}\n`);
  if (!build.ok) {
    io.out(`${messages.notWritten}\n`);
    return EXIT.problems;
  }
  const output = options.output ?? 'feed.json';
  await writeFile(output, `${JSON.stringify(build.input, null, 2)}\n`, 'utf8');
  const events = Array.isArray(build.input.events) ? build.input.events.length : 0;
  io.out(`${messages.written(output, messages.events(events))}\n`);
  return EXIT.ok;
}

/** `metodika csv <feed.json> <folder>`: a feed → the CSV tables `build` reads. */
export async function csvCommand(
  source: string,
  folder: string,
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const text = await readSource(source, messages);
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(messages.cannotRead(source, (error as Error).message));
  }
  if (feed === null || typeof feed !== 'object' || Array.isArray(feed)) {
    throw new UsageError(messages.cannotRead(source, messages.feedUnusable));
  }
  // The feed is exported as written, not as parsed: nothing the author typed is lost on the way.
  const files = feedToCsvFiles(feed as Record<string, unknown>);
  await mkdir(folder, { recursive: true });
  for (const [name, content] of files) await writeFile(join(folder, name), content, 'utf8');
  io.out(`${messages.written(folder, messages.files(files.size))}\n`);
  return EXIT.ok;
}
