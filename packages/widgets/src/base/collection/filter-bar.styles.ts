import { css } from 'lit';

/**
 * The filter bar's rules (filter-bar.ts), with the bar, not in the base sheet: a page whose
 * widgets draw no bar (the calendar's home-page strip, the forms) does not download them. The
 * directory and the practice feed have them in their collection sheet, the full calendar in its
 * view's; the text field itself is the base sheet's.
 */
export const filterBarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--m-space);
  }
  .filters {
    margin-bottom: var(--m-space);
  }
  .filters .facet[open] {
    flex-basis: 100%;
  }
  /* The box may shrink below the input's own width (min-width: 0, the input following it): at
     360 px and 200 % text the input alone was wider than the widget and pushed its label out
     sideways, unwrapped. */
  .search {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15em;
    min-width: 0;
    max-width: 100%;
  }
  .search input {
    width: 100%;
    min-width: 0;
  }
  .label {
    font-size: 0.875em;
    color: var(--m-muted);
  }
  /* Each facet's summary is a \`.button\` (the base sheet's), open while its options show. */
  .facet {
    position: relative;
  }
  .facet[open] > summary {
    background: var(--m-alt);
  }
  .facet fieldset {
    border: 0;
    padding: 0.5em 0.25em;
    max-height: 16em;
    overflow: auto;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--m-space) * 0.75);
    margin-block: var(--m-space);
  }
  /* A count on a facet; also the practice feed's «featured» and the agenda's «today», whose
     sheets include this one. */
  .badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--m-accent);
    color: var(--m-on-accent);
    font-size: 0.8em;
    text-align: center;
  }
  /* A button: the base sheet's rules, forced colours' border among them. */
  .chip {
    min-height: 2em;
    border-radius: 1em;
    background: var(--m-alt);
  }

  @media (forced-colors: active) {
    .badge {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
