import {
  type Association,
  type DayKey,
  dayInZone,
  type FeedEvent,
  type FeedView,
  foldText,
  isDateOnly,
  type Organization,
  type Sourced,
} from '@metodika/feed';
import type { Browsable } from '../base/filters.ts';

/** An entry prepared once per feed view: facet values and folded search text. */
export interface Entry<T> extends Browsable {
  item: Sourced<T>;
}

/** Facets of the directory, in display order. */
export const ASSOCIATION_FACETS = [
  'kind',
  'level',
  'subjects',
  'educationLevels',
  'audiences',
] as const;
/** Facets of the platforms list. */
export const PLATFORM_FACETS = ['role', 'roleLevel'] as const;

const prepared = new WeakMap<
  FeedView,
  { associations: Entry<Association>[]; platforms: Entry<Organization>[] }
>();

/** Associations (feed order) and organizations with roles, prepared; cached per view. */
export function prepareDirectory(view: FeedView): {
  associations: Entry<Association>[];
  platforms: Entry<Organization>[];
} {
  const cached = prepared.get(view);
  if (cached) return cached;
  const people = new Map(view.people.map((person) => [person.id, person]));
  const organizations = new Map(view.organizations.map((org) => [org.id, org]));
  const associations = view.associations.map((item) => {
    const leader = item.leader ? people.get(item.leader) : undefined;
    const bases = (item.baseOrganizations ?? []).map((id) => organizations.get(id));
    return {
      item,
      facets: {
        kind: [item.kind],
        level: [item.level],
        subjects: item.subjects ?? [],
        educationLevels: item.educationLevels ?? [],
        audiences: item.audiences ?? [],
      },
      text: foldText(
        [
          item.name,
          item.theme,
          leader?.name,
          ...bases.flatMap((org) => [org?.name, org?.shortName]),
        ]
          .filter(Boolean)
          .join(' '),
      ),
    };
  });
  const platforms = view.organizations
    .filter((org) => org.roles?.length)
    .map((item) => ({
      item,
      facets: {
        role: item.roles!.map((role) => role.role),
        roleLevel: item.roles!.flatMap((role) => (role.level ? [role.level] : [])),
      },
      text: foldText(
        [item.name, item.shortName, item.address, ...item.roles!.map((role) => role.topic)]
          .filter(Boolean)
          .join(' '),
      ),
    }));
  const result = { associations, platforms };
  prepared.set(view, result);
  return result;
}

/** The association's events that have not ended before `today` (publisher's zone), by start. */
export function upcomingEvents(
  view: FeedView,
  associationId: string,
  today: DayKey,
): Sourced<FeedEvent>[] {
  return upcoming(view, today, (event) => event.associations?.includes(associationId) ?? false);
}

/** Events held at the organization (their venue) that have not ended before `today`, by start. */
export function eventsAtVenue(
  view: FeedView,
  organizationId: string,
  today: DayKey,
): Sourced<FeedEvent>[] {
  return upcoming(view, today, (event) => event.venue?.organization === organizationId);
}

/** Associations based at the organization, in feed order. */
export function associationsBasedAt(view: FeedView, organizationId: string): Association[] {
  return view.associations.filter((a) => a.baseOrganizations?.includes(organizationId));
}

function upcoming(
  view: FeedView,
  today: DayKey,
  matches: (event: FeedEvent) => boolean,
): Sourced<FeedEvent>[] {
  const zones = new Map(view.sources.map((source) => [source.key, source.publisher.timeZone]));
  const dayOf = (value: string, source: string) => {
    if (isDateOnly(value)) return value;
    try {
      return dayInZone(value, zones.get(source) ?? 'UTC');
    } catch {
      return value.slice(0, 10);
    }
  };
  // A series stays whatever its first meeting's date: its next meetings are found when shown.
  return view.events
    .filter(
      (event) =>
        matches(event) &&
        (event.recurrence !== undefined || dayOf(event.end ?? event.start, event.source) >= today),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
