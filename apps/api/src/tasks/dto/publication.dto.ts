import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCode } from '../../common/field-rules';

export class PublicationDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
}

export class StopPublicDisclosureDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: "The entity's application, as received", maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  application!: string;
}
