import {
  type FeedView,
  formatDay,
  formatWhen,
  isDateOnly,
  safeHref,
  whenZoneNote,
} from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../base/i18n/locale.ts';
import type { CalendarStrings } from './calendar.strings.ts';
import {
  googleLink,
  locationText,
  outlookLink,
  subscribeUrl,
  yandexLink,
} from './calendar-links.ts';
import type { CalendarEvent } from './calendar-model.ts';

/** The status as a visible mark: a symbol and words, never colour alone. */
export function statusMark(
  item: CalendarEvent,
  s: CalendarStrings,
): TemplateResult | typeof nothing {
  const status = item.event.status;
  if (status === 'scheduled') return nothing;
  return html`<span class="status status-${status}" part="status"
    ><span aria-hidden="true">${statusSymbol(status)}</span> ${s.statuses[status]}</span
  >`;
}

/**
 * A symbol for a changed status, next to its words. Only characters that the fonts of school
 * computers have: ⏸ showed as an empty box in common Linux and older Windows fonts.
 */
export function statusSymbol(status: CalendarEvent['event']['status']): string {
  return status === 'cancelled' ? '✕' : status === 'postponed' ? '→' : '⌁';
}

/** Labels of taxonomy ids (English label when there is one and the page is English). */
function labels(
  view: FeedView,
  name: keyof FeedView['taxonomies'],
  ids: readonly string[] | undefined,
  locale: Locale,
): string {
  if (!ids?.length) return '';
  const entries = new Map(view.taxonomies[name].map((entry) => [entry.id, entry]));
  return ids
    .map((id) => {
      const entry = entries.get(id);
      return entry ? (locale === 'en' && entry.labelEn) || entry.label : id;
    })
    .join(', ');
}

function row(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === '' || value === undefined || value === nothing) return nothing;
  return html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function link(
  url: string | undefined,
  text: string,
  newWindow?: string,
): TemplateResult | typeof nothing {
  const href = safeHref(url);
  if (!href) return nothing;
  return newWindow
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="vh"> ${newWindow}</span></a>`
    : html`<a href=${href}>${text}</a>`;
}

/** When, with the publisher's zone named if the visitor's clock differs. */
export function whenText(item: CalendarEvent, locale: Locale, s: CalendarStrings): string {
  const text = formatWhen(item.event, item.zone, locale);
  const zone = whenZoneNote(item.event, item.zone, locale);
  return zone ? `${text} — ${s.zoneNote(zone)}` : text;
}

/** Everything about one event, for the details dialog. */
export function renderDetails(
  item: CalendarEvent,
  view: FeedView,
  locale: Locale,
  s: CalendarStrings,
  onDownload: () => void,
): TemplateResult {
  const { event } = item;
  const d = s.details;
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
  return html`
    <dl class="facts">
      ${row(d.when, whenText(item, locale, s))}
      ${row(d.status, statusMark(item, s))} ${event.statusNote ? row('', event.statusNote) : nothing}
      ${row(d.format, s.formats[event.status === 'moved-online' ? 'online' : event.format])}
      ${row(d.where, place && event.format !== 'online' ? html`${org?.site ? link(org.site, place, d.newWindow) : place}` : '')}
      ${row(d.online, online && event.onlineUrl ? link(event.onlineUrl, d.joinLink, d.newWindow) : '')}
      ${row(s.facets.kind, s.kinds[event.kind])}
      ${row(d.audiences, labels(view, 'audiences', event.audiences, locale))}
      ${row(d.educationLevels, labels(view, 'educationLevels', event.educationLevels, locale))}
      ${row(d.subjects, labels(view, 'subjects', event.subjects, locale))}
      ${row(d.associations, associations)}
      ${row(
        d.organiser,
        person
          ? html`${person.name}${person.position ? `, ${person.position}` : ''}
            ${person.email ? html`<br />${link(`mailto:${person.email}`, person.email)}` : nothing}
            ${person.phone ? html`<br />${link(`tel:${person.phone.replace(/[^\d+]/g, '')}`, person.phone)}` : nothing}`
          : '',
      )}
      ${row(d.publisher, item.publisher.shortName ?? item.publisher.name)}
      ${row(
        d.registration,
        registration
          ? html`${link(registration.url, d.register, d.newWindow)}
            ${deadline ? html` <span class="muted">${d.deadline(deadline)}</span>` : nothing}
            ${registration.capacity ? html` <span class="muted">${d.capacity(registration.capacity)}</span>` : nothing}`
          : '',
      )}
    </dl>
    ${paragraphs.length ? html`<div class="description">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${
      materials.length
        ? html`<h3>${d.materials}</h3>
          <ul class="materials">
            ${materials.map(
              (m) =>
                html`<li>
                  ${link(m.url, m.title, d.newWindow)}
                  ${m.when ? html`<span class="muted">(${m.when === 'before' ? d.materialsBefore : d.materialsAfter})</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <h3>${d.addToCalendar}</h3>
    <ul class="add" part="add-to-calendar">
      <li><button type="button" class="primary" @click=${onDownload}>${d.downloadIcs}</button></li>
      <li>${link(yandexLink(item, view), d.yandex, d.newWindow)}</li>
      <li>${link(googleLink(item, view), d.google, d.newWindow)}</li>
      <li>${link(outlookLink(item, view), d.outlook, d.newWindow)}</li>
      ${subscribe ? html`<li>${link(subscribe, d.subscribe)}</li>` : nothing}
    </ul>
  `;
}
