import type { User } from '../api/types.ts';

/** A page signed the user in (login, setup or a one-time link): the console shows their pages. */
export class SignedInEvent extends Event {
  static readonly type = 'console-signed-in';
  constructor(
    readonly user: User,
    readonly csrfToken: string,
  ) {
    super(SignedInEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'console-signed-in': SignedInEvent;
  }
}
