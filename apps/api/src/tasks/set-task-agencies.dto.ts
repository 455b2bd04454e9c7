import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { TASK_AGENCY_ROLES, type TaskAgencyRole } from '@dondoc/persistence';

export class TaskAgencyLinkDto {
  @ApiProperty({ format: 'uuid', description: 'An agency of the directory' })
  @IsUUID()
  agencyId!: string;

  @ApiProperty({ enum: TASK_AGENCY_ROLES })
  @IsIn(TASK_AGENCY_ROLES)
  role!: TaskAgencyRole;
}

/** The task's resolved agencies, whole: the links it had are replaced. An agency appears once, in one role. */
export class SetTaskAgenciesDto {
  @ApiProperty({ type: [TaskAgencyLinkDto], description: 'Empty clears them' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TaskAgencyLinkDto)
  agencies!: TaskAgencyLinkDto[];
}
