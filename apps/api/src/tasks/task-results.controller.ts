import { type InspectionTaskCommand, type Sealer, type WorkingDayDate } from '@app/domain';
import type { AppConfig } from '@app/runtime';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { APP_CONFIG } from '../stores/stores.providers';
import {
  EnterResultDto,
  FollowUpDto,
  ObjectionDto,
  ObjectionOutcomeNoticeDto,
  ObjectionReviewDto,
  PersonalTextErasureDto,
  PublicationDto,
  StopPublicDisclosureDto,
} from './dto';
import { PersonalText } from './personal-text';
import { SealedResults } from './sealed-results';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from './task-command';
import { acting } from './acting';
import { inspectorIdOf } from '@app/runtime';
import { TaskFacts, beijingDate } from './task-facts';

/** After lock: results ("谁检查、谁录入、谁负责"), publication, objections, follow-ups. */
@ApiTags('tasks: results')
@ApiBearerAuth()
@Controller('api/tasks/:id')
export class TaskResultsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    private readonly personalText: PersonalText,
    private readonly results: SealedResults,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An inspector of the entity's team enters their department's result; re-entry before publication. */
  @Post('results')
  @HttpCode(201)
  @Roles('inspector')
  async enter(@Param('id') id: string, @Body() body: EnterResultDto, @Context() context: CommandContext) {
    const { entityId, ...result } = body;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'EnterResult',
          taskId: id,
          by: acting(context),
          inspectorId: inspectorIdOf(context.actor),
          entityId,
          result: await this.results.resultOf(
            id,
            entityId,
            { kind: 'team-member', inspectorId: inspectorIdOf(context.actor) },
            result,
          ),
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { taskId: id, entityId };
  }

  /** A head publishes their department's entered result; late when past the publication deadline. */
  @Post('publications')
  @HttpCode(201)
  @Roles('head')
  async publish(@Param('id') id: string, @Body() body: PublicationDto, @Context() context: CommandContext) {
    let due: WorkingDayDate | undefined;
    // Built from the task the writer folds for the command: the task is read once.
    await this.commands.execute(
      taskCommand(
        id,
        async (task): Promise<InspectionTaskCommand> => {
          if (task.status === 'absent') throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${id}`);
          due = await this.facts.publicationDue(task.window.to);
          return {
            kind: 'PublishResult',
            taskId: id,
            by: acting(context),
            entityId: body.entityId,
            today: beijingDate(context.now),
            due,
          };
        },
        context,
      ),
    );
    return { taskId: id, entityId: body.entityId, departmentId: context.actor.departmentId, due };
  }

  /**
   * On the entity's application, a head withdraws their department's published result from public
   * view once it has been public for the legal period (PUBLICATION_PERIOD_YEARS). Recorded.
   */
  @Post('public-disclosure-stops')
  @HttpCode(201)
  @Roles('head')
  async stopPublicDisclosure(
    @Param('id') id: string,
    @Body() body: StopPublicDisclosureDto,
    @Context() context: CommandContext,
  ) {
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'StopPublicDisclosure',
          taskId: id,
          by: acting(context),
          entityId: body.entityId,
          application: body.application,
          today: beijingDate(context.now),
          periodYears: this.config.deadlines.publicationPeriodYears,
        },
        context,
      ),
    );
    return { taskId: id, entityId: body.entityId, departmentId: context.actor.departmentId };
  }

  /** An objection received on the entity's behalf, to be reviewed within the deadline. */
  @Post('objections')
  @HttpCode(201)
  @Roles('operator', 'head')
  async object(@Param('id') id: string, @Body() body: ObjectionDto, @Context() context: CommandContext) {
    const objectionId = context.commandId;
    const today = beijingDate(context.now);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'FileObjection',
          taskId: id,
          by: acting(context),
          objectionId,
          entityId: body.entityId,
          departmentId: body.departmentId,
          sealed: await this.sealed(
            id,
            body.entityId,
            { kind: 'published-result', departmentId: body.departmentId },
            { grounds: body.grounds },
          ),
          today,
          reviewDue: await this.facts.objectionReviewDue(today),
        },
        context,
      ),
    );
    return { objectionId };
  }

  @Post('objections/:objectionId/review')
  @HttpCode(200)
  @Roles('head')
  async review(
    @Param('id') id: string,
    @Param('objectionId') objectionId: string,
    @Body() body: ObjectionReviewDto,
    @Context() context: CommandContext,
  ) {
    const today = beijingDate(context.now);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'ReviewObjection',
          taskId: id,
          by: acting(context),
          objectionId,
          upheld: body.upheld,
          reply: body.reply,
          today,
          noticeDue: await this.facts.objectionOutcomeNoticeDue(today),
        },
        context,
      ),
    );
    return { objectionId, upheld: body.upheld };
  }

  /** The business was told the review's outcome (Yiyuan 二十七: within 15 working days of the review). */
  @Post('objections/:objectionId/outcome-notice')
  @HttpCode(200)
  @Roles('operator', 'head')
  async outcomeNotice(
    @Param('id') id: string,
    @Param('objectionId') objectionId: string,
    @Body() body: ObjectionOutcomeNoticeDto,
    @Context() context: CommandContext,
  ) {
    const notifiedOn = beijingDate(context.now);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'NotifyObjectionOutcome',
          taskId: id,
          by: acting(context),
          objectionId,
          means: body.means,
          today: notifiedOn,
        },
        context,
      ),
    );
    return { objectionId, notifiedOn };
  }

  /** Referral, abnormal-operations listing, case filed, transfer to judicial organs. */
  @Post('follow-ups')
  @HttpCode(201)
  @Roles('operator', 'head')
  async followUp(@Param('id') id: string, @Body() body: FollowUpDto, @Context() context: CommandContext) {
    const followUpId = context.commandId;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RecordFollowUp',
          taskId: id,
          by: acting(context),
          followUpId,
          entityId: body.entityId,
          followUp: body.kind,
          sealed: await this.sealed(
            id,
            body.entityId,
            { kind: 'acting-department', departmentId: context.actor.departmentId },
            { detail: body.detail },
          ),
          ...(body.toDepartmentId ? { toDepartmentId: body.toDepartmentId } : {}),
        },
        context,
      ),
    );
    return { followUpId };
  }

  /**
   * An administrator erases the free text of one inspection (the entity in this task): on the
   * request of a person it names, or at the end of its retention period. Recorded, then the key is
   * destroyed; the task still replays and its bundle still verifies.
   */
  @Post('personal-text-erasures')
  @HttpCode(201)
  @Roles('admin')
  async erasePersonalText(
    @Param('id') id: string,
    @Body() body: PersonalTextErasureDto,
    @Context() context: CommandContext,
  ) {
    await this.personalText.erase(id, body.entityId, () =>
      this.commands.execute(
        taskCommand(
          id,
          {
            kind: 'ErasePersonalText',
            taskId: id,
            by: acting(context),
            entityId: body.entityId,
            reason: body.reason,
          },
          context,
        ),
      ),
    );
    return { taskId: id, entityId: body.entityId, erased: true };
  }

  private async sealed(taskId: string, entityId: string, sealer: Sealer, fields: Record<string, string>) {
    const sealed = await this.personalText.seal(taskId, entityId, sealer, fields);
    // The DTO requires the text, so there is always something sealed.
    if (!sealed)
      throw ApiError.invalid(
        Object.keys(fields).map((field) => ({ field, reason: 'is required', rule: 'required' as const })),
      );
    return sealed;
  }
}
