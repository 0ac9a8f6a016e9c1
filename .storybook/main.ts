import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: the widgets on the sample feeds, served by one mock loader
 * (stories/support/mock-feeds.ts), with controls read from packages/widgets/custom-elements.json.
 * Runs offline: no telemetry, no update checks, no external fonts.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
