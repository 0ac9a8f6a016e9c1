import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import { installMockFeeds } from '../stories/support/mock-feeds.ts';
import { publicApi } from './manifest.ts';

// Controls and the argument table come from the widgets' manifest (their JSDoc), trimmed to what
// a page author can set: attributes, CSS custom properties, CSS parts, slots and events.
setCustomElementsManifest(publicApi(manifest));

// A Russian school site: widgets without a `lang` attribute follow the page's language.
document.documentElement.lang = 'ru';

// Every story reads its feeds from memory: no network, and no saved copies from earlier visits.
installMockFeeds();

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
