import { css } from 'lit';
import { dialogStyles } from '../styles/dialog.styles.ts';
import { filterBarStyles } from './filter-bar.styles.ts';

/** Shared layout of collection widgets: heading, filters, count, cards, "show more", details. */
export const collectionStyles = css`
  ${filterBarStyles}
  ${dialogStyles}
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--m-space);
    margin-bottom: var(--m-space);
  }
  .count {
    margin-block: var(--m-space);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: calc(var(--m-space) * 2);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--m-space) * 0.75);
    height: 100%;
    padding: calc(var(--m-space) * 2);
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    overflow-wrap: anywhere;
  }
  .card h3 button.link {
    font-weight: bold;
    text-align: start;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--m-border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  /* Term above value: cards are narrow whatever the widget's width, and a two-column grid
     squeezed long organization names into one letter per line. */
  .facts {
    display: grid;
    gap: 0.35em;
    margin: var(--m-space) 0;
  }
  .facts dd {
    margin: 0;
  }
  .facts dt {
    color: var(--m-muted);
  }
  .show-more {
    margin-top: calc(var(--m-space) * 2);
  }
  dialog h3 {
    margin-top: calc(var(--m-space) * 2);
    margin-bottom: calc(var(--m-space) * 0.5);
  }
  dialog li + li {
    margin-top: 0.35em;
  }
  .no-matches button {
    margin-top: var(--m-space);
  }
`;
