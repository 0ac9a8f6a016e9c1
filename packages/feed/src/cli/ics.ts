import { writeFile } from 'node:fs/promises';
import { eventsToICalendar } from '../ics/index.ts';
import { parseFeed } from '../parse.ts';
import type { Lang } from '../problems.ts';
import { EXIT, type Io } from './io.ts';
import type { CliMessages } from './messages.ts';
import { readSource } from './read-source.ts';
import { formatReport } from './report.ts';

/** `metodika ics <feed> [-o out.ics]`: the feed's valid events as an iCalendar file. */
export async function icsCommand(
  source: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const text = await readSource(source, messages);
  // Tolerant, like the widgets: one bad event must not keep the others out of the calendar.
  const { feed, problems } = parseFeed(text, { mode: 'tolerant', lang: options.lang });
  if (problems.length > 0)
    io.err(formatReport(source, problems, messages, { ...io, color: false }));
  if (!feed) {
    io.err(`${messages.feedUnusable}\n`);
    return EXIT.problems;
  }
  const calendar = eventsToICalendar(feed, { lang: options.lang });
  if (options.output) {
    await writeFile(options.output, calendar, 'utf8');
    io.err(`${messages.written(options.output, messages.events(feed.events.length))}\n`);
  } else {
    io.out(calendar);
  }
  return EXIT.ok;
}
