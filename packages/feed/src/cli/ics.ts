import { eventsToICalendar } from '../ics/index.ts';
import type { Lang } from '../problems.ts';
import { exportCommand } from './export.ts';
import type { Io } from './io.ts';
import type { CliMessages } from './messages.ts';

/** `metodika ics <feed> [-o out.ics]`: the feed's valid events as an iCalendar file. */
export function icsCommand(
  source: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  return exportCommand(source, options, messages, io, (feed) => ({
    body: eventsToICalendar(feed, { lang: options.lang }),
    what: messages.events(feed.events.length),
  }));
}
