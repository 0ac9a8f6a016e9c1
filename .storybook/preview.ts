import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import { installMockFeeds } from '../stories/support/mock-feeds.ts';
import { publicApi } from './manifest.ts';

// Controls, the argument table and each widget's Docs page come from the widgets' manifest (their
// JSDoc), trimmed to what a page author can use: attributes, script-only properties, CSS custom
// properties, CSS parts, slots and events.
setCustomElementsManifest(publicApi(manifest));

// A Russian school site: widgets without a `lang` attribute follow the page's language.
document.documentElement.lang = 'ru';

// Every story reads its feeds from memory: no network, and no saved copies from earlier visits.
installMockFeeds();

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/** Argument-table categories that document, but have nothing a control could set. */
const DOCUMENTED_ONLY = new Set(['properties', 'css shadow parts', 'slots', 'events']);

/**
 * Script-only properties (the feed state, the language in use), parts, slots and events are
 * documented without a control: the stories render attributes and tokens, so a control for the
 * others would change nothing.
 */
const documentedOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      DOCUMENTED_ONLY.has(argType.table?.category ?? '') ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  // Every widget gets a Docs page built from the manifest, above its stories.
  tags: ['autodocs'],
  argTypesEnhancers: [documentedOnly],
  parameters: {
    // The `lang` Docs pages put around each story: the page of a Russian school site.
    htmlLang: 'ru',
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
