// Turns the measured runs into results.json's figures and the Markdown tables of bench/results.md.

/** Median, min and max of a list of ms (rounded to 0.1) or bytes, with the run count. */
export function summary(values, round = (n) => Math.round(n * 10) / 10) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    runs: sorted.length,
  };
}

const int = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const ms = (s) => `${int(s.median)} (${int(s.min)}–${int(s.max)})`;
const mb = (s) => (s.median / 1024 / 1024).toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (ours, theirs) => (theirs / ours).toFixed(1);
const yes = (reached) => (reached ? '**reached**' : '**missed**');

function table(head, rows) {
  const align = head.map((h) => (h.startsWith('<') ? ':--' : '--:'));
  const clean = head.map((h) => h.replace(/^</, ''));
  return [clean, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The Markdown report: targets first, then every figure as median (min–max) over its runs. */
export function markdown(results) {
  const { sizes, calendar, filter, page, parse, cli, collections, targets, machine } = results;
  const runs = results.runs;
  const lines = [
    `Measured ${results.measuredAt.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), ` +
      `${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, load average ` +
      `${machine.loadAverage.start} → ${machine.loadAverage.end}; ` +
      `times are median (min–max) of ${runs} cold page loads each, ms.`,
    '',
    table(
      ['<target', '<wanted', '<measured', '<'],
      targets.map((t) => [t.name, t.wanted, t.measured, yes(t.reached)]),
    ),
    '',
    '**Size** (bytes; gzip -9 and brotli 11 of the minified file)',
    '',
    table(
      ['<bundle', '<what', 'raw', 'gzip', 'brotli', 'gzip KB'],
      [...sizes.ours, ...sizes.fullcalendar].map((r) => [
        `\`${r.name}\``,
        r.what,
        int(r.raw),
        int(r.gzip),
        int(r.brotli),
        kb(r.gzip),
      ]),
    ),
    '',
    '**Calendar: script start → month / agenda / home-page strip rendered and painted** (ms; ratio = FullCalendar ÷ ours; strip: our `limit="5"`, FullCalendar a list view of the same five events)',
    '',
    table(
      [
        'events',
        '<view',
        'ours',
        'FullCalendar',
        'FC + luxon3',
        '× FC',
        '× FC+luxon',
        'heap ours MB',
        'heap FC MB',
        'heap FC+luxon MB',
      ],
      calendar.map((c) => [
        int(c.count),
        c.view,
        ms(c.ours.ms),
        ms(c.fullcalendar.ms),
        ms(c['fullcalendar-luxon'].ms),
        ratio(c.ours.ms.median, c.fullcalendar.ms.median),
        ratio(c.ours.ms.median, c['fullcalendar-luxon'].ms.median),
        mb(c.ours.heap),
        mb(c.fullcalendar.heap),
        mb(c['fullcalendar-luxon'].heap),
      ]),
    ),
    '',
    `**Filter change on ${int(filter[0].count)} events** (tick one subject, half the events; ms until re-rendered and painted)`,
    '',
    table(
      ['<view', 'ours', 'FullCalendar', 'FC + luxon3', '× FC', '× FC+luxon'],
      filter.map((f) => [
        f.view,
        ms(f.ours),
        ms(f.fullcalendar),
        ms(f['fullcalendar-luxon']),
        ratio(f.ours.median, f.fullcalendar.median),
        ratio(f.ours.median, f['fullcalendar-luxon'].median),
      ]),
    ),
    '',
    `**A page with all four widgets** (ours: calendar month grid, directory, practices and consultation form on \`${page.feed}\`, script start → all four rendered and painted; FullCalendar: its month grid alone on the same feed, for scale)`,
    '',
    table(
      ['ours', 'FullCalendar', 'FC + luxon3', '× FC', '× FC+luxon', 'heap ours MB', 'heap FC MB'],
      [
        [
          ms(page.ours.ms),
          ms(page.fullcalendar.ms),
          ms(page['fullcalendar-luxon'].ms),
          ratio(page.ours.ms.median, page.fullcalendar.ms.median),
          ratio(page.ours.ms.median, page['fullcalendar-luxon'].ms.median),
          mb(page.ours.heap),
          mb(page.fullcalendar.heap),
        ],
      ],
    ),
    '',
    '**Feed parse + tolerant validation** (browser: `parseFeedCompact` on the text, cold page; CLI: `metodika validate --json`, whole process)',
    '',
    table(
      [
        'feed',
        'events',
        'browser parse + validate',
        'of it JSON.parse',
        'CLI validate',
        'CLI node startup alone',
      ],
      parse.map((p, i) => [
        `${(p.bytes / 1e6).toFixed(1)} MB`,
        int(p.events),
        ms(p.parse),
        ms(p.json),
        ms(cli[i].validate),
        ms(cli[i].baseline),
      ]),
    ),
    '',
    '**Practices and associations** (ours only; script start → first render painted; then a two-word search)',
    '',
    table(
      ['<widget', 'items', 'first render', 'search', 'heap MB'],
      collections.map((c) => [c.widget, int(c.count), ms(c.ms), ms(c.search), mb(c.heap)]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
