import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseHash, type Route } from './route.ts';

/** Keeps the host's `route` in step with `location.hash` (back, forward, links, reloads). */
export class HashController implements ReactiveController {
  route: Route = parseHash(location.hash);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (route: Route, previous: Route) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.update);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.update);
  }

  private update = (): void => {
    const previous = this.route;
    this.route = parseHash(location.hash);
    // The update first: a listener awaiting the host's updateComplete then sees the new page.
    this.host.requestUpdate();
    this.onChange(this.route, previous);
  };
}
