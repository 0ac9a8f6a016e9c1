import { css } from 'lit';

/**
 * The calendar's own styles, what the strip and the full view both draw at first paint; tokens and
 * shared controls come from the base sheet, the full view's rules with it (calendar-full.styles.ts)
 * and the details' with them (calendar-details.styles.ts), both adopted when their part arrives.
 */
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
  .footer {
    margin-top: var(--m-space);
    font-size: 0.9em;
  }

  .close {
    flex: none;
    font-size: 1.25em;
    min-width: 2em;
    justify-content: center;
    padding: 0;
  }

  /* Narrow widget: an event's time above its title. */
  @container metodika (width < 36em) {
    .agenda-event {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  /* The full view's controls are hidden in print by its own sheet (calendar-full.styles.ts). */
  @media print {
    dialog,
    .banner button {
      display: none !important;
    }
    .root {
      color: #000;
      background: #fff;
    }
    .event-title {
      color: #000;
      text-decoration: none;
    }
  }
`;
