import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../problems.ts';
import {
  buildFeedFromCsv,
  buildFeedFromTables,
  type CsvBuild,
  type CsvProblem,
  formatLocation,
} from './csv/build-feed.ts';
import { feedToCsvFiles } from './csv/export-feed.ts';
import { EXIT, type Io, paint, UsageError } from './io.ts';
import type { CliMessages } from './messages.ts';
import { readSource } from './read-source.ts';
import { summaryLine } from './report.ts';

/** A file system error as the usage error (exit 2) that names the path and the error's code. */
const unreadable = (path: string, error: unknown, messages: CliMessages) =>
  new UsageError(messages.cannotRead(path, (error as NodeJS.ErrnoException).code ?? String(error)));

/** Reads every `*.csv` of a folder (names lower-cased: Windows users type Events.csv too). */
async function readFolder(folder: string, messages: CliMessages): Promise<Map<string, Uint8Array>> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    throw unreadable(folder, error, messages);
  }
  const files = new Map<string, Uint8Array>();
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv')).sort()) {
    files.set(name.toLowerCase(), await readFile(join(folder, name)));
  }
  return files;
}

function formatProblems(
  problems: readonly CsvProblem[],
  lang: Lang,
  io: Io,
  sheets: boolean,
): string {
  return problems
    .map((problem) => {
      const marker =
        problem.severity === 'error' ? paint(io, 'red', '✖') : paint(io, 'yellow', '⚠');
      return `${marker} ${formatLocation(problem, lang, { sheets })}: ${problem.message}`;
    })
    .join('\n');
}

/** A workbook is named by its extension; anything else is a folder of CSV files. */
export const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** Reads a workbook's sheets as the layout's tables and builds the feed from them. */
async function buildFromWorkbook(
  path: string,
  lang: Lang,
  messages: CliMessages,
): Promise<CsvBuild> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw unreadable(path, error, messages);
  }
  // Loaded on demand: exceljs is large, and the other commands never need it.
  const { WorkbookTooLargeError, workbookToTables } = await import('../xlsx/workbook.ts');
  let tables: Awaited<ReturnType<typeof workbookToTables>>;
  try {
    tables = await workbookToTables(bytes, { lang });
  } catch (error) {
    const detail = error instanceof WorkbookTooLargeError ? error.message : messages.notWorkbook;
    throw new UsageError(messages.cannotRead(path, detail));
  }
  return buildFeedFromTables(tables, { lang });
}

/**
 * `metodika build <folder|book.xlsx> [-o feed.json]`: CSV tables or a workbook's sheets →
 * feed.json, problems located by cell.
 */
export async function buildCommand(
  source: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const build = isWorkbook(source)
    ? await buildFromWorkbook(source, options.lang, messages)
    : buildFeedFromCsv(await readFolder(source, messages), { lang: options.lang });
  if (build.problems.length > 0)
    io.out(`${formatProblems(build.problems, options.lang, io, isWorkbook(source))}\n\n`);
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

/** The feed as written (not as parsed), so nothing the author typed is lost on the way out. */
async function readFeedAsWritten(
  source: string,
  messages: CliMessages,
): Promise<Record<string, unknown>> {
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
  return feed as Record<string, unknown>;
}

/** `metodika csv <feed.json> <folder>`: a feed → the CSV tables `build` reads. */
export async function csvCommand(
  source: string,
  folder: string,
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const files = feedToCsvFiles(await readFeedAsWritten(source, messages));
  await mkdir(folder, { recursive: true });
  for (const [name, content] of files) await writeFile(join(folder, name), content, 'utf8');
  io.out(`${messages.written(folder, messages.files(files.size))}\n`);
  return EXIT.ok;
}

/**
 * `metodika xlsx <feed.json> [-o feed.xlsx] [--template]`: a feed → the workbook `build` (and the
 * department's console) reads; `--template` adds the drop-down lists and date formats.
 */
export async function xlsxCommand(
  source: string,
  options: { output: string | undefined; lang: Lang; template: boolean },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const feed = await readFeedAsWritten(source, messages);
  const { feedToWorkbook } = await import('../xlsx/workbook.ts');
  const output = options.output ?? 'feed.xlsx';
  const bytes = await feedToWorkbook(feed, { lang: options.lang, template: options.template });
  await writeFile(output, bytes);
  const events = Array.isArray(feed.events) ? feed.events.length : 0;
  io.out(`${messages.written(output, messages.events(events))}\n`);
  return EXIT.ok;
}
