import {
  type DrawLedgerEntry,
  type Role,
  drawLedgerDecider,
  DomainError,
  registerStreams,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { STORES } from '../stores/stores.providers';

/** The ledger as a draw reads it before computing: how many events, and the last entry unless voided. */
export interface LedgerHead {
  /** Entries and voids: what the next entry's expected revision follows. */
  events: number;
  /** The last event, when it is an entry (after a void, nothing waits to be finished). */
  last?: { entry: DrawLedgerEntry; context: CommandContext; sequence: number };
}

/**
 * The draw ledger (stream `drawLedger`, ADR 44): draws whose pool is the log as it stands are
 * serialised through it across processes. A draw reads its head, computes, and appends its entry
 * only if nothing was ledgered meanwhile; then its task records the draw.
 */
@Injectable()
export class DrawLedger {
  constructor(
    @Inject(STORES) private readonly stores: Pick<Stores, 'events'>,
    private readonly commands: CommandBus,
  ) {}

  async head(): Promise<LedgerHead> {
    for await (const event of this.stores.events.readStream(registerStreams.drawLedger(), {
      direction: 'backwards',
      maxCount: 1,
    })) {
      if (event.type !== 'EntityDrawLedgered') return { events: event.revision + 1 };
      const entry = event.data as unknown as DrawLedgerEntry;
      return {
        events: event.revision + 1,
        last: { entry, context: contextOf(event, entry), sequence: event.revision },
      };
    }
    return { events: 0 };
  }

  /** false: the ledger moved since `eventsSeen` (this draw must be computed again). */
  async append(entry: DrawLedgerEntry, eventsSeen: number, context: CommandContext): Promise<boolean> {
    try {
      await this.commands.execute(
        new DecideCommand(
          registerStreams.drawLedger(),
          drawLedgerDecider,
          { kind: 'LedgerEntityDraw', eventsSeen, ...entry },
          // Its own event ids: the task's EntitiesDrawn is recorded under the request's command id.
          { ...context, commandId: `drawLedger\u0000${context.commandId}` },
          { waitForReadModels: false },
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'DRAW_LEDGER_MOVED') return false;
      throw error;
    }
  }
}

/** Who made the ledgered draw, and when: whoever finishes it records it as theirs (same ids, same time). */
function contextOf(event: RecordedEvent, entry: DrawLedgerEntry): CommandContext {
  const { metadata } = event;
  const roles = metadata.actorRoles as Role[];
  return {
    actor: {
      id: metadata.actorId,
      name: metadata.actorId,
      departmentId: metadata.departmentId,
      roles,
      ...(metadata.via ? { via: metadata.via } : {}),
    },
    rolesUsed: roles,
    correlationId: metadata.correlationId,
    commandId: entry.commandId,
    now: new Date(metadata.occurredAt),
  };
}
