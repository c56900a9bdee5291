import type { CheckItemDefinition } from '@app/domain';

/** A check item in force as the public sees it: its definition, no internal timestamps or reasons. */
export interface PublicCheckItem extends CheckItemDefinition {
  id: string;
}
