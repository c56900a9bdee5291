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

/** A command, or how to build it from the state the writer folds (so the caller need not fold again). */
export type CommandFrom<C, S> = C | ((state: S) => C | Promise<C>);

/**
 * Every write of the api, as the CommandBus carries it: "let this decider decide this command on
 * this stream". Its one handler is the StreamWriter (ADR 20).
 */
export class DecideCommand<
  C extends { kind: string },
  E extends DomainEvent,
  S,
> extends Command<DecisionOutcome> {
  constructor(
    readonly stream: string,
    readonly decider: Decider<C, E, S>,
    readonly command: NoInfer<CommandFrom<C, S>>,
    readonly context: CommandContext,
    readonly options: DecideOptions = {},
  ) {
    super();
  }
}

/** The bus's view of any DecideCommand (the handler is generic over the decider's types). */
export type AnyDecideCommand = DecideCommand<{ kind: string }, DomainEvent, unknown>;
