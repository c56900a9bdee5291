import { loadAggregate } from '@app/audit';
import { type DomainEvent } from '@app/domain';
import { type EventData, WrongExpectedRevision, deterministicEventId } from '@app/event-store';
import type { Stores } from '@app/runtime';
import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandMetrics } from '../metrics/command-metrics';
import { STORES } from '../stores/stores.providers';
import type { CommandContext } from './command-context';
import { DecideCommand, type DecisionOutcome } from './decide.command';
import { StreamQueue } from './stream-queue';
import { AggregateStates } from './aggregate-states';

const MAX_ATTEMPTS = 5;
const READ_MODEL_WAIT_MS = 2000;

@CommandHandler(DecideCommand)
export class DecideCommandHandler implements ICommandHandler<
  DecideCommand<{ kind: string }, DomainEvent, unknown>
> {
  private readonly logger = new Logger('Commands');
  /** One command at a time per stream in this process; waiting for read models happens outside. */
  private readonly queue = new StreamQueue();
  private readonly states = new AggregateStates();

  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly metrics: CommandMetrics,
  ) {}

  async execute(command: DecideCommand<{ kind: string }, DomainEvent, unknown>): Promise<DecisionOutcome> {
    const stop = this.metrics.start(command.command.kind);
    try {
      const outcome = await this.queue.run(command.stream, () => this.decideAndAppend(command));
      stop('ok');
      if (outcome.position !== undefined && command.options.waitForReadModels !== false) {
        await this.waitForReadModels(outcome.position, outcome.eventTypes ?? []);
      }
      return outcome;
    } catch (error) {
      stop(error instanceof WrongExpectedRevision ? 'conflict' : 'refused');
      throw error;
    }
  }

  private async decideAndAppend(
    command: DecideCommand<{ kind: string }, DomainEvent, unknown>,
  ): Promise<DecisionOutcome> {
    const { stream, decider, context } = command;
    const attempts = command.options.retryOnConflict === false ? 1 : MAX_ATTEMPTS;
    for (let attempt = 1; ; attempt += 1) {
      // From the state this process last folded, when it has one: only newer events are read.
      const cached = this.states.recall<unknown>(stream, decider);
      const { state, revision } = await loadAggregate(this.stores.events, stream, decider, cached);
      const decided = decider.decide(command.command, state);
      if (decided.length === 0) return { appended: 0, revision };
      try {
        const result = await this.stores.events.appendToStream(stream, toEventData(decided, context), {
          expectedRevision: revision === -1 ? 'no_stream' : revision,
        });
        this.states.remember(
          stream,
          decider,
          decided.reduce(decider.evolve, state),
          result.nextExpectedRevision,
        );
        return {
          appended: decided.length,
          revision: result.nextExpectedRevision,
          position: result.position,
          eventTypes: decided.map((e) => e.type),
        };
      } catch (error) {
        this.states.forget(stream);
        if (!(error instanceof WrongExpectedRevision) || attempt >= attempts) throw error;
      }
    }
  }

  /** Read-your-writes: the read models these events change have applied them (the others need not). */
  private async waitForReadModels(position: number, eventTypes: readonly string[]): Promise<void> {
    try {
      await this.stores.projections.waitFor(
        position,
        READ_MODEL_WAIT_MS,
        this.stores.projections.handling(eventTypes),
      );
    } catch (error) {
      this.logger.warn(`Read models are behind position ${position}: ${(error as Error).message}`);
    }
  }
}

/** Deterministic ids from the command id: a retried command's append is recognised as a retry. */
export function toEventData(events: readonly DomainEvent[], context: CommandContext): EventData[] {
  const occurredAt = context.now.toISOString();
  return events.map((event, index) => ({
    id: deterministicEventId(context.commandId, index),
    type: event.type,
    data: event.data as EventData['data'],
    metadata: {
      actorId: context.actor.id,
      actorRoles: context.rolesUsed,
      departmentId: context.actor.departmentId,
      correlationId: context.correlationId,
      causationId: context.commandId,
      occurredAt,
      schemaVersion: 1,
    },
  }));
}
