import amur from '../../demo/feeds/amur.json';
import kuznetsk from '../../demo/feeds/kuznetsk.json';
import { seriesFeed } from '../../packages/widgets/src/calendar/series-feed.fixture.ts';
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
   * Кузнецк's feed with four events whose lists the department's service keeps (registration
   * stories): a master class with places, a waiting list and two extra questions; one past its
   * sign-up deadline; one cancelled; one already started.
   */
  registration: () => {
    const feed = copy(kuznetsk);
    const endpoint = 'https://metodkab-kuz.example/api/registrations';
    const event = (id: string, title: string, extra: Record<string, unknown>) => ({
      id,
      title,
      kind: 'master-class',
      start: '2031-03-10T10:00:00+03:00',
      end: '2031-03-10T12:00:00+03:00',
      ...extra,
    });
    feed.events = [
      ...(feed.events as object[]),
      event('reg-master-class', 'Мастер-класс «Формирующее оценивание на уроке»', {
        registration: {
          endpoint,
          capacity: 25,
          waitlist: true,
          deadline: '2031-03-05',
          questions: [
            { id: 'subject', label: 'Предмет', required: true },
            { id: 'years', label: 'Педагогический стаж' },
          ],
        },
      }),
      event('reg-late', 'Стажировка «Наставничество в школе»', {
        registration: { endpoint, capacity: 12, deadline: '2026-01-15' },
      }),
      event('reg-cancelled', 'Семинар «Рабочие программы по ФООП»', {
        status: 'cancelled',
        registration: { endpoint, capacity: 40 },
      }),
      event('reg-started', 'Практикум «Функциональная грамотность»', {
        start: '2026-02-10T10:00:00+03:00',
        end: '2026-02-10T12:00:00+03:00',
        registration: { endpoint, capacity: 20 },
      }),
    ];
    return feed;
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
  /**
   * Recurring events published from Vladivostok (the widgets' test fixture): an РМО every
   * second Tuesday with one meeting cancelled (10 November) and one moved (8 → 10 December), a
   * weekly webinar, a monthly all-day школа молодого педагога.
   */
  series: () => copy(seriesFeed()),
} satisfies Record<string, () => FeedJson>;

/** The name of a feed the mock loader serves. */
export type FeedName = keyof typeof FEEDS;
