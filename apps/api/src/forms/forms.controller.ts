import type { TaskForms as TaskFormsAnswer } from '@app/contract';
import type { Actor } from '@app/runtime';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { Context } from '../commands/request-context';
import type { CommandContext } from '../commands/command-context';
import { FormFont } from './form-font';
import type { FormKind } from './form-document';
import { formFileName } from './form-document';
import { renderForm } from './pdf-form';
import { TaskForms } from './task-forms';

/** The task's departments, and the overseers; checked per task in TaskForms.taskFor. */
const MAY_PRINT = ['operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'] as const;

/** The printed forms of a task (检查告知书, 检查表, 检查结果告知书): PDFs in Chinese (docs/forms.md). */
@ApiTags('forms')
@ApiBearerAuth()
@Controller('api/tasks/:id/forms')
@Roles(...MAY_PRINT)
export class FormsController {
  constructor(
    private readonly forms: TaskForms,
    private readonly font: FormFont,
  ) {}

  /** The forms the task can print at its stage, entity by entity. */
  @Get()
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<TaskFormsAnswer> {
    const task = await this.forms.taskFor(id, actor);
    return { taskId: id, forms: this.forms.list(id, task) };
  }

  @Get('notice/:entityId.pdf')
  @ApiProduces('application/pdf')
  notice(
    @Param('id') id: string,
    @Param('entityId') entityId: string,
    @Context() context: CommandContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.pdf(id, 'notice', entityId, undefined, context, request, reply);
  }

  @Get('inspection/:departmentId/:entityId.pdf')
  @ApiProduces('application/pdf')
  inspection(
    @Param('id') id: string,
    @Param('departmentId') departmentId: string,
    @Param('entityId') entityId: string,
    @Context() context: CommandContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.pdf(id, 'inspection', entityId, departmentId, context, request, reply);
  }

  @Get('result-notice/:entityId.pdf')
  @ApiProduces('application/pdf')
  resultNotice(
    @Param('id') id: string,
    @Param('entityId') entityId: string,
    @Context() context: CommandContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.pdf(id, 'result-notice', entityId, undefined, context, request, reply);
  }

  private async pdf(
    id: string,
    kind: FormKind,
    entityId: string,
    departmentId: string | undefined,
    context: CommandContext,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<Buffer> {
    const font = await this.font.font();
    const task = await this.forms.taskFor(id, context.actor);
    const origin = `${request.protocol}://${request.host}`;
    const form = await this.forms.document(id, task, kind, entityId, origin, context.now, departmentId);
    const pdf = await renderForm(form, font, context.now);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${formFileName(form)}"`)
      .header('cache-control', 'private, no-store');
    return pdf;
  }
}
