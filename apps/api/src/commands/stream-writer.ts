import type { Decider, DomainEvent } from '@app/domain';
import { type EventData, WrongExpectedRevision, deterministicEventId } from '@app/event-store';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Logger, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandMetrics } from '../metrics/command-metrics';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import type { CommandContext } from './command-context';
import { type AnyDecideCommand, DecideCommand, type DecisionOutcome } from './decide.command';
import { StreamQueue } from './stream-queue';

/** A stream as this process last folded it: its state, revision, and the hash sealing its last event. */
interface Folded {
  decider: unknown;
  state: unknown;
  revision: number;
  hash?: string;
}

const MAX_ATTEMPTS = 5;
const CACHED_STREAMS = 10_000;

/**
 * The api's one write path (docs/architecture.md, "Writing"). For a command on a stream it:
 * 1. queues: one command at a time per stream in this process, in arrival order;
 * 2. folds: from the state it last folded for the stream (same decider), reading only newer events;
 * 3. decides, and appends what the decider returns at exactly the revision it folded
 *    ('no_stream' for a new stream), with ids derived from the command id (a retried request is
 *    recognised as a retry) and the chain link it read, so the sealing store (ChainingEventStore)
 *    chains the new events onto it without reading it back;
 * 4. on a conflict (another process wrote meanwhile) forgets the state and starts again at 2,
 *    up to 5 attempts (1 with `retryOnConflict: false`);
 * 5. counts the command (ok | conflict | refused) and, outside the queue, waits until the read
 *    models that handle the appended events have applied them (READ_MODEL_WAIT_MS at most; 0: no wait).
 */
@CommandHandler(DecideCommand)
export class StreamWriter implements ICommandHandler<AnyDecideCommand> {
  private readonly logger = new Logger('Commands');
  private readonly queue = new StreamQueue();
  private readonly folded = new Map<string, Folded>();
  private readonly readModelWaitMs: number;

  constructor(
    @Inject(STORES) private readonly stores: Pick<Stores, 'events' | 'projections'>,
    private readonly metrics: CommandMetrics,
    @Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'readModelWaitMs'>,
  ) {
    this.readModelWaitMs = config?.readModelWaitMs ?? 2000;
  }

  async execute<C extends { kind: string }, E extends DomainEvent, S>({
    stream,
    decider,
    command,
    context,
    options,
  }: DecideCommand<C, E, S>): Promise<DecisionOutcome> {
    let kind = typeof command === 'function' ? undefined : command.kind;
    const stop = this.metrics.start(() => kind);
    try {
      const outcome = await this.queue.run(stream, async () => {
        const attempts = options.retryOnConflict === false ? 1 : MAX_ATTEMPTS;
        for (let attempt = 1; ; attempt += 1) {
          const at = await this.fold(stream, decider);
          const decided = typeof command === 'function' ? await command(at.state as S) : command;
          kind = decided.kind;
          try {
            return await this.append(stream, decider, at, decider.decide(decided, at.state as S), context);
          } catch (error) {
            this.folded.delete(stream);
            if (!(error instanceof WrongExpectedRevision) || attempt >= attempts) throw error;
          }
        }
      });
      stop('ok');
      if (outcome.position !== undefined && options.waitForReadModels !== false && this.readModelWaitMs > 0) {
        await this.waitForReadModels(outcome.position, outcome.eventTypes ?? []);
      }
      return outcome;
    } catch (error) {
      stop(error instanceof WrongExpectedRevision ? 'conflict' : 'refused');
      throw error;
    }
  }

  /** The stream's state from the one last folded (when the same decider folded it), reading only newer events. */
  private async fold<C, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
  ): Promise<Folded> {
    const cached = this.folded.get(stream);
    const at: Folded =
      cached && cached.decider === decider
        ? { ...cached }
        : { decider, state: decider.initialState(), revision: -1 };
    for await (const recorded of this.stores.events.readStream(stream, { fromRevision: at.revision + 1 })) {
      at.state = decider.evolve(at.state as S, { type: recorded.type, data: recorded.data } as unknown as E);
      at.revision = recorded.revision;
      at.hash = recorded.metadata.hash;
    }
    return at;
  }

  private async append<C, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
    at: Folded,
    decided: readonly E[],
    context: CommandContext,
  ): Promise<DecisionOutcome> {
    if (decided.length === 0) return { appended: 0, revision: at.revision };
    const result = await this.stores.events.appendToStream(stream, toEventData(decided, context), {
      expectedRevision: at.revision === -1 ? 'no_stream' : at.revision,
      ...(at.revision >= 0 && at.hash ? { chainFrom: { revision: at.revision, hash: at.hash } } : {}),
    });
    this.remember(stream, {
      decider,
      state: decided.reduce(decider.evolve, at.state as S),
      revision: result.nextExpectedRevision,
      hash: result.hash,
    });
    return {
      appended: decided.length,
      revision: result.nextExpectedRevision,
      position: result.position,
      eventTypes: decided.map((e) => e.type),
    };
  }

  /** Bounded: the least recently written stream goes first. */
  private remember(stream: string, folded: Folded): void {
    this.folded.delete(stream);
    this.folded.set(stream, folded);
    if (this.folded.size > CACHED_STREAMS) this.folded.delete(this.folded.keys().next().value!);
  }

  /** Read-your-writes: the read models these events change have applied them (the others need not). */
  private async waitForReadModels(position: number, eventTypes: readonly string[]): Promise<void> {
    try {
      await this.stores.projections.waitFor(
        position,
        this.readModelWaitMs,
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
      ...(context.actor.via ? { via: context.actor.via } : {}),
      correlationId: context.correlationId,
      causationId: context.commandId,
      occurredAt,
      schemaVersion: 1,
    },
  }));
}
