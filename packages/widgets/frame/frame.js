// @ts-check
/**
 * The iframe fallback: `frame/<widget>.html?src=<feed URL>&<option>=<value>…` shows one widget
 * full width, for a CMS that strips `<script>` from page content. The page's `<body
 * data-widget>` names the widget; this script builds its element from the query string.
 *
 * Query parameters (anything else is ignored; a value that does not fit is ignored too):
 * - `src` (required): the feed's URL, http(s) only; several, separated by spaces, are merged.
 *   A relative URL is taken relative to this page.
 * - `lang`: `ru` (default) or `en`.
 * - `accent`: the accent colour as `#rrggbb` (`%23` in the address), set as `--metodika-accent`.
 * - calendar: `view` (`month`, `agenda`, `auto`), `today` (`2026-11-23`), `no-jsonld` (`1`),
 *   `limit` (a positive number: the next N events as a strip), and the presets `subject`,
 *   `kind`, `audience`, `education-level`, `association` (ids, several separated by spaces).
 * - associations: `mode` (`associations`, `platforms`), `association-id`, the presets `subject`,
 *   `kind`, `audience`, `education-level`, `today`.
 * - practices: `limit` (a positive number), the presets `subject`, `kind`, `education-level`,
 *   `tag`, `association`.
 * - consultation: `preset-topic`, `preset-methodist`.
 *
 * Nothing from the query reaches markup: the element is created and its attributes set.
 *
 * Height: the page posts `{ type: 'metodika:frame-height', widget, height }` to its parent
 * whenever its content changes height. A host page that may run a script can fit the frame:
 *
 *   addEventListener('message', (e) => {
 *     if (e.data?.type !== 'metodika:frame-height') return;
 *     for (const f of document.querySelectorAll('iframe'))
 *       if (f.contentWindow === e.source) f.style.height = `${e.data.height}px`;
 *   });
 */

/** @typedef {(value: string) => boolean} Check */

/** @type {(...allowed: string[]) => Check} */
const oneOf =
  (...allowed) =>
  (value) =>
    allowed.includes(value);
/** @type {Check} */
const isoDate = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value);
/** The feed's id syntax (letters, digits, `_.:-`). */
/** @type {Check} */
const feedId = (value) => /^[\p{L}\p{N}_.:-]{1,100}$/u.test(value);
/** Several feed ids, separated by spaces (a preset that takes a list). */
/** @type {Check} */
const feedIds = (value) => {
  const ids = value.trim().split(/\s+/);
  return ids.length <= 20 && ids.every(feedId);
};
/** The accent colour: only `#rrggbb`, so nothing but a colour reaches the style. */
const isColour = (/** @type {string} */ value) => /^#[0-9a-f]{6}$/i.test(value);
/** @type {Check} */
const positive = (value) => /^[1-9]\d{0,3}$/.test(value);
/** A boolean attribute: present for `1`/`true`/empty, absent otherwise. */
/** @type {Check} */
const flag = (value) => value === '' || value === '1' || value === 'true';

/**
 * @type {Record<string, { tag: string; title: { ru: string; en: string };
 *   options: Record<string, Check>; flags?: string[] }>}
 */
const WIDGETS = {
  calendar: {
    tag: 'metodika-calendar',
    title: { ru: 'Календарь мероприятий', en: 'Event calendar' },
    options: {
      view: oneOf('month', 'agenda', 'auto'),
      today: isoDate,
      'no-jsonld': flag,
      limit: positive,
      subject: feedIds,
      kind: feedIds,
      audience: feedIds,
      'education-level': feedIds,
      association: feedIds,
    },
    flags: ['no-jsonld'],
  },
  associations: {
    tag: 'metodika-associations',
    title: { ru: 'Методические объединения', en: 'Methodical associations' },
    options: {
      mode: oneOf('associations', 'platforms'),
      'association-id': feedId,
      subject: feedIds,
      kind: feedIds,
      audience: feedIds,
      'education-level': feedIds,
      today: isoDate,
    },
  },
  practices: {
    tag: 'metodika-practices',
    title: { ru: 'Лучшие практики', en: 'Best practices' },
    options: {
      limit: positive,
      subject: feedIds,
      kind: feedIds,
      'education-level': feedIds,
      tag: feedIds,
      association: feedIds,
    },
  },
  consultation: {
    tag: 'metodika-consultation',
    title: { ru: 'Заявка на консультацию', en: 'Request a consultation' },
    options: { 'preset-topic': feedId, 'preset-methodist': feedId },
  },
};

const PROBLEM = {
  ru: 'Виджет не показан: в адресе фрейма нужен параметр src со ссылкой на ленту (http или https).',
  en: 'The widget is not shown: the frame address needs a src parameter with the feed link (http or https).',
};

/**
 * The feed URLs of `src`, absolute, or `undefined` when it is missing or any is not http(s)
 * (`javascript:`, `data:` and the like never reach the widget).
 * @param {string | null} src
 */
function feedUrls(src) {
  const parts = (src ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return undefined;
  const urls = [];
  for (const part of parts) {
    let url;
    try {
      url = new URL(part, location.href);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    urls.push(url.href);
  }
  return urls.join(' ');
}

/** Tells the parent page how tall the content is, so it may size the frame to fit. */
function reportHeight(/** @type {string} */ widget) {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'metodika:frame-height', widget, height }, '*');
  }).observe(document.body);
}

function main() {
  const name = document.body.dataset.widget ?? '';
  const widget = WIDGETS[name];
  if (!widget) return;
  const query = new URLSearchParams(location.search);
  const lang = query.get('lang') === 'en' ? 'en' : 'ru';
  document.documentElement.lang = lang;
  document.title = widget.title[lang];

  const src = feedUrls(query.get('src'));
  if (!src) {
    const problem = document.createElement('p');
    problem.className = 'metodika-frame-problem';
    problem.setAttribute('role', 'alert');
    problem.textContent = PROBLEM[lang];
    document.body.append(problem);
    reportHeight(name);
    return;
  }
  const el = document.createElement(widget.tag);
  el.setAttribute('src', src);
  el.setAttribute('lang', lang);
  for (const [option, fits] of Object.entries(widget.options)) {
    const value = query.get(option);
    if (value === null || !fits(value)) continue;
    // A boolean attribute is on by its presence; its value does not matter.
    el.setAttribute(option, widget.flags?.includes(option) ? '' : value);
  }
  const accent = query.get('accent') ?? '';
  if (isColour(accent)) el.style.setProperty('--metodika-accent', accent);
  document.body.append(el);
  reportHeight(name);
}

main();
