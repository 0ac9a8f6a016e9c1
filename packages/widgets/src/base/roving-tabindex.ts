import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of a one-dimensional roving tabindex. */
export interface RovingOptions {
  /** The items in order (re-queried on every key press, so re-rendered lists are fine). */
  items: () => HTMLElement[];
  /** Arrow keys to react to. */
  direction?: 'horizontal' | 'vertical' | 'both';
}

/**
 * One Tab stop for a group (toolbar, tab list, chip list): arrows move focus within it, Home/End
 * jump to the ends. Call `handleKeydown` from the group's `@keydown` and `sync()` after render.
 * The month grid has its own two-dimensional version in the calendar.
 */
export class RovingTabindexController implements ReactiveController {
  private current = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RovingOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Makes exactly one item tabbable: the current one, clamped to the list. */
  sync(): void {
    const items = this.options.items();
    this.current = Math.max(0, Math.min(this.current, items.length - 1));
    items.forEach((item, index) => {
      item.tabIndex = index === this.current ? 0 : -1;
    });
  }

  /** Moves focus for arrow keys, Home and End; other keys pass through. */
  handleKeydown(event: KeyboardEvent): void {
    const items = this.options.items();
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const direction = this.options.direction ?? 'horizontal';
    const back =
      direction === 'vertical'
        ? ['ArrowUp']
        : direction === 'horizontal'
          ? ['ArrowLeft']
          : ['ArrowUp', 'ArrowLeft'];
    const forward =
      direction === 'vertical'
        ? ['ArrowDown']
        : direction === 'horizontal'
          ? ['ArrowRight']
          : ['ArrowDown', 'ArrowRight'];
    let to: number;
    if (back.includes(event.key)) to = (from - 1 + items.length) % items.length;
    else if (forward.includes(event.key)) to = (from + 1) % items.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = items.length - 1;
    else return;
    event.preventDefault();
    this.current = to;
    this.sync();
    items[to]?.focus();
  }
}
