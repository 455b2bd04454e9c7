import { ApiProperty } from '@nestjs/swagger';
import { INSPECTION_STATUSES, type InspectionEntity, type InspectionStatus } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

class InspectionTeamResponse {
  @ApiProperty({ example: 'Đoàn kiểm tra số 1' })
  name!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  inspectorIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'The agencies this team inspects' })
  agencyIds!: string[];
}

export class InspectionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when the whole plan is inspected' })
  taskId!: string | null;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ enum: INSPECTION_STATUSES })
  status!: InspectionStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  windowStart!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  windowEnd!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  reportDue!: string | null;

  @ApiProperty({ type: [InspectionTeamResponse] })
  teams!: InspectionTeamResponse[];

  @ApiProperty({ type: String, nullable: true })
  findingsReport!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reportedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  workflowId!: string | null;

  static from(this: void, inspection: InspectionEntity): InspectionResponse {
    return {
      id: inspection.id,
      planId: inspection.planId,
      taskId: inspection.taskId,
      period: inspection.period,
      status: inspection.status,
      windowStart: inspection.windowStart,
      windowEnd: inspection.windowEnd,
      reportDue: inspection.reportDue,
      teams: inspection.teams.map(({ name, inspectorIds, agencyIds }) => ({ name, inspectorIds, agencyIds })),
      findingsReport: inspection.findingsReport,
      reportedAt: inspection.reportedAt?.toISOString() ?? null,
      workflowId: inspection.workflowId,
    };
  }
}

export class InspectionPage extends PageOf(InspectionResponse) {}
