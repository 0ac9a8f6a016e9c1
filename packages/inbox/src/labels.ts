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

/**
 * Labels from the department's feed, re-read every ten minutes: the newest version published from
 * the console once there is one (`published`), otherwise `INBOX_FEED` (a file or an http(s) URL);
 * until it loads, or without either, ids stand for themselves.
 */
export function feedLabels(
  source: string | null,
  onError: (error: unknown) => void,
  published: () => Promise<string | null> = async () => null,
): Labels & FeedSource & { refresh(): Promise<void>; stop(): void } {
  let names = EMPTY;
  let parsed: Feed | null = null;
  const refresh = async () => {
    try {
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
  return {
    refresh,
    feed: () => parsed,
    stop: () => clearInterval(timer),
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
