import { BEACON_SOURCES, isBeaconValue, normaliseBeaconValue } from '@app/domain';
import type { Stores } from '@app/runtime';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { ApiError } from '../common/api-error';
import { STORES } from '../stores/stores.providers';
import { acting } from '../tasks/acting';
import { BeaconValueDto } from '../tasks/dto';
import { taskCommand } from '../tasks/task-command';
import { TaskFacts, beijingDate } from '../tasks/task-facts';

/**
 * The steps that make a beacon task's draw unsteerable (docs/draw.md §2): the pool frozen before
 * the round is public, then the published value entered by one official and confirmed by another.
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/tasks')
export class BeaconController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /** The lead fixes the pool at the log's head position P, before the beacon round is published. */
  @Post(':id/pool-freeze')
  @HttpCode(201)
  @Roles('operator')
  async freeze(@Param('id') id: string, @Context() context: CommandContext) {
    const position = await this.stores.events.headPosition();
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'FreezePool',
          taskId: id,
          by: acting(context),
          position,
          now: context.now.toISOString(),
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { taskId: id, position };
  }

  /** An official enters the round's published value; it may be entered again until confirmed. */
  @Post(':id/beacon-value')
  @HttpCode(201)
  @Roles('operator', 'head')
  async enter(@Param('id') id: string, @Body() body: BeaconValueDto, @Context() context: CommandContext) {
    const value = await this.checkedValue(id, body.value);
    await this.commands.execute(
      taskCommand(
        id,
        { kind: 'EnterBeaconValue', taskId: id, by: acting(context), value, now: context.now.toISOString() },
        context,
      ),
    );
    return { taskId: id, value };
  }

  /** A second official, of another department, reads the value again: four eyes. */
  @Post(':id/beacon-value/confirmation')
  @HttpCode(201)
  @Roles('operator', 'head')
  async confirm(@Param('id') id: string, @Body() body: BeaconValueDto, @Context() context: CommandContext) {
    const value = await this.checkedValue(id, body.value);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'ConfirmBeaconValue',
          taskId: id,
          by: acting(context),
          value,
          now: context.now.toISOString(),
        },
        context,
      ),
    );
    return { taskId: id, value, confirmed: true };
  }

  /** The value in the format of the task's source, or a 400 naming the source and its format. */
  private async checkedValue(taskId: string, given: string): Promise<string> {
    const task = await this.facts.task(taskId);
    if (!task) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    const source = task.beacon ? BEACON_SOURCES[task.beacon.source] : undefined;
    const value = normaliseBeaconValue(given);
    if (source && !isBeaconValue(source, value)) {
      throw ApiError.invalid([
        {
          field: 'value',
          reason: `must be in the format of ${source.name.en}: ${source.value.description.en}`,
          rule: 'beaconValueFormat',
          params: { source: source.id, example: source.value.example, pattern: source.value.pattern },
        },
      ]);
    }
    return value;
  }
}
