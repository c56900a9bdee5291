import { computeInspectorDraw } from '@app/audit';
import { type InspectorAssignment, type InspectorDrawRecord, commitmentOf } from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { acting } from '../tasks/acting';
import { DrawSeeds } from '../tasks/draw-seeds';
import { taskCommand } from '../tasks/task-command';
import { TaskFacts } from '../tasks/task-facts';
import { departmentDrawBasis } from './department-draw-basis';
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
    const departmentId = context.actor.departmentId;
    const { task, seed, position, departmentKey, algorithm } = await departmentDrawBasis(
      this.stores,
      this.facts,
      this.seeds,
      taskId,
      departmentId,
    );
    const perEntity = options.perEntity ?? 1;
    // A pool smaller than asked gives what it has: experts are optional, the shortfall is no refusal.
    const outcome = await computeInspectorDraw(this.stores.events, task, {
      seed,
      ...(departmentKey ? { departmentKey } : {}),
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
      algorithm,
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
