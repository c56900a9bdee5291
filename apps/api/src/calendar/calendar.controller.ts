import {
  EARLIEST_YEAR,
  LATEST_YEAR,
  type WorkingDayDate,
  calendarYearDecider,
  daysBetween,
  registerStreams,
} from '@app/domain';
import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { AddWorkingDaysQueryDto, PublishCalendarYearDto, WorkingDaysBetweenQueryDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

/** Chinese working days: weekends and holidays off, make-up weekends on (docs/api.md). */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly commands: CommandBus,
  ) {}

  /** The day N working days after `from`; `provisional` when a year on the way is not known yet. */
  @Get('add-working-days')
  async addWorkingDays(@Query() query: AddWorkingDaysQueryDto): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(query.from, query.days);
  }

  /**
   * Working days after `from` up to and including `to` (0 when `to` is not after `from`): the
   * working days left before a deadline, or how late an act is.
   */
  @Get('working-days-between')
  async workingDaysBetween(
    @Query() query: WorkingDaysBetweenQueryDto,
  ): Promise<{ from: string; to: string; days: number; provisional: boolean; unknownYears: number[] }> {
    if (daysBetween(query.from, query.to) > 3660) {
      throw ApiError.invalid([
        { field: 'to', reason: 'must be at most ten years after from', rule: 'dateSpan' },
      ]);
    }
    const { days, provisional, unknownYears } = (await this.calendars.calendar()).workingDaysBetween(
      query.from,
      query.to,
    );
    return { from: query.from, to: query.to, days, provisional, unknownYears };
  }

  /** The years known, and where each comes from (dataset or an operator's entry). */
  @Get('years')
  async years(): Promise<{ years: { year: number; source: string; holidays: number; workdays: number }[] }> {
    const calendar = await this.calendars.calendar();
    return {
      years: calendar.knownYears().map((y) => ({
        year: y.year,
        source: y.source,
        holidays: y.holidays.length,
        workdays: y.workdays.length,
      })),
    };
  }

  /** Enters a year from the State Council's notice (admin); it replaces the dataset's year. */
  @Put('years/:year')
  @Roles('admin')
  async publishYear(
    @Param(
      'year',
      new ParseIntPipe({
        exceptionFactory: () =>
          ApiError.invalid([{ field: 'year', reason: 'must be a year', rule: 'isInt' }]),
      }),
    )
    year: number,
    @Body() body: PublishCalendarYearDto,
    @Context() context: CommandContext,
  ): Promise<{ year: number; holidays: number; workdays: number }> {
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw ApiError.invalid([
        {
          field: 'year',
          reason: `must be ${EARLIEST_YEAR}–${LATEST_YEAR}`,
          rule: 'year',
          params: { min: EARLIEST_YEAR, max: LATEST_YEAR },
        },
      ]);
    }
    await this.commands.execute(
      new DecideCommand(
        registerStreams.calendarYear(year),
        calendarYearDecider,
        { kind: 'PublishCalendarYear', year, ...body },
        context,
      ),
    );
    return { year, holidays: new Set(body.holidays).size, workdays: new Set(body.workdays).size };
  }
}
