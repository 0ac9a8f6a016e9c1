import { css } from 'lit';

/**
 * The modal dialogs' rules (details of an entry, a day's events), not in the base sheet: a page
 * draws no open dialog when it first paints, and the forms none at all. With what draws a dialog:
 * the directory's and the practice feed's sheet (collection.styles.ts), the full calendar's view
 * and an event's details, the calendar's two lazy parts. Colours are the base sheet's
 * `--m-dialog` and `--m-dialog-text`, which bvi overrides.
 */
export const dialogStyles = css`
  dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: calc(var(--m-space) * 3);
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-dialog);
    color: var(--m-dialog-text);
    font: inherit;
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--m-space);
    margin-bottom: var(--m-space);
  }
`;
