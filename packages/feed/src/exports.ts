/**
 * Server-side renderings of a feed for subscribers (Node only; the widgets never import this):
 * practices as Atom and JSON Feed. The iCalendar writer is in the main entry (`eventsToICalendar`).
 */
export { practicesToAtom, practicesToJsonFeed } from './cli/feeds.ts';
