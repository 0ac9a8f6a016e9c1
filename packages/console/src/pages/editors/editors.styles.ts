import { css } from 'lit';

/** The editors' additions: the parts' tabs, choice groups, date and time side by side, preview. */
export const editorsStyles = css`
  .parts {
    list-style: none;
    padding: 0;
  }
  .editor {
    margin-block-start: calc(var(--m-space) * 2);
  }
  /* minmax(0, …): a select is as wide as its longest option (an organization's full name). */
  .editor form,
  .editor .field,
  fieldset.section,
  fieldset.rule,
  fieldset.entry {
    grid-template-columns: minmax(0, 1fr);
  }
  .editor form {
    max-width: 44em;
  }
  .editor fieldset {
    min-inline-size: 0;
  }
  .meetings-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--m-space);
  }
  .meetings-list .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
  }
  .choice {
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
    max-width: 100%;
    min-width: 0;
  }
  .choice span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .field-label {
    font-weight: 600;
  }
  .inline-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .inline-fields label {
    display: grid;
    gap: 0.2em;
  }
  input[type='time'],
  select {
    font: inherit;
    color: inherit;
    min-height: 2.25em;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-surface);
  }
  input[type='text'] {
    box-sizing: border-box;
    min-width: 0;
  }
  fieldset.section,
  fieldset.rule,
  fieldset.entry {
    display: grid;
    gap: var(--m-space);
  }
  .weekday {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: baseline;
  }
  .rule-words {
    font-size: 1.05em;
  }
  [data-rule-code] {
    overflow-wrap: anywhere;
  }
  .preview {
    min-width: 0;
  }
  fieldset:focus {
    outline: 0.15em solid var(--m-focus);
    outline-offset: 0.15em;
  }
`;
