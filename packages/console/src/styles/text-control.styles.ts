import { css } from 'lit';

/**
 * How a typed-in control looks in the console and on the webmasters' page: the page's font,
 * the widgets' tokens for border, corner and surface, and a touch-sized height.
 */
export const textControl = css`
  font: inherit;
  color: inherit;
  min-height: 2.25em;
  padding: 0.25em 0.5em;
  border: 1px solid var(--m-border);
  border-radius: var(--m-radius);
  background: var(--m-surface);
`;
