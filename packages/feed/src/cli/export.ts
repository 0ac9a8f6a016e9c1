import { writeFile } from 'node:fs/promises';
import { parseFeed } from '../parse.ts';
import type { Lang } from '../problems.ts';
import type { Feed } from '../schema/feed.ts';
import { EXIT, type Io } from './io.ts';
import type { CliMessages } from './messages.ts';
import { readSource } from './read-source.ts';
import { formatReport } from './report.ts';

/** What an export command makes of a usable feed: the file's text and what it holds, in words. */
export interface Export {
  body: string;
  /** «12 мероприятий»: named on stderr when the body goes to a file. */
  what: string;
}

/**
 * The plumbing of the export commands (`ics`, `atom`, `jsonfeed`): reads the feed, reports its
 * problems to stderr, renders it and writes the result to `-o` or stdout.
 */
export async function exportCommand(
  source: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
  render: (feed: Feed) => Export,
): Promise<number> {
  const text = await readSource(source, messages);
  // Tolerant, like the widgets: one bad entry must not keep the others out of the export.
  const { feed, problems } = parseFeed(text, { mode: 'tolerant', lang: options.lang });
  if (problems.length > 0)
    io.err(formatReport(source, problems, messages, { ...io, color: false }));
  if (!feed) {
    io.err(`${messages.feedUnusable}\n`);
    return EXIT.problems;
  }
  const { body, what } = render(feed);
  if (options.output) {
    await writeFile(options.output, body, 'utf8');
    io.err(`${messages.written(options.output, what)}\n`);
  } else {
    io.out(body);
  }
  return EXIT.ok;
}
