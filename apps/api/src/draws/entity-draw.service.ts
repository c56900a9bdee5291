import {
  type DrawInputs as DrawComputationInputs,
  drawFromLog,
  drawFromSnapshot,
  entitiesAtItemFrequency,
  type V2Inputs,
  verifyEntityDraw,
} from '@app/audit';
import type { DrawHints, DrawVerification, EntityDrawAnswer } from '@app/contract';
import {
  type TaskState,
  assertBeaconDrawReady,
  assertEntitiesMayBeDrawn,
  commitmentOf,
  drawsByBeaconRules,
  seedMismatches,
  taskSeedCommitments,
} from '@app/domain';
import { SnapshotMoved } from '@app/read-store';
import type { EntityVisitsView } from '@app/projections';
import { deterministicEventId } from '@app/event-store';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { DrawSeeds, contributionSeedKey, inspectorSeedKey } from '../tasks/draw-seeds';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from '../tasks/task-command';
import { acting } from '../tasks/acting';
import { TaskFacts, beijingDate } from '../tasks/task-facts';

/** Drawn lists longer than this are recorded in parts, each its own small append. */
export const DRAW_PART_SIZE = 10_000;

/** The verifiable entity draw of a task (docs/draw.md). */
@Injectable()
export class EntityDrawService {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly facts: TaskFacts,
    private readonly seeds: DrawSeeds,
    private readonly commands: CommandBus,
  ) {}

  /** Draws run one at a time in a process, so each sees the checks the one before recorded. */
  private queue: Promise<unknown> = Promise.resolve();

  draw(
    taskId: string,
    options: { publicRandom: string; specialActionReason?: string },
    context: CommandContext,
  ): Promise<EntityDrawAnswer> {
    const run = this.queue.then(() => this.drawNow(taskId, options, context));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async drawNow(
    taskId: string,
    options: { publicRandom: string; specialActionReason?: string },
    context: CommandContext,
  ): Promise<EntityDrawAnswer> {
    // The decider's own rules, checked before the pool is read (it checks them again on append).
    const task = assertEntitiesMayBeDrawn(await this.requireTask(taskId), taskId, context.actor.departmentId);
    assertBeaconDrawReady(task);
    const v2 = drawsByBeaconRules(task) ? await this.v2Inputs(task, taskId) : undefined;
    if (v2 && options.publicRandom) {
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
    // A draw interrupted while recording its list is resumed with every input it used, never
    // redone: its pool is rebuilt from the log at the position it recorded.
    const resumed = task.drawParts ? parseDrawId(task.drawParts.drawId) : undefined;
    const inputs: DrawInputs = resumed ?? {
      publicRandom: options.publicRandom,
      year: Number(beijingDate(context.now).slice(0, 4)),
      cap: this.config.yearlyCap,
      discardedDrawsCount: this.config.discardedDrawsCount,
      // The items that will be inspected: the lead's own and those participants accepted.
      keyItems: await this.hasKeyItems(inspectedItems(task)),
      specialActionReason: options.specialActionReason ?? null,
    };
    // Entities at an item's frequencyPerYear: the log's count as of now, recorded (ADR 38).
    if (!resumed) {
      const itemFrequency = await this.itemFrequency(task, inputs);
      if (itemFrequency) inputs.itemFrequency = itemFrequency;
    }
    // A beacon task's pool is the log as of the position frozen before the beacon was public.
    const frozenAt = task.poolFrozen?.position;
    const computed =
      resumed || frozenAt !== undefined
        ? await drawFromLog(
            this.stores.events,
            task,
            { ...inputs, position: resumed?.position ?? frozenAt!, seed, v2 },
            Number.MAX_SAFE_INTEGER,
          )
        : await this.drawFromReadModel(task, { ...inputs, seed, v2 });
    const { outcome, record } = computed;
    const entityIds = Object.values(outcome.selected).flat();
    const drawId = drawIdOf({ ...inputs, position: record.position });
    const by = acting(context);
    if (entityIds.length > DRAW_PART_SIZE) {
      const parts = Math.ceil(entityIds.length / DRAW_PART_SIZE);
      for (let part = 0; part < parts; part += 1) {
        await this.commands.execute(
          taskCommand(
            taskId,
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
          ),
        );
      }
      await this.commands.execute(
        taskCommand(
          taskId,
          { kind: 'DrawEntities', taskId, by, entityIds: [], draw: { ...record }, drawId, parts },
          context,
        ),
      );
    } else {
      await this.commands.execute(
        taskCommand(taskId, { kind: 'DrawEntities', taskId, by, entityIds, draw: { ...record } }, context),
      );
    }
    return {
      taskId,
      drawn: entityIds.length,
      entityIds,
      record,
      hints: {
        checkedThisYear: [...computed.checkedThisYear].map(([entityId, checks]) => ({ entityId, checks })),
        overlappingTasks: await this.overlapping(entityIds, task),
      },
    };
  }

  /**
   * The pool from the drawCandidates read model, once it has applied the whole log as it stands
   * now (the checks of every earlier draw included), read as one snapshot.
   */
  private async drawFromReadModel(task: TaskState, inputs: DrawComputationInputs) {
    await this.stores.projections.waitFor(await this.stores.events.headPosition(), POOL_WAIT_MS, [
      'drawCandidates',
    ]);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await drawFromSnapshot(
          (options, consume) =>
            this.stores.projections.readSnapshot('drawCandidates', 'candidates', options, consume),
          task,
          inputs,
        );
      } catch (error) {
        if (!(error instanceof SnapshotMoved) || attempt >= 5) throw error;
      }
    }
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

  /** Re-runs a task's draw from its record (docs/draw.md §7). */
  async verify(taskId: string): Promise<DrawVerification> {
    return verifyEntityDraw(this.stores.events, taskId);
  }

  private async overlapping(entityIds: string[], task: TaskState): Promise<DrawHints['overlappingTasks']> {
    const visits = this.stores.projections.collection<EntityVisitsView>('visits', 'entityVisits');
    const out: DrawHints['overlappingTasks'] = [];
    for (const entityId of entityIds) {
      const found = await visits.get(entityId);
      const taskIds = (found?.visits ?? [])
        .filter((v) => v.from <= task.window.to && task.window.from <= v.to)
        .flatMap((v) => v.tasks.map((t) => t.taskId));
      if (taskIds.length > 0) out.push({ entityId, taskIds });
    }
    return out;
  }

  /** The task's items that set a frequencyPerYear, and the entities at it; none: undefined. */
  private async itemFrequency(task: TaskState, inputs: DrawInputs): Promise<DrawInputs['itemFrequency']> {
    const frequencies: Record<string, number> = {};
    for (const itemId of new Set(inspectedItems(task))) {
      const frequency = (await this.facts.checkItem(itemId))?.frequencyPerYear;
      if (frequency !== undefined) frequencies[itemId] = frequency;
    }
    if (Object.keys(frequencies).length === 0) return undefined;
    const excluded = await entitiesAtItemFrequency(this.stores.events, {
      year: inputs.year,
      position: task.poolFrozen?.position ?? (await this.stores.events.headPosition()),
      frequencies,
      discardedDrawsCount: inputs.discardedDrawsCount,
    });
    return { frequencies, excluded };
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

/** The items that will be inspected: the lead's own and those participants accepted. */
function inspectedItems(task: TaskState): string[] {
  return [
    ...task.itemIds,
    ...task.participants.flatMap((p) =>
      task.responses[p.departmentId]?.accepted ? task.responses[p.departmentId].itemIds : [],
    ),
  ];
}

/** Inputs besides the seeds (which are never put in an id). */
type DrawInputs = Omit<DrawComputationInputs, 'seed' | 'v2'>;

/** How long a draw waits for the directory read model to apply the log. */
const POOL_WAIT_MS = 30_000;

/** A large draw's id carries every input it was computed from, its position too (base64url JSON). */
function drawIdOf(inputs: DrawInputs & { position: number }): string {
  return Buffer.from(JSON.stringify(inputs)).toString('base64url');
}

function parseDrawId(drawId: string): DrawInputs & { position: number } {
  return JSON.parse(Buffer.from(drawId, 'base64url').toString()) as DrawInputs & { position: number };
}

/** The same part of the same draw always has the same command id: a resumed part appends once. */
function partCommandId(taskId: string, drawId: string, part: number): string {
  return deterministicEventId(`${taskId}\u0000${drawId}`, part);
}
