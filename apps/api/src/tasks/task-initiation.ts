import { BEACON_SOURCES, type OfficeInitiation, beaconRoundProblem } from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { ApiError } from '../common/api-error';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { countPool } from './count-pool';
import { acting } from './acting';
import { DrawSeeds, inspectorSeedKey } from './draw-seeds';
import type { InitiateTaskDto } from './dto';
import { taskCommand } from './task-command';
import { TaskFacts, beijingDate } from './task-facts';

/**
 * Initiates a task for its lead: the lead's operator (POST /api/tasks), or the joint office naming
 * the lead (POST /api/joint-office/tasks, Gui'an 第39条). Commits the draw seeds, gathers the facts.
 */
@Injectable()
export class TaskInitiation {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    private readonly seeds: DrawSeeds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  async initiate(
    body: InitiateTaskDto,
    context: CommandContext,
    leadDepartmentId: string,
    office?: OfficeInitiation,
  ): Promise<{ id: string }> {
    const taskId = context.commandId;
    const today = beijingDate(context.now);
    assertBeaconRound(body.beacon);
    const given = {
      participants: (body.participants ?? []).map((p) => ({
        departmentId: p.departmentId,
        itemIds: p.itemIds,
      })),
      itemIds: body.itemIds ?? [],
    };
    const jointList = body.jointListId ? await this.facts.jointList(body.jointListId) : undefined;
    // The departments taking part: the list's, when it fills them (the decider checks the rest).
    const departmentIds = [
      leadDepartmentId,
      ...(jointList && given.participants.length === 0 && jointList.state.status === 'active'
        ? jointList.state.departmentIds.filter((id) => id !== leadDepartmentId)
        : given.participants.map((p) => p.departmentId)),
    ];
    const named = [
      ...given.itemIds,
      ...given.participants.flatMap((p) => p.itemIds),
      ...(jointList && jointList.state.status !== 'absent' ? jointList.state.itemIds : []),
    ];
    // A count in a plan is held to what the plan's class ratios allow of its pool (ADR 41).
    const counted =
      body.sampling.count !== undefined && body.planId
        ? { countPool: await countPool(this.stores, { ...body.criteria }) }
        : {};
    const { commitment } = await this.seeds.commit(taskId);
    // Each department's inspector draw has its own secret seed, revealed only when it draws:
    // nobody can rank a department's inspectors before it draws them.
    const inspectorSeedCommitments: Record<string, string> = {};
    for (const departmentId of departmentIds) {
      inspectorSeedCommitments[departmentId] = (
        await this.seeds.commit(inspectorSeedKey(taskId, departmentId))
      ).commitment;
    }
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'InitiateTask',
          taskId,
          by: acting(context),
          ...(office ? { office } : {}),
          ...(body.planId ? { planId: body.planId, plan: await this.facts.plan(body.planId) } : {}),
          ...(body.adhocReason ? { adhocReason: body.adhocReason } : {}),
          ...(body.beyondPlanReason ? { beyondPlanReason: body.beyondPlanReason } : {}),
          name: body.name,
          ...given,
          ...(jointList ? { jointList } : {}),
          criteria: { ...body.criteria },
          ...counted,
          sampling: {
            ...(body.sampling.ratio !== undefined ? { ratio: body.sampling.ratio } : {}),
            ...(body.sampling.count !== undefined ? { count: body.sampling.count } : {}),
            ...(body.sampling.byCreditRisk ? { byCreditRisk: { ...body.sampling.byCreditRisk } } : {}),
          },
          window: { from: body.window.from, to: body.window.to },
          ...(body.beacon
            ? {
                beacon: {
                  source: body.beacon.source,
                  round: body.beacon.round,
                  ...(body.beacon.drawDate ? { drawDate: body.beacon.drawDate } : {}),
                },
              }
            : {}),
          ...(body.withoutBeaconReason ? { withoutBeaconReason: body.withoutBeaconReason } : {}),
          beaconPolicy: this.config.beaconPolicy,
          now: context.now.toISOString(),
          seedCommitment: commitment,
          inspectorSeedCommitments,
          items: await this.facts.items(named),
          registeredDepartmentIds: await this.facts.registeredDepartments(departmentIds),
          responseDue: await this.facts.responseDue(today),
        },
        context,
      ),
    );
    return { id: taskId };
  }
}

/** A round written as its source writes it (a daily source with its date), or a 400 naming the field. */
function assertBeaconRound(beacon: InitiateTaskDto['beacon']): void {
  const source = beacon ? BEACON_SOURCES[beacon.source] : undefined;
  if (!beacon || !source || !beaconRoundProblem(source, beacon.round, beacon.drawDate)) return;
  const undated = source.publication.kind === 'daily' && !beacon.drawDate;
  throw ApiError.invalid([
    undated
      ? {
          field: 'beacon.drawDate',
          reason: 'a daily source names the draw date of its round',
          rule: 'required',
        }
      : {
          field: 'beacon.round',
          reason: `must be written as ${source.id} writes its rounds, e.g. ${source.round.example}`,
          rule: 'beaconRoundFormat',
          params: { source: source.id, example: source.round.example },
        },
  ]);
}
