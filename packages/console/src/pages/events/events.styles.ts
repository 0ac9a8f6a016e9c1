import { css } from 'lit';

/**
 * The events pages' additions: counts as figures, the attendance cell, and tables that become
 * one card per row at a phone's width (each cell then shows its column's name before it).
 */
export const eventsStyles = css`
  .cell-label {
    display: none;
    font-weight: 600;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space) calc(var(--m-space) * 3);
  }
  .counts div {
    display: grid;
    gap: 0.15em;
  }
  .counts dt {
    font-weight: 600;
  }
  .counts dd {
    font-size: 1.25em;
  }
  .attend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .attend input {
    width: 1.5em;
    height: 1.5em;
  }
  .attend .saved::before {
    content: '✓ ';
  }
  .attend .field-error {
    font-size: 0.9em;
  }
  .confirm {
    display: grid;
    gap: calc(var(--m-space) * 0.5);
    max-width: 22em;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--m-space) * 0.5);
  }
  .event-cancelled {
    color: var(--m-danger);
    font-weight: 600;
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.25em;
  }
  tr.moved th {
    outline: none;
  }
  @container console (width < 40em) {
    table.cards thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table.cards tr {
      display: grid;
      gap: 0.25em;
      padding: var(--m-space) 0;
      border-bottom: 1px solid var(--m-border);
    }
    table.cards th,
    table.cards td {
      display: block;
      padding: 0;
      border: 0;
    }
    table.cards .cell-label {
      display: inline;
    }
  }
`;
