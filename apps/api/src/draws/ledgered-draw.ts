import { type ComputedDraw, drawFromLog } from '@app/audit';
import type { DrawLedgerEntry, TaskState } from '@app/domain';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { STORES } from '../stores/stores.providers';
import { type DrawInputs, parseDrawId } from './draw-id';
import { DrawRandomness } from './draw-randomness';

/**
 * A ledgered draw computed again from the log at its entry's P, as verification runs it (ADR 44):
 * what the next draw records when the entry's task has not, and what a void is checked against.
 */
@Injectable()
export class LedgeredDraw {
  constructor(
    @Inject(STORES) private readonly stores: Pick<Stores, 'events'>,
    private readonly randomness: DrawRandomness,
  ) {}

  async recompute(
    entry: DrawLedgerEntry,
    task: TaskState,
  ): Promise<{ computed: ComputedDraw; inputs: DrawInputs & { position: number } }> {
    const inputs = parseDrawId(entry.drawId);
    const { seed, v2 } = await this.randomness.of(task, entry.taskId, '');
    const computed = await drawFromLog(
      this.stores.events,
      task,
      { ...inputs, seed, v2 },
      Number.MAX_SAFE_INTEGER,
    );
    return { computed, inputs };
  }
}
