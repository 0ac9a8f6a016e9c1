import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One of the console's tables: its name, its columns and its rows (drawn by the page). */
export interface CardsTableOptions {
  /**
   * The id that names the scrolling region: the caption's, or without a caption the id of the
   * heading on the page that names the list already.
   */
  id: string;
  /** The table's name for screen readers (visually hidden: the page's heading shows it). */
  caption?: string;
  /** The column headers; `false` leaves out a column the rows leave out too. */
  columns: readonly (string | false)[];
  /** The rows, each a `<tr role="row">` with a `th scope="row"` and `td data-label` cells. */
  rows: readonly TemplateResult[];
  /**
   * One card per row on a phone (each value with its column's name, console.styles.ts), the
   * default; `false` for a table of few columns that scrolls sideways in its region instead.
   */
  cards?: boolean;
  /** `data-list` on the table, to tell apart the lists of one page. */
  list?: string;
}

const column = (text: string) => html`<th scope="col" role="columnheader">${text}</th>`;

/**
 * A console list as a table in a focusable scrolling region, named by a visually hidden caption.
 * The roles are explicit: at a phone's width the rows become cards (`display: block`), which
 * would otherwise drop the table semantics in some browsers.
 */
export function cardsTable(o: CardsTableOptions): TemplateResult {
  const columns = o.columns.filter((text): text is string => text !== false);
  return html`<div class="table-wrap" role="region" aria-labelledby=${o.id} tabindex="0">
    <table class=${ifDefined(o.cards === false ? undefined : 'cards')} role="table" data-list=${ifDefined(o.list)}>
      ${o.caption === undefined ? nothing : html`<caption id=${o.id} class="vh">${o.caption}</caption>`}
      <thead role="rowgroup">
        <tr role="row">${columns.map(column)}</tr>
      </thead>
      <tbody role="rowgroup">
        ${o.rows}
      </tbody>
    </table>
  </div>`;
}
