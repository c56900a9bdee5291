import type { Actor } from '@app/runtime';

/** What the guard attaches to a request. */
export interface RequestWithActor {
  actor?: Actor;
}
