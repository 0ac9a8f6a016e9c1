import { css } from 'lit';

/** The registration's own rules; the form's come from base/form/form.styles.ts. */
export const styles = css`
  section {
    display: grid;
    gap: calc(var(--m-space) * 1.5);
  }
  .places {
    display: grid;
    gap: calc(var(--m-space) * 0.5);
    justify-items: start;
  }
  .places .lead {
    font-weight: bold;
  }
  .places button {
    margin-top: calc(var(--m-space) * 0.5);
  }
`;
