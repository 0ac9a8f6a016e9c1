import { css } from 'lit';

/**
 * The sheet every widget starts with. Internal `--m-*` properties read the public
 * `--metodika-*` tokens (styles/tokens.ts) once; bvi themes override the internal ones directly.
 * Sizes are in em so the page's font size, browser zoom and bvi's font size flow in.
 */
export const baseStyles = css`
  /* !important here wins over any page rule, even "* { display: inline !important }": inner
     important declarations beat outer ones. "hidden" still hides the widget. */
  :host {
    display: block !important;
    /* Inherited from the page on purpose; everything else is reset on .root. */
    font-family: inherit;
    font-size: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    all: initial;
    /* "all" resets color-scheme too; the page's light/dark choice must still reach us. */
    color-scheme: inherit;
    display: block;
    container: metodika / inline-size;
    font-family: inherit;
    font-size: inherit;
    line-height: 1.5;
    /* Own colours by default (the page's Canvas/CanvasText, so the page's color-scheme picks
       light or dark): a page's own colours may be unreadable against ours. */
    --m-text: var(--metodika-text, CanvasText);
    --m-surface: var(--metodika-surface, Canvas);
    --m-dialog: var(--m-surface);
    --m-dialog-text: var(--m-text);
    --m-alt: var(--metodika-surface-alt, color-mix(in srgb, var(--m-text) 6%, var(--m-surface)));
    --m-muted: var(--metodika-text-muted, color-mix(in srgb, var(--m-text) 72%, var(--m-surface)));
    --m-border: var(--metodika-border, color-mix(in srgb, var(--m-text) 55%, var(--m-surface)));
    --m-accent: var(--metodika-accent, light-dark(#0b5cad, #9cc6ff));
    --m-on-accent: var(--metodika-accent-contrast, light-dark(#fff, #0b1a2e));
    --m-danger: var(--metodika-danger, light-dark(#b3261e, #ffb4ab));
    --m-radius: var(--metodika-radius, 0.375em);
    --m-space: var(--metodika-space, 0.5em);
    --m-focus: var(--metodika-focus, var(--m-accent));
    color: var(--m-text);
    background: var(--m-surface);
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }

  /* bvi ("version for the visually impaired"): the same five schemes as the plugin. */
  .root[data-bvi-theme] {
    --m-surface: var(--bvi-bg);
    --m-dialog: var(--bvi-bg);
    --m-alt: var(--bvi-bg);
    --m-text: var(--bvi-fg);
    --m-dialog-text: var(--bvi-fg);
    --m-muted: var(--bvi-fg);
    --m-border: var(--bvi-fg);
    --m-accent: var(--bvi-fg);
    --m-on-accent: var(--bvi-bg);
    --m-danger: var(--bvi-fg);
    --m-focus: var(--bvi-fg);
  }
  .root[data-bvi-theme='white'] {
    --bvi-bg: #fff;
    --bvi-fg: #000;
  }
  .root[data-bvi-theme='black'] {
    --bvi-bg: #000;
    --bvi-fg: #fff;
  }
  .root[data-bvi-theme='blue'] {
    --bvi-bg: #9dd1ff;
    --bvi-fg: #063462;
  }
  .root[data-bvi-theme='brown'] {
    --bvi-bg: #f7f3d6;
    --bvi-fg: #4d4b43;
  }
  .root[data-bvi-theme='green'] {
    --bvi-bg: #3b2716;
    --bvi-fg: #a9e44d;
  }
  .root[data-bvi-theme] * {
    box-shadow: none !important;
    text-shadow: none !important;
  }
  /* The size the visitor chose in bvi is the smallest text they can read: badges, counts,
     captions and hints grow to it; headings stay larger. */
  .root[data-bvi-fontsize] *:not(h2, h3, h2 *, h3 *) {
    font-size: inherit !important;
  }
  .root[data-bvi-images='false'] img {
    display: none;
  }
  .root[data-bvi-images='grayscale'] img {
    filter: grayscale(1);
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  a {
    color: var(--m-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.15em solid var(--m-focus);
    outline-offset: 0.15em;
  }

  button,
  .button,
  input,
  select {
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-surface);
    cursor: pointer;
    text-decoration: none;
  }
  button:hover,
  .button:hover {
    background: var(--m-alt);
  }
  /* :hover too, or button:hover (more specific than .primary) turns the background pale under
     the white text. */
  .primary,
  .primary:hover {
    background: var(--m-accent);
    border-color: var(--m-accent);
    color: var(--m-on-accent);
  }
  button.link {
    border: 0;
    min-height: 0;
    padding: 0;
    background: none;
    color: var(--m-accent);
    text-decoration: underline;
  }
  input[type='search'],
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select,
  textarea {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-surface);
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--m-accent);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.15em 0;
    cursor: pointer;
  }
  .muted {
    color: var(--m-muted);
  }

  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* States: the skeleton reserves the widget's usual height so nothing jumps when data arrives. */
  .state {
    padding: calc(var(--m-space) * 2);
    border: 1px solid var(--m-border);
    border-radius: var(--m-radius);
  }
  .skeleton {
    min-height: var(--m-skeleton-height, 12em);
    color: var(--m-muted);
  }
  .skeleton .bar {
    height: 1em;
    margin-top: 0.75em;
    border-radius: var(--m-radius);
    background: var(--m-alt);
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  .error {
    border-color: var(--m-danger);
  }
  .error .title {
    font-weight: bold;
  }
  .state p + p,
  .state p + button {
    margin-top: var(--m-space);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--m-space);
    margin-bottom: var(--m-space);
    padding: calc(var(--m-space) * 0.75) var(--m-space);
    border: 1px dashed var(--m-border);
    border-radius: var(--m-radius);
    background: var(--m-alt);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border: 1px solid ButtonText;
    }
    .primary,
    .primary:hover {
      forced-color-adjust: none;
      background: Highlight;
      border-color: HighlightText;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
