import { type Feed, type Lang, parseFeed } from '@metodika/feed';
import { readFeedSource } from './content/seed.ts';

/** Names for the ids a request carries: its topic and the methodist it is addressed to. */
export interface Labels {
  topic(id: string, lang?: Lang): string;
  person(id: string): string;
  /** Every known topic and methodist, for the console's filters. */
  all(lang?: Lang): {
    topics: { id: string; label: string }[];
    people: { id: string; label: string }[];
  };
}

interface FeedNames {
  topics: Map<string, { label: string; labelEn?: string }>;
  people: Map<string, string>;
}

const EMPTY: FeedNames = { topics: new Map(), people: new Map() };

/** Reads topic and people names out of a feed document; anything unexpected is skipped. */
export function namesFromFeed(feed: unknown): FeedNames {
  const names: FeedNames = { topics: new Map(), people: new Map() };
  const doc = feed as {
    consultation?: { topics?: { id?: unknown; label?: unknown; labelEn?: unknown }[] };
    people?: { id?: unknown; name?: unknown }[];
  };
  for (const topic of Array.isArray(doc?.consultation?.topics) ? doc.consultation.topics : []) {
    if (typeof topic?.id === 'string' && typeof topic.label === 'string') {
      names.topics.set(topic.id, {
        label: topic.label,
        ...(typeof topic.labelEn === 'string' ? { labelEn: topic.labelEn } : {}),
      });
    }
  }
  for (const person of Array.isArray(doc?.people) ? doc.people : []) {
    if (typeof person?.id === 'string' && typeof person.name === 'string') {
      names.people.set(person.id, person.name);
    }
  }
  return names;
}

/** The department's published feed as last read (null until it loads, or without one). */
export interface FeedSource {
  feed(): Feed | null;
}

/** Labels that are the ids themselves (no feed configured; tests). */
export function staticLabels(names: unknown = null): Labels {
  const known = names ? namesFromFeed(names) : EMPTY;
  return {
    topic: (id, lang = 'ru') => {
      const topic = known.topics.get(id);
      return (lang === 'en' ? topic?.labelEn : undefined) ?? topic?.label ?? id;
    },
    person: (id) => known.people.get(id) ?? id,
    all: (lang = 'ru') => listOf(known, lang),
  };
}

function listOf(names: FeedNames, lang: Lang) {
  return {
    topics: [...names.topics].map(([id, t]) => ({
      id,
      label: (lang === 'en' ? t.labelEn : undefined) ?? t.label,
    })),
    people: [...names.people].map(([id, label]) => ({ id, label })),
  };
}

/** How often every process asks the database whether a new version was published. */
const PUBLISHED_CHECK_MS = 30_000;

/**
 * Labels from the department's feed: the newest version published from the console once there is
 * one (`published`), otherwise `INBOX_FEED` (a file or an http(s) URL); until it loads, or
 * without either, ids stand for themselves. Re-read every ten minutes (a URL's feed changes on
 * its own), and within half a minute of a publish in any process: `publishedTag` (the newest
 * version's ETag, one small query) is compared every 30 s, `check` does it at once.
 */
export function feedLabels(
  source: string | null,
  onError: (error: unknown) => void,
  published: () => Promise<string | null> = async () => null,
  publishedTag: () => Promise<string | null> = async () => null,
): Labels & FeedSource & { refresh(): Promise<void>; check(): Promise<void>; stop(): void } {
  let names = EMPTY;
  let parsed: Feed | null = null;
  /** The newest version's tag when the labels were last read. */
  let seenTag: string | null = null;
  const check = async () => {
    try {
      if ((await publishedTag()) !== seenTag) await refresh();
    } catch (error) {
      onError(error);
    }
  };
  const refresh = async () => {
    try {
      seenTag = await publishedTag();
      const text = (await published()) ?? (source ? await readFeedSource(source) : null);
      if (text === null) return;
      const document = JSON.parse(text);
      names = namesFromFeed(document);
      // The valid part of the feed: events with their registration settings, for the sign-ups.
      parsed = parseFeed(document).feed ?? parsed;
    } catch (error) {
      onError(error);
    }
  };
  const timer = setInterval(() => void refresh(), 600_000);
  timer.unref();
  const checkTimer = setInterval(() => void check(), PUBLISHED_CHECK_MS);
  checkTimer.unref();
  return {
    refresh,
    check,
    feed: () => parsed,
    stop: () => {
      clearInterval(timer);
      clearInterval(checkTimer);
    },
    topic: (id, lang = 'ru') => {
      const topic = names.topics.get(id);
      return (lang === 'en' ? topic?.labelEn : undefined) ?? topic?.label ?? id;
    },
    person: (id) => names.people.get(id) ?? id,
    all: (lang = 'ru') => ({
      topics: [...names.topics].map(([id, t]) => ({
        id,
        label: (lang === 'en' ? t.labelEn : undefined) ?? t.label,
      })),
      people: [...names.people].map(([id, label]) => ({ id, label })),
    }),
  };
}
