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
  .description {
    margin-top: var(--m-space);
  }
`;
