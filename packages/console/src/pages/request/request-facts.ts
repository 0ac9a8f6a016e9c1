import { safeHref } from '@metodika/feed';
import { html, nothing, type TemplateResult } from 'lit';
import type { RequestDetail } from '../../api/types.ts';
import type { Strings } from '../../i18n/ru.ts';

/** A `tel:` address from a phone as typed: digits and a leading plus only. */
export function telHref(phone: string): string | undefined {
  const main = phone.split(/доб|ext/i)[0] ?? '';
  const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.length >= 5 ? safeHref(`tel:${digits}`) : undefined;
}

/** A `mailto:` address, only for something that looks like one address. */
export function mailHref(email: string): string | undefined {
  return /^[^\s@,;?]+@[^\s@,;?]+$/.test(email) ? safeHref(`mailto:${email}`) : undefined;
}

const row = (label: string, value: TemplateResult | string | null | undefined) =>
  value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;

/** Everything the teacher sent, as a definition list; links only for mailto, tel and http(s). */
export function renderSent(
  detail: RequestDetail,
  t: Strings,
  date: (iso: string) => string,
): TemplateResult {
  const s = t.request;
  const r = detail.request.request;
  const link = (href: string | undefined, text: string) =>
    href ? html`<a href=${href}>${text}</a>` : text;
  return html`<dl class="facts">
    ${row(s.name, r.name)} ${row(s.position, r.position)}
    ${row(s.organization, r.organization?.name)}
    ${row(s.email, r.email ? link(mailHref(r.email), r.email) : null)}
    ${row(s.phone, r.phone ? link(telHref(r.phone), r.phone) : null)}
    ${row(s.topic, detail.labels.topic ?? r.topic)}
    ${row(s.methodist, r.methodist ? (detail.labels.methodist ?? r.methodist) : null)}
    ${row(s.format, r.format ? (detail.labels.format ?? r.format) : null)}
    ${row(s.preferredTime, r.preferredTime)} ${row(s.message, r.message)}
    ${row(s.received, date(detail.request.receivedAt))}
    ${row(s.page, r.page ? link(safeHref(r.page), r.page) : null)}
    ${row(s.locale, r.locale)}
    ${row(s.spam, detail.request.spam ? detail.request.spam : null)}
  </dl>`;
}

/** The 152-ФЗ consent record kept with the request. */
export function renderConsent(
  detail: RequestDetail,
  t: Strings,
  date: (iso: string) => string,
): TemplateResult {
  const s = t.request;
  const c = detail.request.consent;
  return html`<dl class="facts">
    ${row(s.consentVersion, c.version)} ${row(s.consentAccepted, date(c.acceptedAt))}
    ${row(s.consentReceived, date(c.receivedAt))} ${row(s.consentIp, c.ip ?? t.none)}
  </dl>`;
}
