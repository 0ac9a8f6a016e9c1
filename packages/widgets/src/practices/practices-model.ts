import { type FeedView, foldText, type Practice, type Sourced } from '@metodika/feed';
import { type Browsable, compareRussian } from '../base/filters.ts';

/** A practice prepared once per feed view: facet values and folded search text. */
export interface PracticeItem extends Browsable {
  practice: Sourced<Practice>;
}

/** The facets practices filter by, in display order. */
export const PRACTICE_FACETS = [
  'kind',
  'subjects',
  'educationLevels',
  'tags',
  'association',
] as const;

const prepared = new WeakMap<FeedView, PracticeItem[]>();

/** Featured first, then newest first, then by title; cached per view. */
export function preparePractices(view: FeedView): PracticeItem[] {
  const cached = prepared.get(view);
  if (cached) return cached;
  const labels = new Map<string, string>();
  for (const list of Object.values(view.taxonomies))
    for (const entry of list) labels.set(entry.id, `${entry.label} ${entry.labelEn ?? ''}`);
  for (const association of view.associations) labels.set(association.id, association.name);
  const organizations = new Map(view.organizations.map((org) => [org.id, org]));
  const items = view.practices.map((practice) => {
    const authors = practice.authors.flatMap((author) => {
      const org = author.organization ? organizations.get(author.organization) : undefined;
      return [author.name, author.position, author.organizationName, org?.name, org?.shortName];
    });
    const ids = [
      ...(practice.subjects ?? []),
      ...(practice.educationLevels ?? []),
      ...(practice.tags ?? []),
      practice.association ?? '',
    ];
    return {
      practice,
      facets: {
        kind: [practice.kind],
        subjects: practice.subjects ?? [],
        educationLevels: practice.educationLevels ?? [],
        tags: practice.tags ?? [],
        association: practice.association ? [practice.association] : [],
      },
      text: foldText(
        [practice.title, practice.summary, ...authors, ...ids.map((id) => labels.get(id))]
          .filter(Boolean)
          .join(' '),
      ),
    };
  });
  items.sort(
    (a, b) =>
      Number(b.practice.featured ?? false) - Number(a.practice.featured ?? false) ||
      b.practice.published.localeCompare(a.practice.published) ||
      compareRussian(a.practice.title, b.practice.title),
  );
  prepared.set(view, items);
  return items;
}

/** «1,8 МБ»: bytes in binary units with one decimal, in the page's language. */
export function fileSize(bytes: number, locale: string, units: readonly string[]): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: unit ? 1 : 0 })} ${units[unit]}`;
}

/** The file type as people name it: the URL's extension (PDF, DOCX), else the media subtype. */
export function fileType(url: string, mediaType: string | undefined): string {
  const extension = /\.([a-z0-9]{2,5})$/i.exec(url.split(/[?#]/)[0] ?? '')?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = mediaType?.split('/')[1]?.split(/[.+-]/).pop();
  return subtype ? subtype.toUpperCase() : '';
}
