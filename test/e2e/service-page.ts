/**
 * A page of the department's service opened in a tab of its own, as a person opens a link from a
 * letter: a real top-level load with the service's own headers. Its pages may not be framed and
 * cut off their opener, so the tab is driven by the test runner's Playwright (the inbox plugin's
 * `metodika-service-page` command); this is its side in the test page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** What the tab shows after a load. */
interface Shown {
  id: number;
  status: number;
  headers: Record<'cache-control' | 'content-security-policy' | 'x-frame-options', string | null>;
  heading: string;
  text: string;
  /** The page's button's label, or null without one. */
  button: string | null;
  /** Console errors and uncaught errors in the tab. */
  problems: string[];
}

const command = <R>(payload: object) =>
  executeServerCommand<R, object>('metodika-service-page', payload);

export class ServicePage {
  private constructor(private now: Shown) {}

  /** Opens `url` in a new tab and waits until it has loaded. */
  static async open(url: string): Promise<ServicePage> {
    return new ServicePage(await command<Shown>({ open: url }));
  }

  get status(): number {
    return this.now.status;
  }

  get headers(): Shown['headers'] {
    return this.now.headers;
  }

  get heading(): string {
    return this.now.heading;
  }

  /** The page's main text. */
  get text(): string {
    return this.now.text;
  }

  get button(): string | null {
    return this.now.button;
  }

  get problems(): string[] {
    return this.now.problems;
  }

  /** Presses the page's button (it submits its form) and waits for the page it answers with. */
  async press(): Promise<void> {
    expect(this.now.button, 'a button to press').to.not.equal(null);
    this.now = await command<Shown>({ id: this.now.id, press: true });
  }

  /** Runs axe-core in the tab and expects no violations. */
  async expectAccessible(): Promise<void> {
    const violations = await command<{ id: string; help: string; targets: string[] }[]>({
      id: this.now.id,
      axe: true,
    });
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`)).to.deep.equal([]);
  }

  async close(): Promise<void> {
    await command({ id: this.now.id, close: true });
  }
}
