import { MetodikaElement } from './metodika-element.ts';

/**
 * Links between widgets, in one table: for each kind of entry, the widget that opens it — its
 * tag, the hash name an id-less one answers to (`MetodikaElement.hashName`) and the hash key of
 * its open item. The widgets take their hash names from here, so a link and its target agree.
 */
export const LINK_TARGETS = {
  event: { tag: 'metodika-calendar', hashName: 'cal', key: 'ev' },
  practice: { tag: 'metodika-practices', hashName: 'pr', key: 'id' },
  association: { tag: 'metodika-associations', hashName: 'mo', key: 'id' },
} as const;

export type LinkTarget = keyof typeof LINK_TARGETS;

/**
 * A link to an entry in another widget on the page, in that widget's hash format
 * (`<namespace>.<key>=<entry>`, see `MetodikaElement.hashNamespace`) — e.g. the calendar's
 * `cal.ev=…` — or undefined when the page has no such widget (the first one `accept`s). Other
 * hash keys are kept.
 */
export function widgetLink(
  target: LinkTarget,
  entry: string,
  accept: (widget: Element) => boolean = () => true,
): string | undefined {
  const { tag, hashName, key } = LINK_TARGETS[target];
  const widget = [...document.querySelectorAll<Element>(tag as string)].find(accept);
  if (!widget) return undefined;
  const prefix = `${widget instanceof MetodikaElement ? widget.hashNamespace : widget.id || hashName}.`;
  const kept = location.hash
    .slice(1)
    .split('&')
    .filter((part) => part && !part.startsWith(prefix));
  return `#${[...kept, `${prefix}${key}=${encodeURIComponent(entry)}`].join('&')}`;
}
