import { css } from 'lit';

/** The content pages' additions to the console's sheet: problem groups, diffs, downloads, URLs. */
export const contentStyles = css`
  .problems h3,
  .diff h3 {
    font-size: 1em;
    margin-block: calc(var(--m-space) * 1.5) 0.25em;
  }
  .problems ul,
  .diff ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .problems li + li,
  .diff li + li {
    margin-block-start: 0.25em;
  }
  .problems.error h3::before {
    content: '✖ ';
  }
  .problems.warning h3::before {
    content: '⚠ ';
  }
  .where {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .diff-kind {
    font-weight: 600;
    margin-block: 0.5em 0.15em;
  }
  .diff-kind.added::before {
    content: '+ ';
  }
  .diff-kind.removed::before {
    content: '− ';
  }
  .diff-kind.changed::before {
    content: '~ ';
  }
  .filters .grow {
    min-width: 0;
    flex: 1 1 12em;
  }
  ul.links {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .urls {
    display: grid;
    gap: var(--m-space);
  }
  .url {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .url code {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .url-name {
    font-weight: 600;
    flex-basis: 100%;
  }
  .success:focus {
    outline: 0.15em solid var(--m-focus);
    outline-offset: 0.15em;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* At 200% text on a phone the file control's button and words are wider than the screen. */
  form.stack {
    grid-template-columns: minmax(0, 1fr);
  }
  fieldset {
    min-inline-size: 0;
  }
  input[type='file'] {
    width: 100%;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  input[type='url'],
  input[type='search'] {
    width: 100%;
    min-width: 0;
    color: inherit;
    background: var(--m-surface);
    box-sizing: border-box;
    font: inherit;
    padding: 0.4em 0.5em;
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
  }
`;
