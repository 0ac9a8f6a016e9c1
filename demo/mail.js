// demo/mail.html: the mail the demo's service sent, as the demo's mail catcher keeps it
// (demo/serve.mjs serves it as JSON at /demo/mail/messages). Everything is put in as text.

const list = /** @type {HTMLOListElement} */ (document.getElementById('mail-list'));
const status = /** @type {HTMLElement} */ (document.getElementById('mail-status'));
const when = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeStyle: 'medium' });

/** An element with the given text. */
function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One message as a list item: subject, sender, recipients, time, attachments, text. */
function item(message) {
  const li = el('li');
  li.append(el('h2', message.subject || '(без темы)'));
  const dl = el('dl');
  const rows = [
    ['От', message.from],
    ['Кому', message.to.join(', ')],
    ['Получено', when.format(new Date(message.date))],
  ];
  if (message.attachments.length > 0)
    rows.push([
      'Вложения',
      message.attachments
        .map((a) => `${a.filename ?? 'без имени'} (${a.contentType}, ${a.size} Б)`)
        .join('; '),
    ]);
  for (const [term, value] of rows) dl.append(el('dt', term), el('dd', value));
  li.append(dl, el('pre', message.text));
  return li;
}

let shown = '';
async function refresh() {
  try {
    const response = await fetch('/demo/mail/messages', { cache: 'no-store' });
    const { messages } = await response.json();
    if (!response.ok) {
      status.textContent = 'Почтовый перехватчик не запущен (демо-стенд запущен без сервиса).';
      return;
    }
    const key = messages.map((m) => m.id).join(',');
    if (key === shown) return;
    shown = key;
    list.replaceChildren(...messages.map(item));
    status.textContent = messages.length === 0 ? 'Писем пока нет.' : `Писем: ${messages.length}.`;
  } catch {
    status.textContent = 'Не удалось получить письма: демо-стенд остановлен?';
  }
}

document.getElementById('mail-refresh')?.addEventListener('click', () => {
  shown = '';
  void refresh();
});
void refresh();
setInterval(refresh, 5000);
