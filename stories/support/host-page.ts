import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The five colour schemes of the bvi plugin ("version for the visually impaired"). */
export const BVI_THEMES = ['white', 'black', 'blue', 'brown', 'green'] as const;

/** A bvi colour scheme. */
export type BviTheme = (typeof BVI_THEMES)[number];

/**
 * The page as the bvi plugin leaves it when switched on: content inside `.bvi-body` with its
 * settings as `data-bvi-*` attributes, which the widgets follow inside their shadow roots.
 */
export function bviPage(theme: BviTheme, fontSize = 0): Decorator {
  return (story) =>
    html`<div
      class="bvi-body"
      data-bvi-theme=${theme}
      data-bvi-fontsize=${fontSize || '16'}
      data-bvi-images="grayscale"
    >
      ${story()}
    </div>`;
}

/**
 * A school site's stylesheet at its worst: resets, `all: revert`, !important everywhere, odd fonts
 * and colours. Scoped to the story's wrapper so it leaves Storybook alone and goes with the story.
 */
const HOSTILE_CSS = `
  .hostile-page, .hostile-page :not(style) {
    all: revert !important;
    font: italic 22px/0.7 "Comic Sans MS", cursive !important;
    color: #555 !important;
    background: #ff0 !important;
    letter-spacing: 0.2em !important;
    text-transform: uppercase !important;
    box-sizing: content-box !important;
  }
  .hostile-page :not(style) { display: inline !important; }
  .hostile-page button, .hostile-page table, .hostile-page dialog { display: none !important; }
  .hostile-page metodika-calendar, .hostile-page metodika-feed { border: 9px dashed red !important; }
`;

/** Wraps the story in a page whose own CSS attacks it. */
export const hostilePage: Decorator = (story) => {
  // Lit does not bind inside <style>: the sheet goes in as a node.
  const sheet = document.createElement('style');
  sheet.textContent = HOSTILE_CSS;
  return html`<div class="hostile-page">
    ${sheet}
    <p>Текст школьного сайта вокруг виджета.</p>
    ${story()}
  </div>`;
};

/** The page's text at `percent` % (browser zoom or a site's large-print mode). */
export function fontSizePage(percent: number): Decorator {
  return (story) => html`<div style="font-size: ${percent}%">${story()}</div>`;
}

/** Lets the story set the widget's container width (`args.width`, any CSS length). */
export const containerWidth: Decorator = (story, { args }) => {
  const width = typeof args.width === 'string' && args.width ? args.width : 'auto';
  return html`<div style="max-width: ${width}; outline: 1px dashed #8888">${story()}</div>`;
};

/**
 * A page that offers both schemes (`color-scheme: light dark`, as a dark-mode-aware school site
 * does): it and the widgets' default colours follow the visitor's `prefers-color-scheme`.
 */
export const lightDarkPage: Decorator = (story) =>
  html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1em">
    ${story()}
  </div>`;

/**
 * Puts `values` into the page's URL hash under the widget namespace `namespace` (a widget's `id`)
 * before the story renders, as a shared link would: `#no-matches.q=…`. Other keys stay, and the
 * namespace is the story's own, so other widgets on a Docs page are not affected.
 */
export function hashPreset<A>(namespace: string, values: Record<string, string>): Decorator<A> {
  return (story) => {
    const kept = location.hash
      .slice(1)
      .split('&')
      .filter((part) => part && !part.startsWith(`${namespace}.`));
    const ours = Object.entries(values).map(
      ([key, value]) => `${namespace}.${key}=${encodeURIComponent(value)}`,
    );
    history.replaceState(history.state, '', `#${[...kept, ...ours].join('&')}`);
    return story();
  };
}
