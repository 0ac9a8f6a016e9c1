/**
 * What the one generic editor shows for each part of the feed: where the part is in the
 * document, its fields (by path, with a kind that says which control edits it), how a list is
 * searched and filtered, and which widget previews an item. Allowed values come from the feed's
 * schema constants and references from its reference rules (editor-model.ts), so the editor
 * cannot offer what the feed would refuse.
 */
import {
  ASSOCIATION_KINDS,
  ASSOCIATION_LEVELS,
  CONSULTATION_FORMATS,
  type CollectionName,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LINK_KINDS,
  ORGANIZATION_ROLES,
  ORGANIZATION_TYPES,
  PRACTICE_KINDS,
  type RefTarget,
  ROLE_LEVELS,
  TAXONOMY_NAMES,
  type TaxonomyName,
} from '@metodika/feed';

/** The enumerations a select offers; their words are in editors.strings.ts. */
export const ENUMS = {
  organizationType: ORGANIZATION_TYPES,
  organizationRole: ORGANIZATION_ROLES,
  roleLevel: ROLE_LEVELS,
  linkKind: LINK_KINDS,
  eventKind: EVENT_KINDS,
  eventStatus: EVENT_STATUSES,
  eventFormat: EVENT_FORMATS,
  associationKind: ASSOCIATION_KINDS,
  associationLevel: ASSOCIATION_LEVELS,
  practiceKind: PRACTICE_KINDS,
  consultationFormat: CONSULTATION_FORMATS,
} as const;
export type EnumName = keyof typeof ENUMS;

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'tel'
  | 'url'
  | 'int'
  | 'bool'
  | 'date'
  /** A date, and a time for an event that is not all-day (written with the zone's offset). */
  | 'when'
  | 'enum'
  | 'enums'
  | 'ref'
  | 'refs'
  /** A list of small objects (a practice's authors, a registration's questions). */
  | 'list'
  /** The recurrence rule builder (recurrence-builder.ts). */
  | 'recurrence'
  /** A series' next meetings, each cancelled, moved or restored (meeting-changes.ts). */
  | 'meetings';

export interface FieldDescriptor {
  /** Dotted path in the item (`venue.organization`); also the label's and the error's key. */
  path: string;
  kind: FieldKind;
  /** For enum and enums. */
  values?: EnumName;
  /** A select may be left empty (the field is optional). */
  optional?: boolean;
  /** For list: the fields of each entry. */
  fields?: FieldDescriptor[];
  /** For ref and refs where the feed's rules have none (the consultation's methodists). */
  target?: RefTarget;
  /** Only for new items (an id others refer to is not renamed here). */
  createOnly?: boolean;
  /** The fieldset the field is drawn in (its legend is in the strings). */
  section?: string;
  /**
   * For bool: the feed reads the field as on when it is absent, so the box is ticked unless the
   * value is `false`, and only `false` is written (a ticked box leaves the feed as it was).
   */
  defaultOn?: true;
}

export type PreviewKind = 'calendar' | 'associations' | 'practices';

export interface CollectionDescriptor {
  /** The route's `c` value and the strings' key. */
  key: string;
  /** Where it is in the document. */
  path: readonly string[];
  /** Publisher and consultation settings: one object, not a list. */
  single?: boolean;
  /** The collection whose reference rules apply to its fields. */
  rules?: CollectionName;
  /** What other items call it in the reference rules. */
  target?: RefTarget;
  fields: FieldDescriptor[];
  /** A select filtering the list by this field's value. */
  filter?: { path: string; values: EnumName | 'bool' };
  preview?: PreviewKind;
  /** What a new item starts with. */
  blank?: () => Record<string, unknown>;
}

const f = (
  path: string,
  kind: FieldKind,
  more: Omit<FieldDescriptor, 'path' | 'kind'> = {},
): FieldDescriptor => ({ path, kind, ...more });
const id = f('id', 'text', { createOnly: true });
const taxonomy = (name: TaxonomyName): CollectionDescriptor => ({
  key: `taxonomies.${name}`,
  path: ['taxonomies', name],
  target: `taxonomies.${name}`,
  fields: [id, f('label', 'text'), f('labelEn', 'text')],
});

export const COLLECTION_DESCRIPTORS: CollectionDescriptor[] = [
  {
    key: 'publisher',
    path: ['publisher'],
    single: true,
    fields: [
      f('id', 'text'),
      f('name', 'text'),
      f('shortName', 'text'),
      f('kind', 'text'),
      f('region', 'text'),
      f('municipality', 'text'),
      f('timeZone', 'text'),
      f('site', 'url'),
      f('email', 'email'),
      f('phone', 'tel'),
      f('address', 'text'),
      f('eventsPage', 'url'),
      f('calendarUrl', 'url'),
    ],
  },
  {
    key: 'organizations',
    path: ['organizations'],
    rules: 'organizations',
    target: 'organizations',
    filter: { path: 'type', values: 'organizationType' },
    blank: () => ({ id: '', name: '', type: 'school' }),
    fields: [
      id,
      f('name', 'text'),
      f('shortName', 'text'),
      f('type', 'enum', { values: 'organizationType' }),
      f('address', 'text'),
      f('site', 'url'),
      f('roles', 'list', {
        fields: [
          f('role', 'enum', { values: 'organizationRole' }),
          f('level', 'enum', { values: 'roleLevel', optional: true }),
          f('topic', 'text'),
          f('since', 'date'),
          f('until', 'date'),
        ],
      }),
    ],
  },
  {
    key: 'people',
    path: ['people'],
    rules: 'people',
    target: 'people',
    filter: { path: 'publicConsent', values: 'bool' },
    blank: () => ({ id: '', name: '' }),
    fields: [
      id,
      f('name', 'text'),
      f('position', 'text'),
      f('organization', 'ref'),
      f('directions', 'refs'),
      f('email', 'email'),
      f('phone', 'tel'),
      f('publicConsent', 'bool'),
    ],
  },
  ...TAXONOMY_NAMES.map(taxonomy),
  {
    key: 'events',
    path: ['events'],
    rules: 'events',
    target: 'events',
    filter: { path: 'status', values: 'eventStatus' },
    preview: 'calendar',
    blank: () => ({ id: '', title: '', kind: 'seminar', start: '' }),
    fields: [
      id,
      f('title', 'text'),
      f('kind', 'enum', { values: 'eventKind' }),
      f('start', 'when'),
      f('end', 'when'),
      f('status', 'enum', { values: 'eventStatus', optional: true }),
      f('statusNote', 'textarea'),
      f('format', 'enum', { values: 'eventFormat', optional: true }),
      f('venue.organization', 'ref', { section: 'venue' }),
      f('venue.address', 'text', { section: 'venue' }),
      f('venue.room', 'text', { section: 'venue' }),
      f('onlineUrl', 'url', { section: 'venue' }),
      f('subjects', 'refs', { section: 'who' }),
      f('audiences', 'refs', { section: 'who' }),
      f('educationLevels', 'refs', { section: 'who' }),
      f('associations', 'refs', { section: 'who' }),
      f('responsible', 'ref', { section: 'who' }),
      f('description', 'textarea'),
      f('materials', 'list', { fields: [f('title', 'text'), f('url', 'url')] }),
      f('registration.url', 'url', { section: 'registration' }),
      f('registration.endpoint', 'url', { section: 'registration' }),
      f('registration.capacity', 'int', { section: 'registration' }),
      f('registration.deadline', 'when', { section: 'registration' }),
      f('registration.waitlist', 'bool', { section: 'registration' }),
      f('registration.reminder', 'bool', { section: 'registration', defaultOn: true }),
      f('registration.questions', 'list', {
        section: 'registration',
        fields: [f('id', 'text'), f('label', 'text'), f('required', 'bool')],
      }),
      f('recurrence', 'recurrence', { section: 'recurrence' }),
      f('recurrence.changes', 'meetings', { section: 'recurrence' }),
    ],
  },
  {
    key: 'associations',
    path: ['associations'],
    rules: 'associations',
    target: 'associations',
    filter: { path: 'kind', values: 'associationKind' },
    preview: 'associations',
    blank: () => ({ id: '', name: '', kind: 'rmo' }),
    fields: [
      id,
      f('name', 'text'),
      f('kind', 'enum', { values: 'associationKind' }),
      f('level', 'enum', { values: 'associationLevel', optional: true }),
      f('leader', 'ref'),
      f('baseOrganizations', 'refs'),
      f('subjects', 'refs'),
      f('educationLevels', 'refs'),
      f('audiences', 'refs'),
      f('theme', 'textarea'),
      f('description', 'textarea'),
      f('meetings', 'text'),
      f('memberCount', 'int'),
      f('links', 'list', {
        fields: [
          f('title', 'text'),
          f('url', 'url'),
          f('kind', 'enum', { values: 'linkKind', optional: true }),
        ],
      }),
    ],
  },
  {
    key: 'practices',
    path: ['practices'],
    rules: 'practices',
    target: 'practices',
    filter: { path: 'kind', values: 'practiceKind' },
    preview: 'practices',
    blank: () => ({ id: '', title: '', kind: 'experience', authors: [{ name: '' }] }),
    fields: [
      id,
      f('title', 'text'),
      f('kind', 'enum', { values: 'practiceKind' }),
      f('published', 'date'),
      f('summary', 'textarea'),
      f('authors', 'list', {
        fields: [f('name', 'text'), f('position', 'text'), f('organization', 'ref')],
      }),
      f('subjects', 'refs'),
      f('educationLevels', 'refs'),
      f('tags', 'refs'),
      f('association', 'ref'),
      f('event', 'ref'),
      f('attachments', 'list', { fields: [f('title', 'text'), f('url', 'url')] }),
      f('cover.url', 'url'),
      f('cover.alt', 'text'),
      f('featured', 'bool'),
    ],
  },
  {
    key: 'consultation',
    path: ['consultation'],
    single: true,
    fields: [
      f('endpoint', 'url'),
      f('topics', 'list', { fields: [f('id', 'text'), f('label', 'text'), f('labelEn', 'text')] }),
      f('methodists', 'refs', { target: 'people' }),
      f('formats', 'enums', { values: 'consultationFormat' }),
      f('responseDays', 'int'),
      f('consent.operator', 'text', { section: 'consent' }),
      f('consent.operatorAddress', 'text', { section: 'consent' }),
      f('consent.purpose', 'textarea', { section: 'consent' }),
      f('consent.retention', 'textarea', { section: 'consent' }),
      f('consent.withdrawal', 'textarea', { section: 'consent' }),
      f('consent.text', 'textarea', { section: 'consent' }),
      f('consent.version', 'text', { section: 'consent' }),
      f('consent.policyUrl', 'url', { section: 'consent' }),
    ],
  },
];

export const descriptorOf = (key: string | null): CollectionDescriptor =>
  COLLECTION_DESCRIPTORS.find((d) => d.key === key) ?? COLLECTION_DESCRIPTORS[1]!;
