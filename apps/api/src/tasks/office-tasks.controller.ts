import { registerStreams } from '@app/domain';
import type { Stores } from '@app/runtime';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { ApiError } from '../common/api-error';
import { departmentProfile } from '../org/organisation-reads';
import { STORES } from '../stores/stores.providers';
import { OfficeInitiateTaskDto } from './dto';
import { TaskInitiation } from './task-initiation';

/**
 * The joint office initiates a joint task itself from the year's joint plan (Gui'an 第39条), naming
 * an industry department as its lead (第36条); the lead then draws and locks as any lead (第41条).
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/joint-office/tasks')
export class OfficeTasksController {
  constructor(
    private readonly initiation: TaskInitiation,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /** By a coordinator of a joint-office unit; the task records the office as its initiator. */
  @Post()
  @HttpCode(201)
  @Roles('coordinator')
  async initiate(
    @Body() body: OfficeInitiateTaskDto,
    @Context() context: CommandContext,
  ): Promise<{ id: string }> {
    const officeId = context.actor.departmentId;
    const unit = await departmentProfile(this.stores.events, officeId);
    if (unit?.kind !== 'joint-office') {
      throw ApiError.forbidden('NOT_A_JOINT_OFFICE', `${officeId} is not a joint office`, {
        departmentId: officeId,
      });
    }
    const lead = await departmentProfile(this.stores.events, body.leadDepartmentId);
    return this.initiation.initiate(body, context, body.leadDepartmentId, {
      officeId,
      leadDepartmentId: body.leadDepartmentId,
      ...(lead ? { leadKind: lead.kind ?? 'department' } : {}),
      planFiledWithOffice: body.planId ? await this.filedWith(body.planId, officeId) : false,
    });
  }

  /** Whether a version of the plan was filed with the office (its stream: no read-model lag). */
  private async filedWith(planId: string, officeId: string): Promise<boolean> {
    for await (const event of this.stores.events.readStream(registerStreams.plan(planId))) {
      if (
        event.type === 'PlanFiled' &&
        (event.data as { jointOfficeId?: string }).jointOfficeId === officeId
      ) {
        return true;
      }
    }
    return false;
  }
}
