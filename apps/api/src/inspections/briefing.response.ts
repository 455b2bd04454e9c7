import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  FINDING_RATINGS,
  type FindingRating,
  INSPECTION_STATUSES,
  type InspectionStatus,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from '@dondoc/persistence';
import { AttachmentLink } from '../assignments/report-view.response';
import { DRAW_REASONS, type DrawReason } from './draw-reasons';

class BriefingInspection {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INSPECTION_STATUSES }) status!: InspectionStatus;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) windowStart!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) windowEnd!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reportDue!: string | null;
  @ApiProperty({ description: 'Whether this caller may still save findings and send the team’s report' })
  canSubmit!: boolean;
}

class BriefingPlan {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty() title!: string;
}

class BriefingTask {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

class TeamMember {
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

class BriefingTeam {
  @ApiProperty({ example: 'Đoàn kiểm tra số 1' }) name!: string;
  @ApiProperty({ type: [TeamMember] }) members!: TeamMember[];
}

/** A report sent, or its review. */
class StatusMoment {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['submitted', ...REVIEW_OUTCOMES] }) status!: 'submitted' | ReviewOutcome;
}

class TargetTask {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) due!: string | null;
  @ApiProperty({ type: [StatusMoment] }) history!: StatusMoment[];
}

export class FindingResponse {
  @ApiProperty() finding!: string;
  @ApiProperty({ enum: FINDING_RATINGS, description: 'tot: Tốt, kha: Khá, dat: Đạt, chua_dat: Chưa đạt' })
  rating!: FindingRating;
  @ApiProperty() recommendation!: string;
  @ApiProperty({ type: [AttachmentLink] }) attachments!: AttachmentLink[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class TargetAgency {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class BriefingTeamDetail extends BriefingTeam {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The agencies this team inspects' })
  agencyIds!: string[];
}

class BriefingTarget {
  @ApiProperty({ type: TargetAgency }) agency!: TargetAgency;
  @ApiProperty({ example: 'Đoàn kiểm tra số 1', description: 'The team that inspects it' }) team!: string;
  @ApiProperty({
    enum: DRAW_REASONS,
    isArray: true,
    description: 'Why the draw put it first (never reported, once overdue, a report returned); empty: drawn by lot',
  })
  drawnFor!: DrawReason[];
  @ApiProperty({
    description: 'Its findings came after the inspection window closed, or the window closed without them',
  })
  findingLate!: boolean;
  @ApiProperty({ type: [TargetTask] }) tasks!: TargetTask[];
  @ApiProperty({ type: FindingResponse, nullable: true }) finding!: FindingResponse | null;
}

/** What an inspector's page shows: the team, the window, each target with its record, and the findings so far. */
export class BriefingResponse {
  @ApiProperty({ type: BriefingInspection }) inspection!: BriefingInspection;
  @ApiProperty({ type: BriefingPlan }) plan!: BriefingPlan;
  @ApiProperty({ type: BriefingTask, nullable: true }) task!: BriefingTask | null;
  @ApiProperty({ type: BriefingTeam, description: 'The caller’s teams as one (all of them for the office)' })
  team!: BriefingTeam;
  @ApiProperty({ type: [BriefingTeamDetail], description: 'Each team the caller may see, with its members' })
  teams!: BriefingTeamDetail[];
  @ApiProperty({ type: [BriefingTarget] }) targets!: BriefingTarget[];
}
