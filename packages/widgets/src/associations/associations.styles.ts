import { css } from 'lit';

/** The directory's own styles; cards and filters come from the collection sheet. */
export const associationsStyles = css`
  .root {
    --m-skeleton-height: 24em;
  }
  .title {
    margin-bottom: var(--m-space);
  }
  .meta,
  .theme {
    font-size: 0.95em;
  }
  .meta {
    color: var(--m-muted);
  }
  .links,
  .roles {
    display: grid;
    gap: 0.35em;
  }
  /* The next meetings of its series: a short list of dates under the rhythm. */
  .next {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Where the rhythm goes while its part is on its way: one quiet line, no motion. */
  .pending-bar {
    display: block;
    width: 60%;
    height: 1em;
    border-radius: var(--m-radius);
    background: var(--m-alt);
  }
  .description {
    margin-top: var(--m-space);
  }
`;
