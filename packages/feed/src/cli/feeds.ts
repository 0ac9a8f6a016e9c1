import { zoneOffsetMinutes } from '../ics/zone.ts';
import { PRACTICE_KIND_LABELS } from '../labels/practice-kinds.ts';
import type { Lang } from '../problems.ts';
import type { Feed } from '../schema/feed.ts';
import type { Practice } from '../schema/practice.ts';
import { exportCommand } from './export.ts';
import type { Io } from './io.ts';
import type { CliMessages } from './messages.ts';
import { plural } from './plural.ts';

/** The commands this module adds: practices for feed readers. */
export const FEED_COMMANDS = ['atom', 'jsonfeed'] as const;
/** `atom` or `jsonfeed`. */
export type FeedCommand = (typeof FEED_COMMANDS)[number];

const HELP: Record<Lang, Record<FeedCommand, string>> = {
  ru: {
    atom: `Использование: metodika atom <лента> [-o practices.atom] [--lang en]

Выгружает лучшие практики в ленту Atom (RFC 4287), новые сверху: на неё можно подписаться
в любой программе чтения лент. Материалы — вложения (enclosure), предметы и темы — категории.`,
    jsonfeed: `Использование: metodika jsonfeed <лента> [-o practices.json] [--lang en]

Выгружает лучшие практики в формате JSON Feed 1.1, новые сверху.`,
  },
  en: {
    atom: `Usage: metodika atom <feed> [-o practices.atom] [--lang en]

Writes the best practices as an Atom feed (RFC 4287), newest first, for any feed reader.
Attachments become enclosures; subjects and tags become categories.`,
    jsonfeed: `Usage: metodika jsonfeed <feed> [-o practices.json] [--lang en]

Writes the best practices as a JSON Feed 1.1, newest first.`,
  },
};

/** Help text of `atom` / `jsonfeed`. */
export function feedCommandHelp(command: FeedCommand, lang: Lang): string {
  return HELP[lang][command];
}

const TITLE: Record<Lang, (publisher: string) => string> = {
  ru: (publisher) => `Лучшие практики — ${publisher}`,
  en: (publisher) => `Best practices — ${publisher}`,
};

/** A practice as both formats need it: dates, labels, authors, a stable id. */
interface Item {
  practice: Practice;
  id: string;
  /** RFC 3339: the publication day's midnight in the publisher's zone. */
  date: string;
  url: string | undefined;
  authors: string[];
  categories: { term: string; label: string }[];
  content: string;
}

/** Midnight of `day` in `zone` as RFC 3339 with the zone's offset (`2026-11-05T00:00:00+03:00`). */
function midnight(day: string, zone: string): string {
  let offset = 0;
  try {
    offset = zoneOffsetMinutes(zone, Date.parse(`${day}T00:00:00Z`));
  } catch {
    // An unknown zone was already reported by the parser; UTC is the honest fallback.
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T00:00:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The feed's practices, newest first, prepared for export. */
function items(feed: Feed, lang: Lang): Item[] {
  const labels = new Map<string, string>();
  for (const list of Object.values(feed.taxonomies ?? {}))
    for (const entry of list ?? [])
      labels.set(entry.id, (lang === 'en' && entry.labelEn) || entry.label);
  const organizations = new Map(feed.organizations.map((org) => [org.id, org]));
  const base = feed.publisher.site ?? `urn:metodika:${feed.publisher.id}:`;
  return [...feed.practices]
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'ru'))
    .map((practice) => {
      const authors = practice.authors.map((author) => {
        const org = author.organization ? organizations.get(author.organization) : undefined;
        return [
          author.name,
          author.position,
          org ? (org.shortName ?? org.name) : author.organizationName,
        ]
          .filter(Boolean)
          .join(', ');
      });
      const categories = [
        { term: practice.kind, label: PRACTICE_KIND_LABELS[lang][practice.kind] },
        ...[
          ...(practice.subjects ?? []),
          ...(practice.educationLevels ?? []),
          ...(practice.tags ?? []),
        ].map((term) => ({ term, label: labels.get(term) ?? term })),
      ];
      const content = [
        practice.summary,
        authors.join('\n'),
        ...(practice.attachments ?? []).map((file) => `${file.title}: ${file.url}`),
      ]
        .filter(Boolean)
        .join('\n\n');
      return {
        practice,
        id: base.startsWith('urn:')
          ? `${base}practice:${practice.id}`
          : `${base}#practice-${practice.id}`,
        date: midnight(practice.published, feed.publisher.timeZone),
        url: practice.attachments?.[0]?.url ?? feed.publisher.site,
        authors,
        categories,
        content,
      };
    });
}

/** XML text: the five escapes, and characters XML 1.0 forbids dropped. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The practices as an Atom 1.0 document (RFC 4287). */
export function practicesToAtom(feed: Feed, lang: Lang): string {
  const list = items(feed, lang);
  const publisher = feed.publisher;
  const updated = list[0]?.date ?? feed.generatedAt;
  const id = publisher.site
    ? `${publisher.site}#practices`
    : `urn:metodika:${publisher.id}:practices`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xml(id)}</id>`,
    `  <title>${xml(TITLE[lang](publisher.shortName ?? publisher.name))}</title>`,
    `  <updated>${xml(updated)}</updated>`,
    `  <author><name>${xml(publisher.name)}</name>${publisher.email ? `<email>${xml(publisher.email)}</email>` : ''}${publisher.site ? `<uri>${xml(publisher.site)}</uri>` : ''}</author>`,
    publisher.site ? `  <link rel="alternate" href="${xml(publisher.site)}"/>` : '',
    '  <generator>metodika</generator>',
  ];
  for (const item of list) {
    const { practice } = item;
    lines.push(
      '  <entry>',
      `    <id>${xml(item.id)}</id>`,
      `    <title>${xml(practice.title)}</title>`,
      `    <published>${item.date}</published>`,
      `    <updated>${item.date}</updated>`,
      ...item.authors.map((author) => `    <author><name>${xml(author)}</name></author>`),
      ...item.categories.map(
        (c) => `    <category term="${xml(c.term)}" label="${xml(c.label)}"/>`,
      ),
      item.url ? `    <link rel="alternate" href="${xml(item.url)}"/>` : '',
      ...(practice.attachments ?? []).map(
        (file) =>
          `    <link rel="enclosure" href="${xml(file.url)}" title="${xml(file.title)}"${file.mediaType ? ` type="${xml(file.mediaType)}"` : ''}${file.size === undefined ? '' : ` length="${file.size}"`}/>`,
      ),
      practice.summary ? `    <summary>${xml(practice.summary)}</summary>` : '',
      `    <content type="text">${xml(item.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.filter((line) => line !== '').join('\n');
}

/** The practices as a JSON Feed 1.1 object (https://jsonfeed.org/version/1.1). */
export function practicesToJsonFeed(feed: Feed, lang: Lang): Record<string, unknown> {
  const publisher = feed.publisher;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: TITLE[lang](publisher.shortName ?? publisher.name),
    ...(publisher.site ? { home_page_url: publisher.site } : {}),
    language: lang,
    authors: [{ name: publisher.name, ...(publisher.site ? { url: publisher.site } : {}) }],
    items: items(feed, lang).map((item) => {
      const { practice } = item;
      return {
        id: item.id,
        ...(item.url ? { url: item.url } : {}),
        title: practice.title,
        content_text: item.content,
        ...(practice.summary ? { summary: practice.summary } : {}),
        ...(practice.cover ? { image: practice.cover.url } : {}),
        date_published: item.date,
        authors: item.authors.map((name) => ({ name })),
        tags: item.categories.map((c) => c.label),
        ...(practice.attachments?.length
          ? {
              attachments: practice.attachments.map((file) => ({
                url: file.url,
                // JSON Feed requires a type; an unnamed one is plain bytes.
                mime_type: file.mediaType ?? 'application/octet-stream',
                title: file.title,
                ...(file.size === undefined ? {} : { size_in_bytes: file.size }),
              })),
            }
          : {}),
      };
    }),
  };
}

/** `metodika atom|jsonfeed <feed> [-o file]`: the feed's valid practices for feed readers. */
export function feedCommand(
  command: FeedCommand,
  source: string,
  options: { output: string | undefined; lang: Lang },
  messages: CliMessages,
  io: Io,
): Promise<number> {
  const forms =
    options.lang === 'ru'
      ? (['практика', 'практики', 'практик'] as const)
      : (['practice', 'practices', 'practices'] as const);
  return exportCommand(source, options, messages, io, (feed) => ({
    body:
      command === 'atom'
        ? practicesToAtom(feed, options.lang)
        : `${JSON.stringify(practicesToJsonFeed(feed, options.lang), null, 2)}\n`,
    what: plural(feed.practices.length, options.lang, forms),
  }));
}
