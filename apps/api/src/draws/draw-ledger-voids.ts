import type { DrawLedgerVoidAnswer } from '@app/contract';
import { type DrawLedgerEntry, drawLedgerDecider, registerStreams } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { STORES } from '../stores/stores.providers';
import { TaskFacts } from '../tasks/task-facts';
import { LedgeredDraw } from './ledgered-draw';

/** Which entry a void names: its sequence, or its task and draw id. */
export type VoidTarget =
  { sequence: number; taskId?: string; drawId?: string } | { taskId: string; drawId: string };

/**
 * Voids the ledger entry that stops every draw because it does not recompute (500
 * DRAW_LEDGER_MISMATCH, ADR 44). The entry is recomputed here, and the ledger's decider refuses
 * the void unless it is the last entry, not voided, not recorded by its task and recomputing to
 * another digest: a good draw can never be voided to be drawn again.
 */
@Injectable()
export class DrawLedgerVoids {
  constructor(
    @Inject(STORES) private readonly stores: Pick<Stores, 'events'>,
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    private readonly ledgered: LedgeredDraw,
  ) {}

  async void(target: VoidTarget, reason: string, context: CommandContext): Promise<DrawLedgerVoidAnswer> {
    const { sequence, entry } = await this.find(target);
    const task = await this.facts.task(entry.taskId);
    if (!task) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${entry.taskId}`);
    const taskRecorded = task.entityIds !== null;
    // A recorded entry is refused before anything is recomputed (the decider names the rule).
    const recomputedDigest = taskRecorded
      ? ''
      : (await this.ledgered.recompute(entry, task)).computed.record.selectedDigest;
    const command = {
      kind: 'VoidLedgerEntry' as const,
      sequence,
      taskId: target.taskId ?? entry.taskId,
      drawId: target.drawId ?? entry.drawId,
      reason,
      recomputedDigest,
      taskRecorded,
    };
    await this.commands.execute(
      new DecideCommand(registerStreams.drawLedger(), drawLedgerDecider, command, context),
    );
    return {
      sequence,
      taskId: command.taskId,
      drawId: command.drawId,
      reason: reason.normalize('NFC').trim(),
      recomputedDigest,
    };
  }

  /** The entry named; by task and draw id only among the ledger's last events (only the last may be voided). */
  private async find(target: VoidTarget): Promise<{ sequence: number; entry: DrawLedgerEntry }> {
    const events: RecordedEvent[] = [];
    const sequence = 'sequence' in target ? target.sequence : undefined;
    const options =
      sequence !== undefined
        ? { fromRevision: sequence, maxCount: 1 }
        : { direction: 'backwards' as const, maxCount: 2 };
    for await (const event of this.stores.events.readStream(registerStreams.drawLedger(), options)) {
      events.push(event);
    }
    const found = events.find(
      (event) =>
        event.type === 'EntityDrawLedgered' &&
        (sequence !== undefined
          ? event.revision === sequence
          : event.data.taskId === target.taskId && event.data.drawId === target.drawId),
    );
    if (found) return { sequence: found.revision, entry: found.data as unknown as DrawLedgerEntry };
    if (sequence !== undefined) {
      throw ApiError.notFound('DRAW_LEDGER_ENTRY_NOT_FOUND', `The draw ledger has no entry ${sequence}`);
    }
    throw new ApiError(
      409,
      'DRAW_LEDGER_ENTRY_NOT_LAST',
      `The last entry of the draw ledger is not the draw named of task ${target.taskId}`,
    );
  }
}
