import { css } from 'lit';

/** The console's frame: header, navigation, main area; one column at phone width. */
export const appStyles = css`
  .root {
    min-height: 100vh;
    min-height: 100dvh;
    container: console-app / inline-size;
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5em;
    top: -10em;
    z-index: 1;
  }
  .skip:focus {
    top: 0.5em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space) calc(var(--m-space) * 2);
    align-items: center;
    justify-content: space-between;
    padding: var(--m-space) calc(var(--m-space) * 2);
    border-bottom: 1px solid var(--m-border);
    background: var(--m-alt);
  }
  .brand {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--m-space);
    align-items: baseline;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    align-items: center;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
  }
  .lang {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .layout {
    display: block;
    padding: calc(var(--m-space) * 2);
  }
  .layout.with-nav {
    display: grid;
    grid-template-columns: minmax(10em, 14em) minmax(0, 1fr);
    gap: calc(var(--m-space) * 3);
  }
  nav ul {
    display: grid;
    gap: 0.25em;
  }
  nav a {
    display: block;
    padding: 0.4em 0.6em;
    border-radius: var(--m-radius);
    color: inherit;
  }
  nav a[aria-current='page'] {
    background: var(--m-accent);
    color: var(--m-on-accent);
    font-weight: 700;
  }
  nav a[aria-current='page']::before {
    content: '▸ ';
  }
  main {
    min-width: 0;
  }
  main:focus {
    outline: none;
  }
  .notice {
    border: 1px solid var(--m-border);
    border-inline-start: 0.35em solid var(--m-accent);
    border-radius: var(--m-radius);
    padding: var(--m-space) calc(var(--m-space) * 1.5);
    margin-bottom: calc(var(--m-space) * 2);
    background: var(--m-alt);
  }
  .notice.problem {
    border-inline-start-color: var(--m-danger);
  }
  .notice h2 {
    margin: 0 0 0.5em;
    font-size: 1.15em;
  }
  .leave {
    width: min(32em, calc(100vw - 2em));
  }
  .leave h2 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .leave .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--m-space);
    margin: calc(var(--m-space) * 2) 0 0;
  }
  @container console-app (width < 44em) {
    .layout.with-nav {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--m-space) * 1.5);
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.5em;
    }
    .layout {
      padding: var(--m-space);
    }
    .top {
      padding: var(--m-space);
    }
  }
  @media (forced-colors: active) {
    nav a[aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
