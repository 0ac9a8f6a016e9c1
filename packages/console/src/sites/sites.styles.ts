import { css } from 'lit';
import { textControl } from '../styles/text-control.styles.ts';

/** The page for school webmasters: settings beside the preview and code on wide screens. */
export const sitesStyles = css`
  :host {
    container: sites / inline-size;
  }
  .root {
    /* The base sheet resets .root with "all: initial"; this is a page, not an embed. */
    min-height: 100%;
    padding: calc(var(--m-space) * 2);
    max-width: 90em;
    margin-inline: auto;
    overflow-wrap: break-word;
  }
  .page-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space) calc(var(--m-space) * 2);
    align-items: baseline;
    justify-content: space-between;
  }
  h1 {
    font-size: 1.75em;
    line-height: 1.2;
    margin: 0;
  }
  h2 {
    margin-bottom: var(--m-space);
  }
  h3 {
    margin: calc(var(--m-space) * 2) 0 calc(var(--m-space) / 2);
  }
  .intro {
    max-width: 48em;
    margin: var(--m-space) 0 calc(var(--m-space) * 2);
  }
  .states:empty {
    display: none;
  }
  .states > * + * {
    margin-top: var(--m-space);
  }
  .states {
    margin-bottom: calc(var(--m-space) * 2);
    max-width: 48em;
  }
  .layout {
    display: grid;
    gap: calc(var(--m-space) * 3);
  }
  @container sites (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(18em, 26em) minmax(0, 1fr);
      align-items: start;
    }
  }
  .layout > * {
    min-width: 0;
  }
  .stack {
    display: grid;
    gap: calc(var(--m-space) * 1.5);
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field > label,
  legend,
  .choice-title {
    font-weight: 600;
  }
  legend {
    padding-inline: 0.25em;
  }
  .hint {
    font-size: 0.9em;
    color: var(--m-muted);
  }
  .choice-title {
    display: block;
  }
  .choices {
    display: grid;
    gap: var(--m-space);
  }
  .radio,
  .check-label {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    cursor: pointer;
  }
  .radio input,
  .check-label input {
    margin-top: 0.3em;
    flex: none;
    accent-color: var(--m-accent);
  }
  input[type='radio'] {
    width: 1.1em;
    height: 1.1em;
  }
  select,
  input[type='number'] {
    width: 100%;
  }
  input[type='number'] {
    ${textControl}
  }
  input[type='color'] {
    inline-size: 4em;
    block-size: 2.25em;
    padding: 0.15em;
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-surface);
  }
  input:disabled {
    opacity: 0.6;
  }
  .field-error {
    color: var(--m-danger);
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .preview-frame {
    border: 1px dashed var(--m-border);
    border-radius: var(--m-radius);
    padding: var(--m-space);
    margin-top: var(--m-space);
    min-height: 6em;
    /* A widget wider than a phone at large text scrolls inside its frame, not the page. */
    overflow-x: auto;
  }
  @container sites (max-width: 30em) {
    .root {
      padding: var(--m-space);
    }
    .preview-frame {
      padding: 0;
      border: 0;
    }
  }
  .preview-frame[hidden] {
    display: none;
  }
  .snippet textarea {
    display: block;
    width: 100%;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
    line-height: 1.4;
    color: inherit;
    padding: var(--m-space);
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-alt);
    resize: vertical;
    /* Grows with the code (long URLs wrap); rows is the floor where this is unsupported. */
    field-sizing: content;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: calc(var(--m-space) / 2) 0 var(--m-space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    align-items: center;
  }
  .copy-status {
    font-weight: 600;
  }
  .code {
    margin-top: calc(var(--m-space) * 3);
  }
  .radio:has(input:disabled) {
    cursor: default;
  }
  .code > p {
    max-width: 48em;
  }
  .guides {
    margin-top: calc(var(--m-space) * 4);
    max-width: 48em;
  }
  .guides > p {
    margin-bottom: var(--m-space);
  }
  details {
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    padding: calc(var(--m-space) / 2) var(--m-space);
    margin-bottom: var(--m-space);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.75em;
  }
  details ol {
    list-style: decimal;
    padding-inline-start: 1.5em;
    margin-top: calc(var(--m-space) / 2);
  }
  details li + li {
    margin-top: 0.35em;
  }
  button.language {
    font-size: 1em;
  }
`;
