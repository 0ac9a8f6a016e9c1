import { css } from 'lit';

/** The calendar's own styles; tokens and shared controls come from the base sheet. */
export const calendarStyles = css`
  .root {
    --m-skeleton-height: 28em;
  }
  .upcoming {
    min-height: 2.25em;
  }

  .status-cancelled .title,
  .cancelled {
    text-decoration: line-through;
  }
  .agenda {
    display: grid;
    gap: calc(var(--m-space) * 2);
  }
  .agenda-event {
    display: grid;
    grid-template-columns: 7em 1fr;
    gap: var(--m-space);
  }
  .strip .agenda-event {
    grid-template-columns: 9em 1fr;
  }
  .when {
    color: var(--m-muted);
    font-variant-numeric: tabular-nums;
  }
  .what {
    display: grid;
  }
  .event-title {
    display: block;
    text-align: start;
    font-weight: bold;
  }
  .meta {
    color: var(--m-muted);
    font-size: 0.9em;
  }
  .status {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--m-danger);
    border-radius: var(--m-radius);
    color: var(--m-danger);
    font-weight: bold;
  }
  .status-moved-online,
  .status.moved {
    border-color: var(--m-border);
    color: inherit;
  }
  .show-more,
  .no-matches button {
    margin-top: var(--m-space);
  }
  .no-matches {
    margin-top: var(--m-space);
  }
  .footer {
    margin-top: var(--m-space);
    font-size: 0.9em;
  }

  dialog .facts {
    display: grid;
    gap: 0.35em;
  }
  dialog .row {
    display: grid;
    grid-template-columns: minmax(7em, 30%) 1fr;
    gap: var(--m-space);
  }
  dialog dt {
    color: var(--m-muted);
  }
  dialog h3 {
    margin-top: calc(var(--m-space) * 2);
    margin-bottom: var(--m-space);
  }
  .description p {
    margin-top: var(--m-space);
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--m-space) calc(var(--m-space) * 2);
  }
  .close {
    flex: none;
    font-size: 1.25em;
    min-width: 2em;
    justify-content: center;
    padding: 0;
  }

  /* Narrow widget: details stack. */
  @container metodika (width < 36em) {
    .agenda-event,
    dialog .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  @media print {
    .toolbar,
    .chips,
    .show-more,
    .more,
    dialog,
    .banner button {
      display: none !important;
    }
    .nav {
      display: block !important;
    }
    .nav .nav-buttons,
    .nav .switch {
      display: none;
    }
    .root {
      color: #000;
      background: #fff;
    }
    .agenda-day {
      break-inside: avoid;
    }
    .event-title {
      color: #000;
      text-decoration: none;
    }
  }
`;
