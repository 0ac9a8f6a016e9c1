import { css } from 'lit';
import { filterBarStyles } from '../base/collection/filter-bar.styles.ts';
import { dialogStyles } from '../base/styles/dialog.styles.ts';

/**
 * The full calendar's styles (toolbar, month grid, the agenda's days), in its lazy part
 * (calendar-full.ts): the element adopts them beside its own when the part arrives, before it
 * draws the view, so no layout is shown unstyled. The strip never loads them, nor the filter bar's.
 */
export const fullStyles = css`
  ${filterBarStyles}
  ${dialogStyles}
  .nav {
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--m-space);
  }
  .nav h2 {
    flex: 1 1 auto;
    text-align: center;
  }
  .nav-buttons,
  .switch {
    display: flex;
    gap: calc(var(--m-space) * 0.5);
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    padding: 0.25em;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--m-muted);
    text-align: start;
  }
  .cell {
    position: relative;
    height: 6.5em;
    padding: 0.2em;
    border: 1px solid var(--m-border);
    vertical-align: top;
  }
  .cell.outside {
    background: var(--m-alt);
  }
  .cell.outside .day {
    color: var(--m-muted);
  }
  .day {
    min-height: 2em;
    min-width: 2em;
    padding: 0 0.35em;
    border-color: transparent;
    background: none;
    justify-content: center;
  }
  .today .day {
    background: var(--m-accent);
    border-color: var(--m-accent);
    color: var(--m-on-accent);
    font-weight: bold;
  }
  .count {
    display: none;
  }
  .events {
    display: grid;
    /* minmax(0, …): a long title must be clipped, not widen the cell. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em;
    margin-top: 0.15em;
  }
  .ev {
    display: block;
    width: 100%;
    min-height: 0;
    padding: 0.05em 0.3em;
    border: 0;
    border-inline-start: 0.25em solid var(--m-accent);
    border-radius: 0.2em;
    background: var(--m-alt);
    font-size: 0.8em;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A multi-day event runs across its days: flat joins, a continuing edge. */
  .ev.cont {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-inline-start-style: dotted;
  }
  .ev.cont-next {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .ev.cont-next::after {
    content: ' →';
  }
  .ev .time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.3em;
  }
  .ev.status-cancelled,
  .ev.status-postponed {
    border-inline-start-color: var(--m-danger);
  }
  .mark {
    margin-inline-end: 0.25em;
  }
  .more {
    font-size: 0.8em;
    margin-top: 0.15em;
  }

  .agenda-day h3 {
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--m-border);
    margin-bottom: var(--m-space);
  }
  .agenda-day ul,
  .day-events {
    display: grid;
    gap: var(--m-space);
  }

  /* Narrow widget: the month grid keeps only day numbers and counts. */
  @container metodika (width < 36em) {
    .cell {
      height: 3.5em;
      padding: 0.1em 0;
    }
    /* Seven buttons of 2em are wider than a phone at 200 % text: there they take the cell's width. */
    .day {
      min-width: min(2em, 100%);
      max-width: 100%;
      padding: 0;
    }
    .events,
    .more {
      display: none;
    }
    .count {
      display: block;
      font-size: 0.75em;
      color: var(--m-muted);
    }
    .nav h2 {
      order: -1;
      flex-basis: 100%;
      text-align: start;
    }
  }

  @media (forced-colors: active) {
    /* Today is more than a system colour: a heavier edge and bold figures. */
    .today .day {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid CanvasText;
    }
    .ev {
      border: 1px solid CanvasText;
    }
  }
  .show-more,
  .no-matches,
  .no-matches button {
    margin-top: var(--m-space);
  }

  @media print {
    .toolbar,
    .chips,
    .show-more,
    .more {
      display: none !important;
    }
    .nav {
      display: block !important;
    }
    .nav .nav-buttons,
    .nav .switch {
      display: none;
    }
    .agenda-day {
      break-inside: avoid;
    }
  }

  /* The view shown is a \`.primary\` button; in forced colours its label is underlined too, as a
     pressed button is more than a system colour. */
  @media (forced-colors: active) {
    .switch [aria-pressed='true'] {
      text-decoration: underline;
      text-decoration-thickness: 0.125em;
      text-underline-offset: 0.2em;
    }
  }
`;
