import { computeInspectorDraw, recordedEntityDrawAt, v2DrawKey, v2InspectorPosition } from '@app/audit';
import {
  DomainError,
  INSPECTOR_DRAW_ALGORITHM,
  INSPECTOR_DRAW_ALGORITHM_V2,
  type InspectorAssignment,
  type InspectorDrawRecord,
  commitmentOf,
  drawsByBeaconRules,
  inspectorDepartmentKeyV2,
} from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { acting } from '../tasks/acting';
import { DrawSeeds, inspectorSeedKey } from '../tasks/draw-seeds';
import { taskCommand } from '../tasks/task-command';
import { TaskFacts } from '../tasks/task-facts';
import type { Appointment } from './inspector-draw.service';

/**
 * A department's verifiable draw of experts and auxiliaries from its expert pool (docs/draw.md
 * §8.1): the inspector draw's algorithm and seed, its key set apart by a label, the pool limited to
 * categories expert and other. Experts stand beside the teams and never count toward the two.
 */
@Injectable()
export class ExpertDrawService {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly facts: TaskFacts,
    private readonly seeds: DrawSeeds,
    private readonly commands: CommandBus,
  ) {}

  async draw(
    taskId: string,
    options: { perEntity?: number; appointments?: Appointment[] },
    context: CommandContext,
  ): Promise<{ assignments: InspectorAssignment[]; record: InspectorDrawRecord }> {
    const task = await this.facts.task(taskId);
    if (!task) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    if (task.entityIds === null) throw new DomainError('ENTITIES_NOT_DRAWN', 'Draw the entities first');
    const departmentId = context.actor.departmentId;
    const committed = task.inspectorSeedCommitments[departmentId];
    const entityDraw = drawsByBeaconRules(task)
      ? await recordedEntityDrawAt(this.stores.events, taskId)
      : undefined;
    const drawKey = entityDraw?.record.seeds
      ? v2DrawKey({
          seeds: entityDraw.record.seeds,
          beacon: entityDraw.record.beacon ?? null,
          operatorTrusted: entityDraw.record.operatorTrusted ?? null,
        })
      : undefined;
    const seed = await this.seeds.reveal(committed ? inspectorSeedKey(taskId, departmentId) : taskId);
    if (!seed || (committed && commitmentOf(seed) !== committed)) {
      throw new ApiError(500, 'DRAW_SEED_MISSING', 'The seed committed at initiation is not available');
    }
    const perEntity = options.perEntity ?? 1;
    const position =
      entityDraw && drawKey ? v2InspectorPosition(entityDraw) : await this.stores.events.headPosition();
    // A pool smaller than asked gives what it has: experts are optional, the shortfall is no refusal.
    const outcome = await computeInspectorDraw(this.stores.events, task, {
      seed,
      ...(drawKey ? { departmentKey: inspectorDepartmentKeyV2(drawKey, departmentId) } : {}),
      departmentId,
      perEntity,
      position,
      neighbours: this.config.neighbourRegions,
      pool: 'experts',
    });
    const appointed = (options.appointments ?? []).flatMap((a) =>
      a.inspectorIds.map((inspectorId) => ({ entityId: a.entityId, inspectorId, reason: a.reason })),
    );
    const record: InspectorDrawRecord = {
      algorithm: drawKey ? INSPECTOR_DRAW_ALGORITHM_V2 : INSPECTOR_DRAW_ALGORITHM,
      seed,
      seedCommitment: commitmentOf(seed),
      position,
      departmentId,
      perEntity,
      neighbourRegions: this.config.neighbourRegions,
      candidates: outcome.candidates,
      fromNeighbours: outcome.assignments
        .filter((a) => a.fromNeighbours.length > 0)
        .map((a) => ({ entityId: a.entityId, inspectorIds: a.fromNeighbours })),
      appointed,
      pool: 'experts',
    };
    const named = [
      ...outcome.assignments.flatMap((a) => a.inspectorIds),
      ...appointed.map((a) => a.inspectorId),
    ];
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'DrawExperts',
          taskId,
          by: acting(context),
          assignments: outcome.assignments.map((a) => ({ entityId: a.entityId, expertIds: a.inspectorIds })),
          appointed,
          inspectors: await this.facts.inspectors(named),
          draw: { ...record },
        },
        context,
      ),
    );
    return { assignments: outcome.assignments, record };
  }
}
