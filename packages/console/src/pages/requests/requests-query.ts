/**
 * The requests list's filters as they live in the hash (`#/requests?status=new&q=…&page=2`):
 * reload, Back and a shared link keep them. Pure, so the codec is unit-tested.
 */
export interface RequestFilters {
  status: string;
  topic: string;
  methodist: string;
  from: string;
  to: string;
  q: string;
  page: number;
  /** Rows per page: one of PAGE_SIZES; the service's default when 0. */
  pageSize: number;
}

/** The page sizes the service accepts; the first is its default. */
export const PAGE_SIZES = [50, 20, 100, 200] as const;

export const FILTER_KEYS = ['status', 'topic', 'methodist', 'from', 'to', 'q'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the hash's query; malformed values are dropped. */
export function readFilters(query: URLSearchParams): RequestFilters {
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  const size = Number(query.get('pageSize'));
  const date = (key: string) => {
    const value = query.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    status: query.get('status') ?? '',
    topic: query.get('topic') ?? '',
    methodist: query.get('methodist') ?? '',
    from: date('from'),
    to: date('to'),
    q: (query.get('q') ?? '').slice(0, 200),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: [10, ...PAGE_SIZES].includes(size) ? size : 0,
  };
}

/** The query for the hash and the API: empty values and page 1 left out. */
export function filterQuery(filters: RequestFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (filters[key]) out[key] = filters[key];
  if (filters.page > 1) out.page = String(filters.page);
  if (filters.pageSize) out.pageSize = String(filters.pageSize);
  return out;
}

/** Any filter set besides the page. */
export function isFiltered(filters: RequestFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}
