import { IsOptional, IsString } from 'class-validator';

/** A DTO with one optional field, for tests of the validation pipe. */
export class DepartmentQueryShape {
  @IsOptional()
  @IsString()
  a?: string;
}
