import type { Lang, RegistrationStatus } from '@metodika/feed';

/** Escapes text for HTML (the event title comes from the feed, which is untrusted). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const WORDS = {
  ru: {
    title: 'Отмена записи',
    unknown:
      'Ссылка не найдена: возможно, запись уже удалена. Если вы хотите отменить запись, напишите организаторам.',
    confirmed: 'Вы записаны на мероприятие',
    waiting: 'Вы в листе ожидания мероприятия',
    cancelled: 'Запись отменена',
    ask: 'Отменить запись?',
    button: 'Отменить запись',
    done: 'Запись отменена. Если передумаете, запишитесь снова на странице мероприятия, пока есть места.',
  },
  en: {
    title: 'Cancel registration',
    unknown:
      'This link was not found; the registration may have been deleted. To cancel, write to the organisers.',
    confirmed: 'You are registered for',
    waiting: 'You are on the waiting list for',
    cancelled: 'Registration cancelled',
    ask: 'Cancel your registration?',
    button: 'Cancel registration',
    done: 'Your registration is cancelled. If you change your mind, register again on the event page while places last.',
  },
};

/**
 * The small server-rendered page behind a cancellation link: no script, no style attribute, and
 * an empty icon, so browsers do not ask the service for a /favicon.ico it does not have (a 404 in
 * the console and the log on every visit).
 */
export function cancelPage(
  lang: Lang,
  found: { title: string; status: RegistrationStatus } | null,
  step: 'ask' | 'done',
): string {
  const w = WORDS[lang];
  let body: string;
  if (!found) body = `<p>${w.unknown}</p>`;
  else if (step === 'done' || found.status === 'cancelled') {
    body = `<p><strong>${escapeHtml(found.title)}</strong></p><p>${step === 'done' ? w.done : w.cancelled}</p>`;
  } else {
    body = `<p>${found.status === 'confirmed' ? w.confirmed : w.waiting}: <strong>${escapeHtml(found.title)}</strong></p>
<form method="post"><p>${w.ask}</p><button type="submit">${w.button}</button></form>`;
  }
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${w.title}</title></head>
<body><main><h1>${w.title}</h1>${body}</main></body></html>
`;
}
