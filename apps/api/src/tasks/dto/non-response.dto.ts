import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString } from 'class-validator';
import { UniqueItems } from '../../common/unique-items';
import { IsCode } from '../../common/field-rules';

/** The participants the lead goes on without, after their response deadline. */
export class NonResponseDto {
  @ApiProperty({ type: [String], description: 'Participants silent past the response deadline' })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @UniqueItems()
  departmentIds!: string[];
}
