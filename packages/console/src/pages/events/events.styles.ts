import { css } from 'lit';

/**
 * The events pages' additions to the console's sheet (whose `.cards` tables become one card per
 * row on a phone): the counts, the attendance cell, the in-place confirmation and the row's moves.
 */
export const eventsStyles = css`
  /* Event titles are long: unlike request numbers they wrap. */
  th[scope='row'] a {
    white-space: normal;
  }
  th[scope='row'] .muted {
    font-weight: normal;
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
    display: inline-flex;
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
  details {
    margin-bottom: calc(var(--m-space) * 3);
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.25em;
  }
  th[scope='row'][tabindex='-1']:focus {
    outline: 0.15em solid var(--m-focus);
    outline-offset: -0.15em;
  }
`;
