import { type FeedView, formatDay, queryWords, safeHref } from '@metodika/feed';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { collectionStyles } from '../base/collection/collection.styles.ts';
import {
  CollectionController,
  type FacetLabels,
  labelList,
} from '../base/collection/collection.ts';
import { renderEntryDialog, renderEventRef, syncDialog } from '../base/collection/details.ts';
import { facetOptions, renderFilters } from '../base/collection/filter-bar.ts';
import { renderCount, renderNoMatches, renderShowMore } from '../base/collection/list-parts.ts';
import { renderLink, renderRow, taxonomyLabels } from '../base/collection/rows.ts';
import { type Facet, filterItems } from '../base/filters.ts';
import { MetodikaElement } from '../base/metodika-element.ts';
import { baseStyles } from '../base/styles/base.styles.ts';
import { LINK_TARGETS } from '../base/widget-links.ts';
import { type PracticesStrings, practicesStrings } from './practices.strings.ts';
import { practicesStyles } from './practices.styles.ts';
import {
  fileSize,
  fileType,
  PRACTICE_FACETS,
  type PracticeItem,
  preparePractices,
} from './practices-model.ts';

/** Cards shown at first and added by "show more". */
const PAGE = 12;

/**
 * The best-practice feed: cards newest first with featured ones pinned on top, filters, search,
 * "show more", details with attachments and the event where the practice was presented.
 * With `limit` it is a compact "latest N" strip for a home page. Presets narrow it for a school's
 * page — `subject`, `kind`, `education-level`, `tag`, `association` — with a notice saying so and
 * «Показать все практики» to widen it for the visit; ids the feed lacks are named in the console
 * and narrow nothing.
 *
 * @summary Best practices of a methodical service's feed.
 * @csspart root - The inner wrapper.
 * @csspart filters - Search and facets.
 * @csspart search - The search box.
 * @csspart facet - One filter (a disclosure with its checkboxes).
 * @csspart chips - Active filters.
 * @csspart preset - The notice that presets narrow the list, with its widen button.
 * @csspart count - The number of practices found.
 * @csspart card - One practice.
 * @csspart cover - A card's cover image.
 * @csspart show-more - The "show more" button.
 * @csspart dialog - The details dialog.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message with Retry.
 * @csspart empty - The "no practices" / "nothing found" message.
 * @csspart stale - The "showing a saved copy" banner.
 * @cssproperty --metodika-accent - Links, selected controls, featured mark.
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
export class MetodikaPractices extends MetodikaElement {
  static override styles = [baseStyles, collectionStyles, practicesStyles];

  /** Shows only the newest N practices as a compact strip without filters (0: the full feed). */
  @property({ type: Number }) limit = 0;

  /** Only practices of these subjects (ids of the feed's `subjects`, space-separated). */
  @property() subject = '';

  /** Only practices of these kinds (`methodical-development lesson-plan`…). */
  @property() kind = '';

  /** Only practices for these education levels (ids of the feed's `educationLevels`). */
  @property({ attribute: 'education-level' }) educationLevel = '';

  /** Only practices with these tags (ids of the feed's `tags`). */
  @property() tag = '';

  /** Only practices of these associations (association ids, space-separated). */
  @property() association = '';

  private readonly collection = new CollectionController(this, {
    namespace: () => this.hashNamespace,
    keys: {
      kind: 'kind',
      subjects: 'subj',
      educationLevels: 'lvl',
      tags: 'tag',
      association: 'assoc',
    },
    page: PAGE,
    listed: 'practices',
    presets: () => ({
      kind: ['kind', this.kind],
      subjects: ['subject', this.subject],
      educationLevels: ['education-level', this.educationLevel],
      tags: ['tag', this.tag],
      association: ['association', this.association],
    }),
  });

  protected override get hashName(): string {
    return LINK_TARGETS.practice.hashName;
  }

  /** The practice feed's words in the current language. */
  get s(): PracticesStrings {
    return practicesStrings[this.locale];
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.feed.state.view;
    if (!view) return;
    if (this.collection.open && !view.practices.some((p) => p.id === this.collection.open))
      this.collection.open = '';
    if (!this.limit) this.collection.sync();
    syncDialog(this.renderRoot.querySelector('dialog'), Boolean(this.collection.open), () =>
      this.renderRoot.querySelector<HTMLElement>('.card button, .strip button'),
    );
  }

  protected override renderContent(): TemplateResult {
    const s = this.s;
    const title = this.limit ? s.latest : s.title;
    return html`<section aria-label=${this.uniqueName(title)}>
      <h2 id="title" class="title">${title}</h2>
      ${this.renderFeedState(
        (view) => (this.limit ? this.renderStrip(view) : this.renderFeed(view)),
        {
          isEmpty: (view) => view.practices.length === 0,
          emptyText: s.empty,
        },
      )}
    </section>`;
  }

  /** The ids each facet knows, with their labels in the page's language. */
  private labels(view: FeedView): Record<(typeof PRACTICE_FACETS)[number], Map<string, string>> {
    return {
      kind: new Map(Object.entries(this.s.kinds)),
      subjects: taxonomyLabels(view, 'subjects', this.locale),
      educationLevels: taxonomyLabels(view, 'educationLevels', this.locale),
      tags: taxonomyLabels(view, 'tags', this.locale),
      association: new Map(view.associations.map((a) => [a.id, a.name])),
    };
  }

  private facets(items: readonly PracticeItem[], labels: FacetLabels): Facet[] {
    return PRACTICE_FACETS.map((key) => ({
      key,
      label: this.s.facets[key],
      options: facetOptions(items, (item) => item.facets[key], labels[key] ?? new Map()),
    }));
  }

  private renderFeed(view: FeedView): TemplateResult {
    const c = this.collection;
    const labels = this.labels(view);
    const all = c.inPreset(preparePractices(view), labels);
    const found = filterItems(all, { selection: c.selection, words: queryWords(c.query) });
    const search = this.s.search;
    return html`${c.renderPreset(labels, this.s.facets, this.locale)}
      ${renderFilters(c, { facets: this.facets(all, labels), searchLabel: search, landmark: this.uniqueName(search), t: this.t })}
      ${renderCount(found.length, all.length, this.locale, this.s.practices)}
      ${
        found.length === 0
          ? renderNoMatches(c, this.t, this.locale)
          : html`<ul class="cards">
              ${found.slice(0, c.limit).map((item) => html`<li>${this.renderCard(item, view)}</li>`)}
            </ul>`
      }
      ${renderShowMore(found.length, c.limit, this.t, this.locale, () => c.more())} ${this.renderDialog(view)}`;
  }

  private renderStrip(view: FeedView): TemplateResult {
    const labels = this.labels(view);
    const newest = [...this.collection.inPreset(preparePractices(view), labels, false)]
      .sort((a, b) => b.practice.published.localeCompare(a.practice.published))
      .slice(0, this.limit);
    return html`${this.collection.renderPreset(labels, this.s.facets, this.locale, false)}
      <ol class="strip">
        ${newest.map(
          ({ practice }) => html`<li part="card">
            ${this.renderOpener(practice.id, practice.title)}
            <span class="muted">${this.date(practice.published)} · ${this.s.kinds[practice.kind]}</span>
          </li>`,
        )}
      </ol>
      ${this.renderDialog(view)}`;
  }

  private renderOpener(id: string, title: string): TemplateResult {
    return html`<button type="button" class="link" data-id=${id} @click=${() => this.collection.show(id)}>${title}</button>`;
  }

  private date(day: string): string {
    return formatDay(day, this.locale, { day: 'numeric', month: 'long', year: 'numeric' });
  }

  private authors(item: PracticeItem, view: FeedView): TemplateResult {
    return html`<ul class="authors">
      ${item.practice.authors.map((author) => {
        const org = author.organization
          ? view.organizations.find((o) => o.id === author.organization)
          : undefined;
        const where = org ? (org.shortName ?? org.name) : author.organizationName;
        return html`<li>${author.name}${[author.position, where].filter(Boolean).map((part) => html`<span class="muted">, ${part}</span>`)}</li>`;
      })}
    </ul>`;
  }

  private tags(item: PracticeItem, view: FeedView): TemplateResult {
    const values = [
      ...labelList(item.practice.subjects, taxonomyLabels(view, 'subjects', this.locale)).split(
        ', ',
      ),
      ...labelList(
        item.practice.educationLevels,
        taxonomyLabels(view, 'educationLevels', this.locale),
      ).split(', '),
      ...labelList(item.practice.tags, taxonomyLabels(view, 'tags', this.locale)).split(', '),
    ].filter(Boolean);
    return html`<ul class="tags">
      ${values.map((value) => html`<li class="tag">${value}</li>`)}
    </ul>`;
  }

  private renderCard(item: PracticeItem, view: FeedView): TemplateResult {
    const { practice } = item;
    const s = this.s;
    const cover = practice.cover;
    const src = safeHref(cover?.url);
    const id = `p-${practice.id}`;
    return html`<article class="card ${practice.featured ? 'featured' : ''}" part="card" aria-labelledby=${id}>
      ${
        cover && src
          ? html`<img
              part="cover"
              src=${src}
              alt=${cover.alt}
              loading="lazy"
              decoding="async"
              width=${ifDefined(cover.width)}
              height=${ifDefined(cover.height)}
            />`
          : nothing
      }
      <h3 id=${id}>${this.renderOpener(practice.id, practice.title)}</h3>
      <p class="meta">
        ${practice.featured ? html`<span class="badge">${s.featured}</span>` : nothing}
        <span>${s.kinds[practice.kind]}</span> · <time datetime=${practice.published}>${this.date(practice.published)}</time>
      </p>
      ${practice.summary ? html`<p>${practice.summary}</p>` : nothing} ${this.authors(item, view)} ${this.tags(item, view)}
    </article>`;
  }

  private renderDialog(view: FeedView): TemplateResult {
    const s = this.s;
    const item = preparePractices(view).find((i) => i.practice.id === this.collection.open);
    const practice = item?.practice;
    const event = practice?.event ? view.events.find((e) => e.id === practice.event) : undefined;
    const association = practice?.association
      ? view.associations.find((a) => a.id === practice.association)
      : undefined;
    if (!item || !practice)
      return renderEntryDialog(this.collection, undefined, () => nothing, this.t.close);
    return renderEntryDialog(
      this.collection,
      practice.title,
      () => html`${practice.summary ? html`<p>${practice.summary}</p>` : nothing}
              <dl class="facts">
                ${renderRow(this.s.facets.kind, s.kinds[practice.kind])} ${renderRow(s.published, this.date(practice.published))}
                ${renderRow(s.authors, this.authors(item, view))} ${renderRow(s.association, association?.name)}
                ${renderRow(s.event, event ? renderEventRef(event, view, this.locale) : undefined)}
              </dl>
              ${this.tags(item, view)}
              ${
                practice.attachments?.length
                  ? html`<h3>${s.attachments}</h3>
                      <ul class="attachments">
                        ${practice.attachments.map(
                          (file) => html`<li>
                            ${renderLink(file.url, file.title, s.newWindow)}
                            <span class="muted"
                              >${[
                                fileType(file.url, file.mediaType),
                                file.size === undefined
                                  ? ''
                                  : fileSize(file.size, this.locale, s.units),
                              ]
                                .filter(Boolean)
                                .join(', ')}</span
                            >
                          </li>`,
                        )}
                      </ul>`
                  : nothing
              }`,
      this.t.close,
    );
  }
}
