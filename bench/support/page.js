// Browser side of `pnpm bench` (bench/bench.html?case=…): runs one case, then calls
// `benchReport` (a Playwright binding) with its result: ms from `window.benchStart`, the first
// script on the page, to the view rendered and painted, or `{ error }`. A case may leave `window.benchAgain`, an
// action the Node side times afterwards (a filter change, a search) on the rendered view.

const query = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const OURS = '/packages/widgets/dist/metodika.js';
/** The calendar's "today": November 2026, the busiest month of the generated feeds. */
const TODAY = '2026-11-23';

/** Resolves after the next frame has been painted. */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Polls `check` until it is truthy. */
async function until(check) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
}

function need(value, what) {
  if (!value) throw new Error(`not rendered: ${what}`);
  return value;
}

/** Appends one of our elements for `src` and waits until it has loaded, rendered and painted. */
async function mountOurs(tag, src, attributes = {}) {
  await import(OURS);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  stage.append(el);
  await until(() => el.feed && el.feed.state.status !== 'loading');
  await el.updateComplete;
  await frame();
  need(el.feed.state.status === 'ready', `${tag} ready, not ${el.feed.state.status}`);
  return el;
}

/** Ms `act()` takes until `el` has re-rendered and painted. */
async function timedUpdate(el, act) {
  const start = performance.now();
  act();
  await el.updateComplete;
  await frame();
  return performance.now() - start;
}

/** Events in the home page's strip (`limit`), and in FullCalendar's list standing for it. */
const STRIP = 5;
/** The strip's "today": the 50-event feed ends on 19 November, so it looks ahead from the 1st. */
const STRIP_TODAY = '2026-11-01';

async function ourCalendar(view, src) {
  const el = await mountOurs(
    'metodika-calendar',
    src,
    view === 'strip'
      ? { today: STRIP_TODAY, limit: String(STRIP), 'no-jsonld': '' }
      : { today: TODAY, view, 'no-jsonld': '' },
  );
  need(el.shadowRoot.querySelector('[part~="event"]'), 'calendar events');
  if (view === 'strip') return; // no filters in the strip
  // The filter change: tick "Математика" in the subjects facet (half of the events).
  const box = [...el.shadowRoot.querySelectorAll('.facet label')].find((label) =>
    label.textContent.includes('Математика'),
  );
  const input = need(box?.querySelector('input'), 'subjects facet');
  window.benchAgain = () => timedUpdate(el, () => input.click());
}

/** FullCalendar with the same feed: fetched, mapped to its event objects, rendered. */
async function fullCalendar(view, src, luxon) {
  const fc = await import(
    luxon ? '/bench/out/fullcalendar-luxon.js' : '/bench/out/fullcalendar.js'
  );
  const feed = await (await fetch(src)).json();
  const events = feed.events.map((event) => ({
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    extendedProps: { subjects: event.subjects },
  }));
  const el = document.createElement('div');
  stage.append(el);
  // FullCalendar cannot list "the next N events": for the strip it gets the same next five
  // (picked here, not timed apart) in a list view from today to the last one's day.
  const next = events
    .filter((e) => (e.end ?? e.start) >= STRIP_TODAY)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .slice(0, STRIP);
  const lastDay = next.at(-1)?.start.slice(0, 10) ?? STRIP_TODAY;
  const strip = {
    initialView: 'upcoming',
    views: {
      upcoming: { type: 'list', visibleRange: { start: STRIP_TODAY, end: nextDay(lastDay) } },
    },
    initialDate: STRIP_TODAY,
    now: STRIP_TODAY,
    events: next,
  };
  const calendar = new fc.Calendar(el, {
    plugins: [fc.dayGridPlugin, fc.listPlugin, ...(luxon ? [fc.luxonPlugin] : [])],
    locale: fc.ruLocale,
    // Without a named-zone plugin FullCalendar can only show the visitor's own zone.
    timeZone: luxon ? feed.publisher.timeZone : 'local',
    initialView: view === 'month' ? 'dayGridMonth' : 'listMonth',
    initialDate: TODAY,
    now: TODAY,
    // Like ours: at most three entries a day cell, then "+N".
    dayMaxEvents: 3,
    events,
    ...(view === 'strip' ? strip : {}),
  });
  calendar.render();
  await until(() => el.querySelector('.fc-event'));
  await frame();
  // The filter change: drop the event source, add the filtered one (FullCalendar has no filter).
  window.benchAgain = async () => {
    const before = el.textContent;
    const start = performance.now();
    for (const source of calendar.getEventSources()) source.remove();
    calendar.addEventSource(events.filter((e) => e.extendedProps.subjects.includes('math')));
    await until(() => el.textContent !== before);
    await frame();
    return performance.now() - start;
  };
}

/** The day after an ISO day. */
function nextDay(day) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A page with all four widgets on one feed, as a school's site might have them: the month grid,
 * the association directory, the practice feed and the consultation form, each its own element
 * (one request for the feed). Done when every one has rendered and a frame is painted.
 */
async function fourWidgets(src) {
  await import(OURS);
  const tags = [
    ['metodika-calendar', { today: TODAY, view: 'month', 'no-jsonld': '' }],
    ['metodika-associations', { today: TODAY }],
    ['metodika-practices', {}],
    ['metodika-consultation', {}],
  ];
  const elements = tags.map(([tag, attributes]) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.setAttribute('src', src);
    stage.append(el);
    return el;
  });
  for (const el of elements) {
    await until(() => el.feed && el.feed.state.status !== 'loading');
    await el.updateComplete;
    need(el.feed.state.status === 'ready', `${el.localName} ready, not ${el.feed.state.status}`);
  }
  await frame();
}

/**
 * Parse + tolerant validation of a feed's text, as the loader does it; JSON.parse alone next.
 * `parser` picks another build of the parser (an A/B of a change), default bench/out/parser.js.
 */
async function parse(src, parser = '/bench/out/parser.js') {
  const text = await (await fetch(src)).text();
  const { parseFeedCompact } = await import(parser);
  const start = performance.now();
  const result = parseFeedCompact(text, { mode: 'tolerant' });
  const ms = performance.now() - start;
  need(result.feed && result.ok, `a valid feed (${result.problems[0]?.message})`);
  const jsonStart = performance.now();
  JSON.parse(text);
  return { parseMs: ms, jsonMs: performance.now() - jsonStart };
}

/** Practices or associations: first render, then a two-word search to time. */
async function collection(tag, src) {
  const el = await mountOurs(tag, src);
  const input = need(el.shadowRoot.querySelector('input[type=search]'), `${tag} search`);
  window.benchAgain = () =>
    timedUpdate(el, () => {
      input.value = 'учет математика';
      input.dispatchEvent(new Event('input'));
    });
}

const CASES = {
  calendar: () =>
    query.get('impl') === 'ours'
      ? ourCalendar(query.get('view'), query.get('src'))
      : fullCalendar(
          query.get('view'),
          query.get('src'),
          query.get('impl') === 'fullcalendar-luxon',
        ),
  page: () =>
    query.get('impl') === 'ours'
      ? fourWidgets(query.get('src'))
      : fullCalendar('month', query.get('src'), query.get('impl') === 'fullcalendar-luxon'),
  parse: () => parse(query.get('src'), query.get('parser') ?? undefined),
  practices: () => collection('metodika-practices', query.get('src')),
  associations: () => collection('metodika-associations', query.get('src')),
};

try {
  const extra = await CASES[query.get('case')]();
  window.benchReport({ ms: performance.now() - window.benchStart, ...extra });
} catch (error) {
  window.benchReport({ error: String(error?.stack ?? error) });
}
