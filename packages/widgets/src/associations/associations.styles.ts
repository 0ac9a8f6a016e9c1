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
  .description {
    margin-top: var(--m-space);
  }
`;
