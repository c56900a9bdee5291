import {
  type ComputedDraw,
  type DrawInputs as DrawComputationInputs,
  drawFromLog,
  drawFromSnapshot,
  entitiesAtItemFrequency,
  verifyEntityDraw,
} from '@app/audit';
import type { DrawHints, DrawVerification, EntityDrawAnswer } from '@app/contract';
import { DomainError, type TaskState, assertBeaconDrawReady, assertEntitiesMayBeDrawn } from '@app/domain';
import { SnapshotMoved } from '@app/read-store';
import type { EntityVisitsView } from '@app/projections';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { TaskFacts, beijingDate } from '../tasks/task-facts';
import { type DrawInputs, drawIdOf, inspectedItems, parseDrawId } from './draw-id';
import { DrawLedger, type LedgerHead } from './draw-ledger';
import { EntityDrawRecorder } from './entity-draw-recorder';
import { LedgeredDraw } from './ledgered-draw';
import { DrawRandomness, type Randomness } from './draw-randomness';

/** The verifiable entity draw of a task (docs/draw.md). */
@Injectable()
export class EntityDrawService {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly facts: TaskFacts,
    private readonly randomness: DrawRandomness,
    private readonly ledger: DrawLedger,
    private readonly recorder: EntityDrawRecorder,
    private readonly ledgered: LedgeredDraw,
  ) {}

  /** Draws run one at a time in a process (across processes, the ledger orders them). */
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
    const randomness = await this.randomness.of(task, taskId, options.publicRandom);
    // A resumed large draw was ledgered already; a beacon task's pool is frozen before its beacon.
    if (task.drawParts || task.poolFrozen) {
      return (await this.drawOnce(taskId, task, randomness, options, context, undefined))!;
    }
    // Draws whose pool is the log as it stands go one at a time through the ledger (ADR 44).
    for (let attempt = 1; attempt <= LEDGER_ATTEMPTS; attempt += 1) {
      const head = await this.ledger.head();
      if (head.last) {
        const finished = await this.finishPending(head.last);
        if (finished && head.last.entry.taskId === taskId) return this.answerOf(taskId, task, finished);
      }
      const answer = await this.drawOnce(taskId, task, randomness, options, context, head);
      if (answer) return answer;
    }
    throw new DomainError(
      'DRAW_LEDGER_MOVED',
      `Other draws were recorded while this one was computed, ${LEDGER_ATTEMPTS} times; draw again`,
    );
  }

  /** Computes the draw, ledgers it (when `head` is given: undefined if the ledger moved) and records it. */
  private async drawOnce(
    taskId: string,
    task: TaskState,
    { seed, v2 }: Randomness,
    options: { publicRandom: string; specialActionReason?: string },
    context: CommandContext,
    head: LedgerHead | undefined,
  ): Promise<EntityDrawAnswer | undefined> {
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
    if (head) {
      const { position, selectedDigest, year } = computed.record;
      const drawId = drawIdOf({ ...inputs, position });
      const entry = { taskId, drawId, position, year, selectedDigest, commandId: context.commandId };
      if (!(await this.ledger.append(entry, head.events, context))) return undefined;
    }
    await this.recorder.record(taskId, computed, inputs, context);
    return this.answerOf(taskId, task, computed);
  }

  /**
   * The ledger's last entry, if its task has not recorded it yet (its request stopped in between):
   * recorded now from the entry's inputs, so the next pool counts it. A task that can no longer
   * take it (cancelled meanwhile) leaves it void: nothing was drawn. An entry an administrator
   * voided is not the head's `last`: nothing to finish.
   */
  private async finishPending({
    entry,
    context,
    sequence,
  }: NonNullable<LedgerHead['last']>): Promise<ComputedDraw | undefined> {
    const task = await this.facts.task(entry.taskId);
    if (!task || task.entityIds !== null) return undefined;
    const { computed, inputs } = await this.ledgered.recompute(entry, task);
    if (computed.record.selectedDigest !== entry.selectedDigest) {
      throw new ApiError(
        500,
        'DRAW_LEDGER_MISMATCH',
        `The ledgered draw of task ${entry.taskId} does not recompute; an administrator may void it (POST /api/draw-ledger/voids)`,
        { taskId: entry.taskId, sequence },
      );
    }
    try {
      await this.recorder.record(entry.taskId, computed, inputs, context);
      return computed;
    } catch (error) {
      if (error instanceof DomainError) return undefined;
      throw error;
    }
  }

  private async answerOf(taskId: string, task: TaskState, computed: ComputedDraw): Promise<EntityDrawAnswer> {
    const entityIds = Object.values(computed.outcome.selected).flat();
    return {
      taskId,
      drawn: entityIds.length,
      entityIds,
      record: computed.record,
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

/** How long a draw waits for the directory read model to apply the log. */
const POOL_WAIT_MS = 30_000;

/** How many times a draw is computed again when other draws were ledgered meanwhile. */
const LEDGER_ATTEMPTS = 5;
