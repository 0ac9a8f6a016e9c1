import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: the widgets on the sample feeds, served by one mock loader
 * (stories/support/mock-feeds.ts), with controls and Docs pages read from
 * packages/widgets/custom-elements.json, plus the MDX pages in stories/ (embedding guide).
 * Runs offline: no telemetry, no update checks, no external fonts.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
