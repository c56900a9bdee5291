import { departmentDecider, registerStreams } from '@app/domain';
import type { DepartmentView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { DisableDepartmentDto, RegisterDepartmentDto, SetDepartmentParentDto } from './department.dto';
import { parentFacts } from '../org/organisation-reads';
import { everything } from '../common/read-all';

@ApiTags('registers: departments')
@ApiBearerAuth()
@Controller('api/departments')
export class DepartmentsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /**
   * Registers a department or a joint office (admin), under its parent if named (the parent's region covers
   * its own). The same registration again changes nothing.
   */
  @Post()
  @HttpCode(201)
  @Roles('admin')
  async register(
    @Body() body: RegisterDepartmentDto,
    @Context() context: CommandContext,
  ): Promise<{ id: string }> {
    await this.commands.execute(
      new DecideCommand(
        registerStreams.department(body.id),
        departmentDecider,
        {
          kind: 'RegisterDepartment',
          departmentId: body.id,
          name: body.name,
          regionCode: body.regionCode,
          ...(body.kind ? { unitKind: body.kind } : {}),
          ...(body.parentId !== undefined
            ? { parentId: body.parentId, parent: await parentFacts(this.stores.events, body.parentId) }
            : {}),
        },
        context,
      ),
    );
    return { id: body.id };
  }

  /** Sets (or with null clears) the unit above (admin): it exists, is not below this one, covers its region. */
  @Put(':id/parent')
  @Roles('admin')
  async setParent(
    @Param('id') id: string,
    @Body() body: SetDepartmentParentDto,
    @Context() context: CommandContext,
  ): Promise<DepartmentView> {
    const parent = body.parentId === null ? undefined : await parentFacts(this.stores.events, body.parentId);
    await this.commands.execute(
      new DecideCommand(
        registerStreams.department(id),
        departmentDecider,
        {
          kind: 'SetDepartmentParent',
          departmentId: id,
          parentId: body.parentId,
          ...(parent ? { parent } : {}),
        },
        context,
      ),
    );
    return this.get(id);
  }

  /** Disables a unit (admin): it receives no new referral (ADR 50); a repeat changes nothing. */
  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  async disable(
    @Param('id') id: string,
    @Body() body: DisableDepartmentDto,
    @Context() context: CommandContext,
  ): Promise<DepartmentView> {
    await this.commands.execute(
      new DecideCommand(
        registerStreams.department(id),
        departmentDecider,
        { kind: 'DisableDepartment', departmentId: id, reason: body.reason },
        context,
      ),
    );
    return this.get(id);
  }

  /** Enables a disabled unit again (admin). */
  @Post(':id/enable')
  @HttpCode(200)
  @Roles('admin')
  async enable(@Param('id') id: string, @Context() context: CommandContext): Promise<DepartmentView> {
    await this.commands.execute(
      new DecideCommand(
        registerStreams.department(id),
        departmentDecider,
        { kind: 'EnableDepartment', departmentId: id },
        context,
      ),
    );
    return this.get(id);
  }

  @Get()
  async list(): Promise<{ items: DepartmentView[] }> {
    const departments = this.stores.projections.collection<DepartmentView>('departments', 'departments');
    return { items: await everything(departments, undefined) };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<DepartmentView> {
    const found = await this.stores.projections
      .collection<DepartmentView>('departments', 'departments')
      .get(id);
    if (!found) throw ApiError.notFound('DEPARTMENT_NOT_FOUND', `No department ${id}`);
    return found;
  }
}
