import { type FeedView, formatDay, formatWhen, isDateOnly } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { labelList } from '../base/collection/collection.ts';
import { renderLink, renderRow, taxonomyLabels } from '../base/collection/rows.ts';
import type { Locale } from '../base/i18n/locale.ts';
import type { CalendarStrings } from './calendar.strings.ts';
import { detailsStrings } from './calendar-details.strings.ts';
import {
  googleLink,
  locationText,
  outlookLink,
  subscribeUrl,
  yandexLink,
} from './calendar-links.ts';
import type { CalendarEvent } from './calendar-model.ts';
import { statusMark, whenText } from './calendar-status.ts';

/** Labels of taxonomy ids (English label when there is one and the page is English). */
function labels(
  view: FeedView,
  name: keyof FeedView['taxonomies'],
  ids: readonly string[] | undefined,
  locale: Locale,
): string {
  return labelList(ids, taxonomyLabels(view, name, locale));
}

/**
 * The registration form's code, fetched only when the details of an event whose list the
 * department's service keeps are shown: a calendar page loads none of it before it paints.
 */
const loadRegistration = () => import('../registration/define.ts').catch(() => undefined);

/** Everything about one event, for the details dialog. */
export function renderDetails(
  item: CalendarEvent,
  view: FeedView,
  locale: Locale,
  s: CalendarStrings,
  onDownload: () => void,
  /** A series' rhythm in words (calendar-series.ts), '' for a single event. */
  rhythm = '',
): TemplateResult {
  const { event } = item;
  const d = detailsStrings[locale];
  const org = event.venue?.organization
    ? view.organizations.find((o) => o.id === event.venue?.organization)
    : undefined;
  const person = event.responsible
    ? view.people.find((p) => p.id === event.responsible)
    : undefined;
  const associations = (event.associations ?? [])
    .map((id) => view.associations.find((a) => a.id === id)?.name)
    .filter(Boolean)
    .join(', ');
  const online = event.format !== 'offline' || event.status === 'moved-online';
  const place =
    event.status === 'moved-online'
      ? ''
      : locationText({ ...item, event: { ...event, format: 'offline' } }, view);
  const registration = event.registration;
  const deadline = registration?.deadline
    ? isDateOnly(registration.deadline)
      ? formatDay(registration.deadline, locale, { day: 'numeric', month: 'long' })
      : formatWhen({ start: registration.deadline }, item.zone, locale)
    : '';
  const paragraphs = (event.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
  const materials = event.materials ?? [];
  const subscribe = subscribeUrl(item);
  if (registration?.endpoint) void loadRegistration();
  return html`
    <dl class="facts">
      ${renderRow(d.when, whenText(item, locale, s))} ${renderRow(d.repeats, rhythm)}
      ${renderRow(d.status, statusMark(item, s, locale))} ${event.statusNote ? renderRow('', event.statusNote) : nothing}
      ${renderRow(d.format, s.formats[event.status === 'moved-online' ? 'online' : event.format])}
      ${renderRow(d.where, place && event.format !== 'online' ? html`${org?.site ? renderLink(org.site, place, d.newWindow) : place}` : '')}
      ${renderRow(d.online, online && event.onlineUrl ? renderLink(event.onlineUrl, d.joinLink, d.newWindow) : '')}
      ${renderRow(s.facets.kind, s.kinds[event.kind])}
      ${renderRow(d.audiences, labels(view, 'audiences', event.audiences, locale))}
      ${renderRow(d.educationLevels, labels(view, 'educationLevels', event.educationLevels, locale))}
      ${renderRow(d.subjects, labels(view, 'subjects', event.subjects, locale))}
      ${renderRow(d.associations, associations)}
      ${renderRow(
        d.organiser,
        person
          ? html`${person.name}${person.position ? `, ${person.position}` : ''}
            ${person.email ? html`<br />${renderLink(`mailto:${person.email}`, person.email)}` : nothing}
            ${person.phone ? html`<br />${renderLink(`tel:${person.phone.replace(/[^\d+]/g, '')}`, person.phone)}` : nothing}`
          : '',
      )}
      ${renderRow(d.publisher, item.publisher.shortName ?? item.publisher.name)}
      ${renderRow(
        d.registration,
        registration
          ? html`${renderLink(registration.url, d.register, d.newWindow)}
            ${deadline ? html` <span class="muted">${d.deadline(deadline)}</span>` : nothing}
            ${registration.capacity ? html` <span class="muted">${d.capacity(registration.capacity)}</span>` : nothing}`
          : '',
      )}
    </dl>
    ${
      registration?.endpoint
        ? html`<metodika-registration event=${event.id} heading-level="3"></metodika-registration>`
        : nothing
    }
    ${paragraphs.length ? html`<div class="description">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${
      materials.length
        ? html`<h3>${d.materials}</h3>
          <ul class="materials">
            ${materials.map(
              (m) =>
                html`<li>
                  ${renderLink(m.url, m.title, d.newWindow)}
                  ${m.when ? html`<span class="muted">(${m.when === 'before' ? d.materialsBefore : d.materialsAfter})</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <h3>${d.addToCalendar}</h3>
    <ul class="add" part="add-to-calendar">
      <li><button type="button" class="primary" @click=${onDownload}>${d.downloadIcs}</button></li>
      <li>${renderLink(yandexLink(item, view), d.yandex, d.newWindow)}</li>
      <li>${renderLink(googleLink(item, view), d.google, d.newWindow)}</li>
      <li>${renderLink(outlookLink(item, view), d.outlook, d.newWindow)}</li>
      ${subscribe ? html`<li>${renderLink(subscribe, d.subscribe)}</li>` : nothing}
    </ul>
  `;
}
