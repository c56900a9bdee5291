import {
  DomainError,
  type EntityDrawOutcome,
  type TaskState,
  candidatePool,
  drawEntities,
  quotasFor,
  selectedDigest,
  yearlyCheckKey,
} from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { DrawSeeds, commitmentOf } from '../tasks/draw-seeds';
import { TaskCommands, acting } from '../tasks/task-commands';
import { TaskFacts, beijingDate } from '../tasks/task-facts';
import { directoryAt } from './directory-at';
import type { EntityDrawRecord } from './draw-record';
import { nodeSha256 } from './node-sha256';

/** Drawn lists longer than this are recorded in parts, each its own small append. */
export const DRAW_PART_SIZE = 10_000;

export interface DrawHints {
  /** Drawn entities already checked this year (before this draw), with how many times. */
  checkedThisYear: { entityId: string; checks: number }[];
}

export interface EntityDrawAnswer {
  taskId: string;
  drawn: number;
  entityIds: string[];
  record: EntityDrawRecord;
  hints: DrawHints;
}

/** The verifiable entity draw of a task (docs/draw.md). */
@Injectable()
export class EntityDrawService {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly facts: TaskFacts,
    private readonly seeds: DrawSeeds,
    private readonly tasks: TaskCommands,
  ) {}

  async draw(
    taskId: string,
    options: { publicRandom: string; specialActionReason?: string },
    context: CommandContext,
  ): Promise<EntityDrawAnswer> {
    const task = await this.requireTask(taskId);
    if (task.entityIds !== null) {
      throw new DomainError(
        'ENTITIES_ALREADY_DRAWN',
        'The entities of this task were drawn already; no redraws',
      );
    }
    if (task.leadDepartmentId !== context.actor.departmentId) {
      throw new DomainError(
        'NOT_THE_LEAD_DEPARTMENT',
        `Only the lead department ${task.leadDepartmentId} draws`,
      );
    }
    const seed = await this.seeds.reveal(taskId);
    if (!seed || commitmentOf(seed) !== task.seedCommitment) {
      throw new ApiError(500, 'DRAW_SEED_MISSING', 'The seed committed at initiation is not available');
    }
    // A draw interrupted while recording its list is resumed with its own position and value.
    const resumed = task.drawParts ? parseDrawId(task.drawParts.drawId) : undefined;
    const position = resumed?.position ?? (await this.stores.events.headPosition());
    const publicRandom = resumed?.publicRandom ?? options.publicRandom;
    const items = await this.facts.items([...task.itemIds, ...task.participants.flatMap((p) => p.itemIds)]);
    const keyItems = await this.hasKeyItems(items.map((i) => i.itemId));
    const record = await this.compute(task, {
      position,
      seed,
      publicRandom,
      year: Number(beijingDate(context.now).slice(0, 4)),
      cap: this.config.yearlyCap,
      keyItems,
      specialActionReason: options.specialActionReason ?? null,
    });
    const { outcome, replayChecks } = record;
    const entityIds = Object.values(outcome.selected).flat();
    const drawId = `${position}|${Buffer.from(publicRandom).toString('hex')}`;
    const by = acting(context);
    if (entityIds.length > DRAW_PART_SIZE) {
      const parts = Math.ceil(entityIds.length / DRAW_PART_SIZE);
      for (let part = 0; part < parts; part += 1) {
        await this.tasks.send(
          {
            kind: 'ListDrawnEntities',
            taskId,
            by,
            drawId,
            part,
            parts,
            entityIds: entityIds.slice(part * DRAW_PART_SIZE, (part + 1) * DRAW_PART_SIZE),
          },
          { ...context, commandId: partCommandId(taskId, drawId, part) },
          { waitForReadModels: false },
        );
      }
      await this.tasks.send(
        { kind: 'DrawEntities', taskId, by, entityIds: [], draw: { ...record.record }, drawId, parts },
        context,
      );
    } else {
      await this.tasks.send(
        { kind: 'DrawEntities', taskId, by, entityIds, draw: { ...record.record } },
        context,
      );
    }
    return {
      taskId,
      drawn: entityIds.length,
      entityIds,
      record: record.record,
      hints: {
        checkedThisYear: entityIds
          .map((entityId) => ({
            entityId,
            checks: replayChecks.get(yearlyCheckKey(entityId, record.record.year)) ?? 0,
          }))
          .filter((h) => h.checks > 0),
      },
    };
  }

  /**
   * Re-runs a task's draw from its record: the pool rebuilt from the log up to the recorded
   * position, the revealed seed checked against the commitment made at initiation.
   */
  async verify(taskId: string): Promise<{
    verified: boolean;
    poolSize: number;
    poolDigest: string;
    selectedDigest: string;
    mismatches: string[];
  }> {
    const task = await this.requireTask(taskId);
    if (task.entityIds === null)
      throw new DomainError('ENTITIES_NOT_DRAWN', 'This task has no draw to verify');
    const recorded = await this.recordedDraw(taskId);
    const mismatches: string[] = [];
    if (commitmentOf(recorded.seed) !== task.seedCommitment) {
      mismatches.push('the revealed seed does not match the commitment made at initiation');
    }
    const { record, outcome } = await this.compute(task, recorded);
    const again = Object.values(outcome.selected).flat();
    if (record.poolDigest !== recorded.poolDigest) mismatches.push('the pool differs from the one recorded');
    if (record.selectedDigest !== recorded.selectedDigest)
      mismatches.push('the drawn list differs from the one recorded');
    if (selectedDigest(nodeSha256, task.entityIds) !== recorded.selectedDigest) {
      mismatches.push("the task's drawn list differs from the draw record");
    }
    if (again.length !== task.entityIds.length) mismatches.push('the number drawn differs');
    return {
      verified: mismatches.length === 0,
      poolSize: record.poolSize,
      poolDigest: record.poolDigest,
      selectedDigest: record.selectedDigest,
      mismatches,
    };
  }

  private async compute(
    task: TaskState,
    inputs: {
      position: number;
      seed: string;
      publicRandom: string;
      year: number;
      cap: number;
      keyItems: boolean;
      specialActionReason: string | null;
    },
  ): Promise<{ record: EntityDrawRecord; outcome: EntityDrawOutcome; replayChecks: Map<string, number> }> {
    const replay = await directoryAt(this.stores.events, inputs.position);
    const byCreditRisk = task.sampling.byCreditRisk !== undefined && task.sampling.count === undefined;
    const { pool, exclusions } = candidatePool(replay.directory, replay.checks, {
      criteria: task.criteria,
      byCreditRisk,
      year: inputs.year,
      cap: inputs.cap,
      keyItems: inputs.keyItems,
      specialAction: inputs.specialActionReason !== null,
    });
    const poolSizes: Record<string, number> = {};
    for (const entry of pool) poolSizes[entry.stratum] = (poolSizes[entry.stratum] ?? 0) + 1;
    const quotas = quotasFor(poolSizes, task.sampling);
    const outcome = drawEntities(nodeSha256, {
      pool,
      quotas,
      seed: inputs.seed,
      publicRandom: inputs.publicRandom,
    });
    const record: EntityDrawRecord = {
      algorithm: outcome.algorithm,
      position: inputs.position,
      seed: inputs.seed,
      seedCommitment: commitmentOf(inputs.seed),
      publicRandom: inputs.publicRandom,
      criteria: task.criteria,
      sampling: task.sampling,
      byCreditRisk,
      year: inputs.year,
      cap: inputs.cap,
      keyItems: inputs.keyItems,
      specialActionReason: inputs.specialActionReason,
      exclusions,
      quotas,
      poolSize: outcome.poolSize,
      poolSizes: outcome.poolSizes,
      poolDigest: outcome.poolDigest,
      selectedDigest: outcome.selectedDigest,
      selectedCount: Object.values(outcome.selected).flat().length,
    };
    if (outcome.poolSize === 0)
      throw new DomainError('DRAW_POOL_EMPTY', 'No entity matches the criteria', { exclusions });
    return { record, outcome, replayChecks: replay.checks };
  }

  private async recordedDraw(taskId: string): Promise<EntityDrawRecord> {
    for await (const event of this.stores.events.readStream(`inspectionTask-${taskId}`, {
      direction: 'backwards',
    })) {
      if (event.type === 'EntitiesDrawn') return event.data.draw as unknown as EntityDrawRecord;
    }
    throw new DomainError('ENTITIES_NOT_DRAWN', 'This task has no draw to verify');
  }

  private async hasKeyItems(itemIds: string[]): Promise<boolean> {
    for (const itemId of itemIds) {
      const item = await this.facts.checkItem(itemId);
      if (item?.itemClass === 'B') return true;
    }
    return false;
  }

  private async requireTask(taskId: string): Promise<TaskState> {
    const task = await this.facts.task(taskId);
    if (!task) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    return task;
  }
}

function parseDrawId(drawId: string): { position: number; publicRandom: string } {
  const [position, hex] = drawId.split('|');
  return { position: Number(position), publicRandom: Buffer.from(hex ?? '', 'hex').toString() };
}

/** The same part of the same draw always has the same command id: a resumed part appends once. */
function partCommandId(taskId: string, drawId: string, part: number): string {
  const hex = createHash('sha256').update(`${taskId}\u0000${drawId}\u0000${part}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
