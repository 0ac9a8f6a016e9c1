/**
 * The mocha hooks both registration end-to-end files need: the service started once, and every
 * test starting from a clean widget state (no cached feed, no draft, no remembered places) with
 * its requests routed to the local service.
 */
import { loaderOptions } from '../../packages/widgets/src/base/feed-loader.ts';
import { sendOptions } from '../../packages/widgets/src/base/form/form-send.ts';
import { forgetAvailability } from '../../packages/widgets/src/registration/registration-availability.ts';
import { connect, route } from './registration-service.ts';

/** Registers the hooks; call at the top level of a test file, before its own `before`. */
export function useRegistrationService(): void {
  before(async function (this: { timeout(ms: number): void }) {
    // The service compiles its TypeScript on start: seconds on a busy machine.
    this.timeout(60_000);
    await connect();
  });

  beforeEach(() => {
    loaderOptions.storage = null;
    // No draft from another test's form.
    sessionStorage.clear();
    forgetAvailability();
    route();
  });

  afterEach(() => {
    delete sendOptions.fetch;
    delete loaderOptions.fetch;
  });
}
