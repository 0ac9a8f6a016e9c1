import { css } from 'lit';

/**
 * The forms' rules (consultation, registration); the base sheet styles the controls themselves.
 */
export const formStyles = css`
  form,
  fieldset {
    display: grid;
    gap: calc(var(--m-space) * 1.5);
  }
  fieldset {
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    padding: var(--m-space) calc(var(--m-space) * 1.5) calc(var(--m-space) * 1.5);
  }
  legend {
    padding: 0 0.25em;
    font-weight: bold;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
    gap: calc(var(--m-space) * 1.5);
  }
  .field {
    display: grid;
    /* Beside a field with a hint, the control keeps its own height instead of stretching. */
    align-content: start;
    gap: 0.25em;
    min-width: 0;
  }
  .field input,
  select,
  textarea {
    width: 100%;
  }
  textarea {
    font: inherit;
    color: inherit;
    resize: vertical;
  }
  .hint {
    font-size: 0.875em;
    color: var(--m-muted);
  }
  .error,
  .problem {
    color: var(--m-danger);
  }
  .error::before {
    content: '⚠ ';
  }
  .invalid input,
  .invalid select,
  .invalid textarea {
    border-color: var(--m-danger);
    border-width: 2px;
  }
  .summary,
  .problem {
    padding: var(--m-space) calc(var(--m-space) * 1.5);
    border: 2px solid var(--m-danger);
    border-radius: var(--m-radius);
  }
  .summary p,
  .problem p:first-child {
    font-weight: bold;
  }
  .summary ul {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .problem {
    display: grid;
    gap: var(--m-space);
    justify-items: start;
  }
  .consent dl {
    display: grid;
    gap: 0.25em;
    font-size: 0.9em;
  }
  .consent dt {
    display: inline;
    font-weight: bold;
  }
  .consent dt::after {
    content: ': ';
  }
  .consent dd {
    display: inline;
  }
  .consent details p {
    margin-top: var(--m-space);
    font-size: 0.9em;
  }
  summary {
    cursor: pointer;
    color: var(--m-accent);
  }
  .check {
    align-items: start;
  }
  .check input {
    margin-top: 0.2em;
    flex: none;
  }
  /* The honeypot: off screen, out of the tab order and the accessibility tree. */
  .hp {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button[type='submit'] {
    justify-self: start;
  }
  button:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  .stored,
  .result {
    display: grid;
    gap: var(--m-space);
    justify-items: start;
    padding: calc(var(--m-space) * 2);
    border: 2px solid var(--m-accent);
    border-radius: var(--m-radius);
  }
`;
