/**
 * Registers the console's elements (each only if its tag is free). The one module with side
 * effects besides main.ts; tests import it to mount `<metodika-console>`.
 */
import { MetodikaConsole } from './app/console-app.ts';
import { ConsoleAuditPage } from './pages/audit/audit-page.ts';
import { ConsoleDraftEventsPage } from './pages/content/draft-events-page.ts';
import { ConsoleImportPage } from './pages/content/import-page.ts';
import { ConsolePublishingPage } from './pages/content/publishing-page.ts';
import { ConsoleEventPage } from './pages/events/event-page.ts';
import { ConsoleEventsPage } from './pages/events/events-page.ts';
import { ConsoleLinkPage } from './pages/link/link-page.ts';
import { ConsoleLoginPage } from './pages/login/login-page.ts';
import { ConsolePasswordPage } from './pages/password/password-page.ts';
import { ConsoleRequestPage } from './pages/request/request-page.ts';
import { ConsoleRequestsPage } from './pages/requests/requests-page.ts';
import { ConsoleSettingsPage } from './pages/settings/settings-page.ts';
import { ConsoleTokensPage } from './pages/tokens/tokens-page.ts';
import { ConsoleUsersPage } from './pages/users/users-page.ts';
import { ConsoleWithdrawalPage } from './pages/withdrawal/withdrawal-page.ts';
import { ConsoleCopyButton } from './ui/copy-button.ts';

const ELEMENTS = {
  'metodika-console': MetodikaConsole,
  'console-login-page': ConsoleLoginPage,
  'console-link-page': ConsoleLinkPage,
  'console-requests-page': ConsoleRequestsPage,
  'console-request-page': ConsoleRequestPage,
  'console-events-page': ConsoleEventsPage,
  'console-event-page': ConsoleEventPage,
  'console-withdrawal-page': ConsoleWithdrawalPage,
  'console-publishing-page': ConsolePublishingPage,
  'console-import-page': ConsoleImportPage,
  'console-draft-events-page': ConsoleDraftEventsPage,
  'console-users-page': ConsoleUsersPage,
  'console-audit-page': ConsoleAuditPage,
  'console-settings-page': ConsoleSettingsPage,
  'console-tokens-page': ConsoleTokensPage,
  'console-password-page': ConsolePasswordPage,
  'console-copy-button': ConsoleCopyButton,
} as const;

for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export { MetodikaConsole };

declare global {
  interface HTMLElementTagNameMap {
    'metodika-console': MetodikaConsole;
    'console-login-page': ConsoleLoginPage;
    'console-link-page': ConsoleLinkPage;
    'console-requests-page': ConsoleRequestsPage;
    'console-request-page': ConsoleRequestPage;
    'console-events-page': ConsoleEventsPage;
    'console-event-page': ConsoleEventPage;
    'console-withdrawal-page': ConsoleWithdrawalPage;
    'console-publishing-page': ConsolePublishingPage;
    'console-import-page': ConsoleImportPage;
    'console-draft-events-page': ConsoleDraftEventsPage;
    'console-users-page': ConsoleUsersPage;
    'console-audit-page': ConsoleAuditPage;
    'console-settings-page': ConsoleSettingsPage;
    'console-tokens-page': ConsoleTokensPage;
    'console-password-page': ConsolePasswordPage;
    'console-copy-button': ConsoleCopyButton;
  }
}
