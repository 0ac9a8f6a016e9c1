import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseHash, type Route } from './route.ts';

/**
 * Keeps the host's `route` in step with `location.hash` (back, forward, links, reloads). A
 * `guard` answering false keeps the route where it is and puts its address back (a form with
 * unsaved edits asks first).
 */
export class HashController implements ReactiveController {
  route: Route = parseHash(location.hash);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (route: Route, previous: Route) => void = () => {},
    private readonly guard: (next: Route, current: Route) => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.update);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.update);
  }

  private update = (event: Event): void => {
    const next = parseHash(location.hash);
    if (!this.guard(next, this.route)) {
      const { oldURL } = event as HashChangeEvent;
      // Back and links have moved in the history already: a new entry keeps the one left for
      // (Back asks again); a page's own replacement (navigate(…, true), untrusted) is undone.
      if (event.isTrusted) history.pushState(history.state, '', oldURL);
      else history.replaceState(history.state, '', oldURL);
      return;
    }
    const previous = this.route;
    this.route = next;
    // The update first: a listener awaiting the host's updateComplete then sees the new page.
    this.host.requestUpdate();
    this.onChange(this.route, previous);
  };
}
