import { css } from 'lit';

/** The practice feed's own styles; cards and filters come from the collection sheet. */
export const practicesStyles = css`
  .root {
    --m-skeleton-height: 24em;
  }
  .title {
    margin-bottom: var(--m-space);
  }
  .card img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: calc(var(--m-radius) * 0.75);
    background: var(--m-alt);
  }
  .featured {
    border-color: var(--m-accent);
    border-width: 2px;
  }
  .meta {
    color: var(--m-muted);
  }
  .authors {
    font-size: 0.95em;
  }
  .strip li {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--m-space);
    padding-block: 0.35em;
    border-bottom: 1px solid var(--m-border);
  }
  .strip button.link {
    text-align: start;
  }
`;
