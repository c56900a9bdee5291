import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { UniqueItems } from '../../common/unique-items';
import { IsCode, IsNotBlank } from '../../common/field-rules';

export class AppointmentDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @UniqueItems()
  inspectorIds!: string[];

  @ApiProperty({ example: '本区域持证人员不足，经批准指派' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class DrawInspectorsDto {
  @ApiPropertyOptional({
    description: "This department's inspectors per entity (default: 1; 2 when the lead is alone)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  perEntity?: number;

  @ApiPropertyOptional({
    type: [AppointmentDto],
    description: 'Where the pool is too small: inspectors appointed (not drawn), with a reason',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AppointmentDto)
  @ArrayMaxSize(10000)
  @UniqueItems((appointment: AppointmentDto) => appointment?.entityId, {
    message: 'one appointment per entity',
  })
  appointments?: AppointmentDto[];
}
