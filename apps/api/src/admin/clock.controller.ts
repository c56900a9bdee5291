import { Body, Controller, Get, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { IsMomentInRange } from '../common/calendar-date.validator';
import { CLOCK, type Clock } from '../common/clock';

export class SetClockDto {
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' })
  @IsISO8601({ strict: true })
  @IsMomentInRange()
  now!: string;
}

/** The api's clock: read it; set it only where the deployment runs a simulation (SIMULATED_CLOCK). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/clock')
export class ClockController {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles('admin')
  read(): { now: string; simulated: boolean } {
    return { now: this.clock.now().toISOString(), simulated: this.clock.set !== undefined };
  }

  @Put()
  @HttpCode(200)
  @Roles('admin')
  set(@Body() body: SetClockDto): { now: string; simulated: true } {
    if (!this.clock.set) {
      throw new ApiError(
        409,
        'CLOCK_NOT_SIMULATED',
        'This api keeps real time; only SIMULATED_CLOCK=true lets it be set',
      );
    }
    this.clock.set(new Date(body.now));
    return { now: this.clock.now().toISOString(), simulated: true };
  }
}
