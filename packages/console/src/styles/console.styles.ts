import { css } from 'lit';
import { textControl } from './text-control.styles.ts';

/** What every console page adds to the widgets' base sheet: page layout, forms, tables. */
export const consoleStyles = css`
  .root {
    container: console / inline-size;
    /* The base sheet resets .root with "all: initial"; the console is a page, not an embed. */
    min-height: 100%;
  }
  h1 {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 calc(var(--m-space) * 2);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 0.15em solid var(--m-focus);
  }
  h2 {
    margin: calc(var(--m-space) * 3) 0 var(--m-space);
  }
  p + p {
    margin-top: var(--m-space);
  }
  section {
    margin-bottom: calc(var(--m-space) * 3);
  }
  form,
  .stack {
    display: grid;
    gap: calc(var(--m-space) * 1.5);
    max-width: 40em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  .hint {
    font-size: 0.9em;
    color: var(--m-muted);
  }
  .field-error {
    color: var(--m-danger);
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  input[type='password'],
  input[type='date'],
  input[type='number'],
  textarea {
    ${textControl}
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 6em;
    resize: vertical;
  }
  input[type='email'],
  input[type='password'],
  input[type='text'],
  input[type='tel'] {
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--m-danger);
    border-width: 2px;
  }
  fieldset {
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    padding: var(--m-space) calc(var(--m-space) * 1.5);
    min-width: 0;
  }
  /* A radio or checkbox with its words beside it. */
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    align-items: center;
  }
  .summary {
    border: 2px solid var(--m-danger);
    border-radius: var(--m-radius);
    padding: var(--m-space) calc(var(--m-space) * 1.5);
  }
  .summary:focus {
    outline: 0.15em solid var(--m-focus);
    outline-offset: 0.15em;
  }
  .summary ul {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .notice {
    border: 1px solid var(--m-border);
    border-inline-start: 0.35em solid var(--m-accent);
    border-radius: var(--m-radius);
    padding: var(--m-space) calc(var(--m-space) * 1.5);
    background: var(--m-alt);
  }
  .notice.problem {
    border-inline-start-color: var(--m-danger);
  }
  .notice.problem::before {
    content: '⚠ ';
    font-weight: bold;
  }
  .secret {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    align-items: center;
  }
  .secret code {
    overflow-wrap: anywhere;
    padding: 0.25em 0.5em;
    border: 1px dashed var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-surface);
    user-select: all;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--m-space);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--m-border);
  }
  th {
    font-weight: 600;
  }
  tr.unread {
    font-weight: 700;
  }
  .mark {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--m-radius);
    font-size: 0.85em;
    font-weight: 700;
  }
  .status-new::before {
    content: '● ';
  }
  .status-in-progress::before {
    content: '◐ ';
  }
  .status-answered::before {
    content: '✓ ';
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.35em 1em;
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    align-items: center;
    margin-top: var(--m-space);
  }
  .inline-field {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
  }
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--m-space) * 0.75);
    margin-block: var(--m-space);
  }
  .tabs a {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--m-border);
    border-radius: 1em;
    text-decoration: none;
    color: inherit;
  }
  .tabs a[aria-current='true'] {
    background: var(--m-accent);
    border-color: var(--m-accent);
    color: var(--m-on-accent);
    text-decoration: underline;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space) calc(var(--m-space) * 1.5);
    align-items: end;
    max-width: none;
  }
  /* min-width 0: a select is as wide as its longest option otherwise (long topic names). */
  .filters .field {
    flex: 1 1 10em;
    min-width: 0;
  }
  .field select {
    width: 100%;
  }
  .filters .grow {
    flex: 1 1 16em;
  }
  ol.history {
    display: grid;
    gap: var(--m-space);
  }
  ol.history li {
    border-inline-start: 0.2em solid var(--m-border);
    padding-inline-start: var(--m-space);
  }
  th[scope='row'] a {
    white-space: nowrap;
  }
  /* A table of many columns becomes one card per row on a phone, each value with its name. */
  @container console (width < 40em) {
    table.cards,
    .cards thead,
    .cards tbody,
    .cards tr,
    .cards th,
    .cards td {
      display: block;
    }
    .cards thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards tr {
      border: 1px solid var(--m-border);
      border-radius: var(--m-radius);
      padding: calc(var(--m-space) * 0.75) var(--m-space);
      margin-bottom: var(--m-space);
    }
    .cards th,
    .cards td {
      border: 0;
      padding: 0.1em 0;
    }
    .cards td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  .two-col {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: calc(var(--m-space) * 3);
  }
  @container console (width < 48em) {
    .two-col {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container console (width < 30em) {
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.facts dd {
      margin-bottom: 0.5em;
    }
  }
  @media (forced-colors: active) {
    .tabs a[aria-current='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .notice,
    .summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
