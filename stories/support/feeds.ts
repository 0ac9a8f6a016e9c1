import amur from '../../demo/feeds/amur.json';
import kuznetsk from '../../demo/feeds/kuznetsk.json';
import { withLongTexts } from './long-texts.ts';

/** A feed document as JSON (untyped on purpose: variants may break the contract). */
type FeedJson = Record<string, unknown> & { publisher: Record<string, unknown> };

const copy = (feed: object): FeedJson => structuredClone(feed) as FeedJson;

/**
 * The feed documents the mock loader serves, by file name: the two sample feeds as published
 * and variants generated from them for the states a designer needs to see.
 */
export const FEEDS = {
  /** Кузнецк (Europe/Moscow): 48 events, every kind, status and facet. */
  kuznetsk: () => copy(kuznetsk),
  /** Амурск (Asia/Vladivostok): a small feed. */
  amur: () => copy(amur),
  /**
   * Кузнецк's feed with every title, name and label as long as the schema allows (Russian
   * officialese, a 35-letter word): wrapping, truncation and overflow.
   */
  longTexts: () => withLongTexts(copy(kuznetsk)),
  /** A valid feed with nothing in it: the publisher and taxonomies only. */
  empty: () => ({ ...copy(kuznetsk), events: [], associations: [], practices: [] }),
  /**
   * Кузнецк's feed without its `consultation` section (a service that takes no requests online
   * yet): the consultation form says so instead of showing fields that lead nowhere.
   */
  noConsultation: () => {
    const { consultation: _, ...feed } = copy(kuznetsk);
    return feed as FeedJson;
  },
  /**
   * Кузнецк's events published from Vladivostok: the same instants, shown on the publisher's
   * clock (seven hours ahead of Moscow), so dates near midnight move to the next day.
   */
  vladivostok: () => {
    const feed = copy(kuznetsk);
    feed.publisher = { ...feed.publisher, timeZone: 'Asia/Vladivostok' };
    return feed;
  },
} satisfies Record<string, () => FeedJson>;

/** The name of a feed the mock loader serves. */
export type FeedName = keyof typeof FEEDS;
