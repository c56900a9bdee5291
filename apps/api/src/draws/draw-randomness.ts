import type { V2Inputs } from '@app/audit';
import {
  type TaskState,
  commitmentOf,
  drawsByBeaconRules,
  seedMismatches,
  taskSeedCommitments,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { DrawSeeds, contributionSeedKey, inspectorSeedKey } from '../tasks/draw-seeds';

export interface Randomness {
  seed: string;
  v2: V2Inputs | undefined;
}

/** A task's draw randomness: revealed seeds checked against the commitments it recorded. */
@Injectable()
export class DrawRandomness {
  constructor(private readonly seeds: DrawSeeds) {}

  /** The seed (v1) or every seed and the beacon reading (v2) of the task. */
  async of(task: TaskState, taskId: string, publicRandom: string): Promise<Randomness> {
    const v2 = drawsByBeaconRules(task) ? await this.v2Inputs(task, taskId) : undefined;
    if (v2 && publicRandom) {
      throw ApiError.invalid([
        {
          field: 'publicRandom',
          reason: "is not taken: this task's randomness is its beacon and every department's seed",
          rule: 'replacedByBeacon',
        },
      ]);
    }
    const seed = v2?.seeds.lead ?? (await this.seeds.reveal(taskId));
    if (!seed || commitmentOf(seed) !== task.seedCommitment) {
      throw new ApiError(500, 'DRAW_SEED_MISSING', 'The seed committed at initiation is not available');
    }
    return { seed, v2 };
  }

  /** Every seed of a v2 task, revealed, checked against its commitment; and its beacon reading. */
  private async v2Inputs(task: TaskState, taskId: string): Promise<V2Inputs> {
    const committed = taskSeedCommitments(task);
    const reveal = async (keys: Record<string, string>, key: (departmentId: string) => string) =>
      Object.fromEntries(
        await Promise.all(
          Object.keys(keys).map(async (id) => [id, (await this.seeds.reveal(key(id))) ?? ''] as const),
        ),
      );
    const seeds = {
      lead: (await this.seeds.reveal(taskId)) ?? '',
      contributions: await reveal(committed.contributions, (id) => contributionSeedKey(taskId, id)),
      inspectors: await reveal(committed.inspectors, (id) => inspectorSeedKey(taskId, id)),
    };
    const missing = seedMismatches(seeds, committed);
    if (missing.length > 0) {
      throw new ApiError(
        500,
        'DRAW_SEED_MISSING',
        `Seeds committed before the draw are not available: ${missing.join(', ')}`,
      );
    }
    return {
      seeds,
      beacon: task.beacon && task.beaconValue ? { ...task.beacon, value: task.beaconValue.value } : null,
      operatorTrusted: task.operatorTrusted ?? null,
    };
  }
}
