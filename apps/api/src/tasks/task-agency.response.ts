import { ApiProperty } from '@nestjs/swagger';
import {
  type AgencyEntity,
  type ResolvedTaskAgency,
  TASK_AGENCY_ROLES,
  type TaskAgencyRole,
} from '@dondoc/persistence';

/** An agency a task is resolved to, and in which role. */
export class TaskAgencyResponse {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ example: 'LCU-STP' })
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  name!: string;

  @ApiProperty({ enum: TASK_AGENCY_ROLES })
  role!: TaskAgencyRole;

  static from(this: void, agency: AgencyEntity, role: TaskAgencyRole): TaskAgencyResponse {
    return { agencyId: agency.id, code: agency.code, name: agency.name, role };
  }

  static ofLink(this: void, link: ResolvedTaskAgency): TaskAgencyResponse {
    return TaskAgencyResponse.from(link.agency, link.role);
  }
}
