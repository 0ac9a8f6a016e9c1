import { css } from 'lit';

/** The practice feed's own styles; cards and filters come from the collection sheet. */
export const practicesStyles = css`
  .root {
    --m-skeleton-height: 24em;
  }
  .title {
    margin-bottom: var(--m-space);
  }
  /* With width and height the browser reserves the cover's own ratio (and a style attribute
     would be blocked by a strict Content-Security-Policy); without them, 3:2. */
  .card img:not([width][height]) {
    aspect-ratio: 3 / 2;
  }
  .card img {
    display: block;
    width: 100%;
    height: auto;
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
