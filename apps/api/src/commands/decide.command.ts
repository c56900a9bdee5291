import type { Decider, DomainEvent } from '@app/domain';
import { Command } from '@nestjs/cqrs';
import type { CommandContext } from './command-context';

export interface DecisionOutcome {
  /** Events appended (none when the command changed nothing). */
  appended: number;
  /** The stream's revision after the command (-1: the stream does not exist). */
  revision: number;
  /** Global position of the last appended event. */
  position?: number;
  /** The types of the appended events. */
  eventTypes?: string[];
}

export interface DecideOptions {
  /** Re-decide on fresh state when another writer changed the stream meanwhile (default true). */
  retryOnConflict?: boolean;
  /** Answer only once the read models show the change (default true; imports wait once at the end). */
  waitForReadModels?: boolean;
}

/**
 * The one command the bus carries for aggregates: load the stream, fold it, let the decider
 * decide, append what it returns. `name` labels metrics and logs.
 */
export class DecideCommand<
  C extends { kind: string },
  E extends DomainEvent,
  S,
> extends Command<DecisionOutcome> {
  constructor(
    readonly stream: string,
    readonly decider: Decider<C, E, S>,
    readonly command: C,
    readonly context: CommandContext,
    readonly options: DecideOptions = {},
  ) {
    super();
  }
}
