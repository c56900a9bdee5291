import { computeInspectorDraw } from '@app/audit';
import { DomainError, type InspectorAssignment, type InspectorDrawRecord, commitmentOf } from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { DrawSeeds } from '../tasks/draw-seeds';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from '../tasks/task-command';
import { acting } from '../tasks/acting';
import { TaskFacts } from '../tasks/task-facts';
import { departmentDrawBasis } from './department-draw-basis';
import { refuseUnneededAppointments } from './unneeded-appointments';

/** An appointment instead of a draw, where too few inspectors exist: recorded as such, with a reason. */
export interface Appointment {
  entityId: string;
  inspectorIds: string[];
  reason: string;
}

/** A department's verifiable inspector draw for a task. */
@Injectable()
export class InspectorDrawService {
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
    const isLead = departmentId === task.leadDepartmentId;
    const others = task.participants.filter((p) => task.responses[p.departmentId]?.accepted).length;
    // At least two per entity in all: the lead alone sends two.
    const perEntity = options.perEntity ?? (isLead && others === 0 ? 2 : 1);
    const outcome = await computeInspectorDraw(this.stores.events, task, {
      seed,
      ...(departmentKey ? { departmentKey } : {}),
      departmentId,
      perEntity,
      position,
      neighbours: this.config.neighbourRegions,
      pool: 'counted',
      ...(this.config.enforcementRequired ? { enforcementThrough: task.window.to } : {}),
    });
    refuseUnneededAppointments(options.appointments ?? [], outcome);
    const appointed: InspectorDrawRecord['appointed'] = [];
    const byEntity = new Map(outcome.assignments.map((a) => [a.entityId, a]));
    for (const shortage of outcome.shortages) {
      const appointment = options.appointments?.find((a) => a.entityId === shortage.entityId);
      const assignment = byEntity.get(shortage.entityId)!;
      const missing = shortage.needed - assignment.inspectorIds.length;
      const extra = (appointment?.inspectorIds ?? []).filter((id) => !assignment.inspectorIds.includes(id));
      if (extra.length < missing) {
        throw new DomainError(
          'INSPECTOR_POOL_TOO_SMALL',
          `Too few eligible inspectors of ${departmentId}; appoint the rest with a reason`,
          { shortages: outcome.shortages },
        );
      }
      for (const inspectorId of extra)
        appointed.push({ entityId: shortage.entityId, inspectorId, reason: appointment!.reason });
      assignment.inspectorIds.push(...extra);
    }
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
      pool: 'counted',
      ...(this.config.enforcementRequired ? { enforcementThrough: task.window.to } : {}),
    };
    const named = outcome.assignments.flatMap((a) => a.inspectorIds);
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'DrawInspectors',
          taskId,
          by: acting(context),
          assignments: outcome.assignments.map((a) => ({
            entityId: a.entityId,
            inspectorIds: a.inspectorIds,
            ...(isLead ? { leaderId: a.inspectorIds[0] } : {}),
          })),
          inspectors: await this.facts.inspectors(named),
          draw: { ...record },
          enforcementRequired: this.config.enforcementRequired,
        },
        context,
      ),
    );
    return { assignments: outcome.assignments, record };
  }
}
