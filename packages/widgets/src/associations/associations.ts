import {
  type Association,
  type DayKey,
  type FeedEvent,
  type FeedView,
  formatDay,
  type Organization,
  plural,
  queryWords,
  type Sourced,
  todayInZone,
  visitorTimeZone,
} from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { collectionStyles } from '../base/collection/collection.styles.ts';
import { CollectionController, labelList } from '../base/collection/collection.ts';
import { renderEntryDialog, renderEventRef, syncDialog } from '../base/collection/details.ts';
import { facetOptions, renderFilters } from '../base/collection/filter-bar.ts';
import { renderCount, renderNoMatches, renderShowMore } from '../base/collection/list-parts.ts';
import { renderLink, renderRow, taxonomyLabels } from '../base/collection/rows.ts';
import { type Facet, filterItems } from '../base/filters.ts';
import { waitFor } from '../base/lazy-part.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { LINK_TARGETS, widgetLink } from '../base/widget-links.ts';
import { type AssociationsStrings, associationsStrings } from './associations.strings.ts';
import { associationsStyles } from './associations.styles.ts';
import { series } from './associations-lazy.ts';
import {
  ASSOCIATION_FACETS,
  associationsBasedAt,
  type Entry,
  eventsAtVenue,
  PLATFORM_FACETS,
  prepareDirectory,
  upcomingEvents,
} from './associations-model.ts';

/** Meetings of each series among an association's or a platform's upcoming events. */
const PER_SERIES = 3;

/** Cards shown at first and added by "show more". */
const PAGE = 20;

/**
 * The directory of methodical associations (РМО, ШМО, творческие группы, клубы наставников…)
 * with filters, search and details (upcoming events and practices from the same feed); with
 * `mode="platforms"`, the feed's base and support schools, sites, resource centres and «Точки
 * роста» with their roles, each opening its details (the associations based there, the events
 * held there) like an association does, also from a `#pl.id=…` link. Presets narrow it for a
 * school's page: `subject`, `kind`, `audience`, `education-level` (with a notice saying so and
 * «Показать все объединения» to widen it for the visit; ids the feed lacks narrow nothing), or
 * one association's card with `association-id`.
 *
 * @summary Methodical associations and platforms of a methodical service's feed.
 * @csspart root - The inner wrapper.
 * @csspart filters - Search and facets.
 * @csspart search - The search box.
 * @csspart facet - One filter (a disclosure with its checkboxes).
 * @csspart chips - Active filters.
 * @csspart preset - The notice that presets narrow the directory, with its widen button.
 * @csspart count - The number of entries found.
 * @csspart card - One association or organization.
 * @csspart show-more - The "show more" button.
 * @csspart dialog - The details dialog.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with Retry.
 * @csspart empty - The "nothing here" / "nothing found" message.
 * @csspart stale - The "showing a saved copy" banner.
 * @cssproperty --metodika-accent - Links and selected controls.
 * @cssproperty --metodika-accent-contrast - Text on the accent colour.
 * @cssproperty --metodika-surface - Background of the widget and its dialogs.
 * @cssproperty --metodika-surface-alt - Background of secondary areas (chips, hovered buttons, skeleton).
 * @cssproperty --metodika-text - Text colour.
 * @cssproperty --metodika-text-muted - Secondary text.
 * @cssproperty --metodika-border - Card borders.
 * @cssproperty --metodika-danger - Errors.
 * @cssproperty --metodika-radius - Corner radius.
 * @cssproperty --metodika-space - Spacing unit.
 * @cssproperty --metodika-focus - Focus ring.
 */
export class MetodikaAssociations extends MetodikaElement {
  static override styles = [baseStyles, collectionStyles, associationsStyles];

  /** `associations` (default) or `platforms`: organizations with roles (base schools, sites…). */
  @property() mode: 'associations' | 'platforms' = 'associations';

  /** Shows only this association's card with its details. */
  @property({ attribute: 'association-id' }) associationId = '';

  /** Only associations of these subjects (ids, space-separated). */
  @property() subject = '';

  /** Only associations of these kinds (`rmo shmo`…). */
  @property() kind = '';

  /** Only associations for these audiences (ids of the feed's `audiences`). */
  @property() audience = '';

  /** Only associations of these education levels (ids of the feed's `educationLevels`). */
  @property({ attribute: 'education-level' }) educationLevel = '';

  /** Today as an ISO date (`2026-11-23`) for "upcoming"; by default the publisher's today. */
  @property() today = '';

  private readonly collection = new CollectionController(this, {
    namespace: () => this.hashNamespace,
    keys: {
      kind: 'kind',
      level: 'level',
      subjects: 'subj',
      educationLevels: 'edu',
      audiences: 'aud',
      role: 'role',
      roleLevel: 'rlvl',
    },
    page: PAGE,
    listed: 'associations',
    presets: () => ({
      subjects: ['subject', this.subject],
      kind: ['kind', this.kind],
      audiences: ['audience', this.audience],
      educationLevels: ['education-level', this.educationLevel],
    }),
  });

  protected override get hashName(): string {
    return this.mode === 'platforms' ? 'pl' : LINK_TARGETS.association.hashName;
  }

  /** The directory's words in the current language. */
  get s(): AssociationsStrings {
    return associationsStrings[this.locale];
  }

  /**
   * True while the part that tells the series' rhythm is on its way (set each render): cards are
   * drawn at once, those of associations with series hold a placeholder line for it.
   */
  private seriesPending = false;

  private todayKey(): DayKey {
    if (/^\d{4}-\d{2}-\d{2}$/.test(this.today)) return this.today;
    try {
      return todayInZone(this.feed.state.view?.sources[0]?.publisher.timeZone ?? visitorTimeZone());
    } catch {
      return todayInZone(visitorTimeZone());
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.feed.state.view || this.associationId) return;
    this.collection.sync();
    // Only an entry that exists opens: a stale link to a removed one leaves the list as it is.
    const found = this.renderRoot.querySelector('#details-title') !== null;
    syncDialog(this.renderRoot.querySelector('dialog'), found, () =>
      this.renderRoot.querySelector<HTMLElement>('.card button'),
    );
  }

  protected override renderContent(): TemplateResult {
    const s = this.s;
    const platforms = this.mode === 'platforms';
    // A feed with recurring events fetches the part that tells their rhythm without waiting for
    // it (a failed fetch leaves the cards without the rhythm); it draws again when it arrives.
    const view = this.feed.state.view;
    this.seriesPending =
      (view?.events.some((event) => event.recurrence) ?? false) && waitFor(series, this);
    if (this.associationId) return html`${this.renderFeedState((view) => this.renderSingle(view))}`;
    const title = platforms ? s.platforms : s.title;
    return html`<section aria-label=${this.uniqueName(title)}>
      <h2 id="title" class="title">${title}</h2>
      ${this.renderFeedState(
        (view) => (platforms ? this.renderPlatforms(view) : this.renderDirectory(view)),
        {
          // The feed's own emptiness: a selection that holds nothing says so under its notice,
          // with «Показать все объединения».
          isEmpty: (view) =>
            prepareDirectory(view)[platforms ? 'platforms' : 'associations'].length === 0,
          emptyText: platforms ? s.emptyPlatforms : s.empty,
        },
      )}
    </section>`;
  }

  /** Associations within the presets. */
  private presetAssociations(view: FeedView): Entry<Association>[] {
    return this.collection.inPreset(prepareDirectory(view).associations, this.labels(view));
  }

  /** The ids each directory facet knows, with their labels in the page's language. */
  private labels(view: FeedView): Record<(typeof ASSOCIATION_FACETS)[number], Map<string, string>> {
    const s = this.s;
    return {
      kind: new Map(Object.entries(s.kinds)),
      level: new Map(Object.entries(s.levels)),
      subjects: taxonomyLabels(view, 'subjects', this.locale),
      educationLevels: taxonomyLabels(view, 'educationLevels', this.locale),
      audiences: taxonomyLabels(view, 'audiences', this.locale),
    };
  }

  private facets<K extends string>(
    keys: readonly K[],
    entries: readonly Entry<unknown>[],
    labels: Record<K, Map<string, string>>,
  ): Facet[] {
    const names = this.s.facets as Record<string, string>;
    return keys.map((key) => ({
      key,
      label: names[key]!,
      options: facetOptions(entries, (e) => e.facets[key], labels[key]),
    }));
  }

  /** The shared list layout: filters, count, cards or "nothing found", "show more", details. */
  private renderList<T>(
    all: readonly Entry<T>[],
    facets: Facet[],
    searchLabel: string,
    forms: AssociationsStrings['members'],
    card: (entry: Entry<T>) => TemplateResult,
    dialog: TemplateResult,
  ): TemplateResult {
    const c = this.collection;
    const found = filterItems(all, { selection: c.selection, words: queryWords(c.query) });
    const filters = renderFilters(c, {
      facets,
      searchLabel,
      landmark: this.uniqueName(searchLabel),
      t: this.t,
    });
    return html`${filters} ${renderCount(found.length, all.length, this.locale, forms)}
      ${
        found.length === 0
          ? renderNoMatches(c, this.t, this.locale)
          : html`<ul class="cards">
              ${found.slice(0, c.limit).map((entry) => html`<li>${card(entry)}</li>`)}
            </ul>`
      }
      ${renderShowMore(found.length, c.limit, this.t, this.locale, () => c.more())} ${dialog}`;
  }

  private renderDirectory(view: FeedView): TemplateResult {
    const s = this.s;
    const labels = this.labels(view);
    const all = this.presetAssociations(view);
    const facets = this.facets(ASSOCIATION_FACETS, all, labels);
    const open = all.find((entry) => entry.item.id === this.collection.open)?.item;
    return html`${this.collection.renderPreset(labels, s.facets, this.locale)}${this.renderList(
      all,
      facets,
      s.search,
      s.associations,
      (entry) => this.renderCard(entry.item, view),
      this.renderDialog(open, view),
    )}`;
  }

  private renderSingle(view: FeedView): TemplateResult {
    const association = view.associations.find((a) => a.id === this.associationId);
    if (!association) return html`<p class="state empty" part="empty">${this.s.notFound}</p>`;
    return html`<article class="card single" part="card" aria-labelledby="title">
      <h2 id="title">${association.name}</h2>
      ${this.renderFacts(association, view)} ${this.renderMore(association, view)}
    </article>`;
  }

  private opener(id: string, name: string): TemplateResult {
    return html`<button type="button" class="link" data-id=${id} @click=${() => this.collection.show(id)}>${name}</button>`;
  }

  private renderCard(association: Association, view: FeedView): TemplateResult {
    const id = `a-${association.id}`;
    return html`<article class="card" part="card" aria-labelledby=${id}>
      <h3 id=${id}>${this.opener(association.id, association.name)}</h3>
      ${this.renderFacts(association, view)}
    </article>`;
  }

  /** Kind, level, theme, leader with contacts, base organizations, meetings, members, links. */
  private renderFacts(association: Association, view: FeedView): TemplateResult {
    const s = this.s;
    const leader = association.leader
      ? view.people.find((p) => p.id === association.leader)
      : undefined;
    const bases = (association.baseOrganizations ?? [])
      .map((id) => view.organizations.find((o) => o.id === id))
      .filter((org) => org !== undefined);
    const subjects = labelList(association.subjects, taxonomyLabels(view, 'subjects', this.locale));
    return html`<p class="meta">
        <span>${s.kinds[association.kind]}</span> · <span>${s.levels[association.level]}</span>${subjects ? ` · ${subjects}` : ''}
      </p>
      ${association.theme ? html`<p class="theme"><span class="muted">${s.theme}:</span> ${association.theme}</p>` : nothing}
      <dl class="facts">
        ${renderRow(
          s.leader,
          leader
            ? html`${leader.name}${leader.position ? html`<span class="muted">, ${leader.position}</span>` : nothing}
              ${leader.email ? html`<br />${renderLink(`mailto:${leader.email}`, leader.email)}` : nothing}
              ${leader.phone ? html`<br />${renderLink(`tel:${leader.phone.replace(/[^\d+]/g, '')}`, leader.phone)}` : nothing}`
            : undefined,
        )}
        ${renderRow(s.base, bases.length ? html`${bases.map((org, i) => html`${i ? ', ' : ''}${org.site ? renderLink(org.site, org.shortName ?? org.name, s.newWindow) : (org.shortName ?? org.name)}`)}` : undefined)}
        ${renderRow(s.meetings, association.meetings)}
        ${this.renderRhythm(association, view)}
        ${renderRow(s.memberCount, association.memberCount === undefined ? undefined : plural(association.memberCount, this.locale, s.members))}
      </dl>
      ${
        association.links?.length
          ? html`<ul class="links" aria-label=${s.links}>
              ${association.links.map((link) => html`<li>${renderLink(link.url, link.title, s.newWindow)}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  /**
   * The rhythm and next meetings of the association's series, or while their part is on its way
   * a placeholder line where the rhythm will be (hidden from screen readers, which would only
   * hear an empty row); nothing for an association without series.
   */
  private renderRhythm(association: Association, view: FeedView): unknown {
    const part = series.get();
    if (part) return part.renderRhythm(view, association.id, this.todayKey(), this.locale, this.s);
    const hasSeries = view.events.some(
      (event) => event.recurrence && event.associations?.includes(association.id),
    );
    return this.seriesPending && hasSeries
      ? html`<div class="row rhythm-pending" aria-hidden="true">
          <dt>${this.s.rhythm}</dt>
          <dd><span class="pending-bar"></span></dd>
        </div>`
      : nothing;
  }

  /** Description, upcoming events and practices: what the details add to the card. */
  private renderMore(association: Association, view: FeedView): TemplateResult {
    const s = this.s;
    const events = upcomingEvents(view, association.id, this.todayKey());
    const practices = view.practices.filter((p) => p.association === association.id);
    const paragraphs = (association.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
    return html`${paragraphs.map((p) => html`<p class="description">${p}</p>`)}
      <h3>${s.upcoming}</h3>
      ${this.renderEvents(events, view)}
      ${
        practices.length
          ? html`<h3>${s.practices}</h3>
            <ul class="practices">
              ${practices.map((practice) => {
                const href = widgetLink('practice', practice.id);
                return html`<li>${href ? html`<a href=${href}>${practice.title}</a>` : practice.title}</li>`;
              })}
            </ul>`
          : nothing
      }`;
  }

  /** Upcoming events with their dates, linked to the page's calendar, or "none". */
  private renderEvents(events: Sourced<FeedEvent>[], view: FeedView): TemplateResult {
    const part = series.get();
    if (part) events = part.upcomingMeetings(view, events, this.todayKey(), PER_SERIES);
    return events.length
      ? html`<ul class="upcoming">
          ${events.map((event) => html`<li>${renderEventRef(event, view, this.locale)}</li>`)}
        </ul>`
      : html`<p class="muted">${this.s.noUpcoming}</p>`;
  }

  private renderDialog(association: Association | undefined, view: FeedView): TemplateResult {
    return renderEntryDialog(
      this.collection,
      association?.name,
      () => html`${this.renderFacts(association!, view)} ${this.renderMore(association!, view)}`,
      this.t.close,
    );
  }

  private renderPlatforms(view: FeedView): TemplateResult {
    const s = this.s;
    const all = prepareDirectory(view).platforms;
    const facets = this.facets(PLATFORM_FACETS, all, {
      role: new Map(Object.entries(s.roles)),
      roleLevel: new Map(Object.entries(s.roleLevels)),
    });
    const open = all.find((entry) => entry.item.id === this.collection.open)?.item;
    return this.renderList(
      all,
      facets,
      s.searchPlatforms,
      s.organizations,
      (entry) => this.renderPlatform(entry.item),
      renderEntryDialog(
        this.collection,
        open?.name,
        () => this.renderPlatformDetails(open!, view),
        this.t.close,
      ),
    );
  }

  private renderPlatform(org: Organization): TemplateResult {
    const id = `o-${org.id}`;
    return html`<article class="card" part="card" aria-labelledby=${id}>
      <h3 id=${id}>${this.opener(org.id, org.name)}</h3>
      ${this.renderPlatformFacts(org)}
    </article>`;
  }

  /** Roles with their levels, topics and terms; address and site. */
  private renderPlatformFacts(org: Organization): TemplateResult {
    const s = this.s;
    const day = (value: string) =>
      formatDay(value, this.locale, { day: 'numeric', month: 'long', year: 'numeric' });
    return html`<ul class="roles">
        ${org.roles!.map(
          (role) => html`<li>
            <strong>${s.roles[role.role]}</strong>${role.level ? html` <span class="muted">· ${s.roleLevels[role.level]}</span>` : nothing}
            ${role.topic ? html`<br />${role.topic}` : nothing}
            ${
              role.since || role.until
                ? html`<br /><span class="muted">${[role.since && s.since(day(role.since)), role.until && s.until(day(role.until))].filter(Boolean).join(' ')}</span>`
                : nothing
            }
          </li>`,
        )}
      </ul>
      <dl class="facts">
        ${renderRow(s.address, org.address)} ${renderRow(s.site, org.site ? renderLink(org.site, org.site.replace(/^https?:\/\/|\/$/g, ''), s.newWindow) : undefined)}
      </dl>`;
  }

  /**
   * What the platform's details add to its card: the associations based there (linked to the
   * page's directory when there is one) and the upcoming events held there.
   */
  private renderPlatformDetails(org: Organization, view: FeedView): TemplateResult {
    const s = this.s;
    const based = associationsBasedAt(view, org.id);
    const directory = (el: Element) =>
      el instanceof MetodikaAssociations && el.mode !== 'platforms' && !el.associationId;
    return html`${this.renderPlatformFacts(org)}
      ${
        based.length
          ? html`<h3>${s.basedHere}</h3>
            <ul class="based">
              ${based.map((association) => {
                const href = widgetLink('association', association.id, directory);
                return html`<li>${href ? html`<a href=${href}>${association.name}</a>` : association.name}</li>`;
              })}
            </ul>`
          : nothing
      }
      <h3>${s.upcomingHere}</h3>
      ${this.renderEvents(eventsAtVenue(view, org.id, this.todayKey()), view)}`;
  }
}
