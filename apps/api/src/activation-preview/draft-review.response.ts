import { ApiProperty } from '@nestjs/swagger';
import { PlanWarningResponse } from '../plan-import/plan-import.response';

export class ReviewSuggestionResponse {
  @ApiProperty({ enum: ['agency', 'group'] })
  type!: 'agency' | 'group';

  @ApiProperty({ example: 'LCU-SGDDT' })
  code!: string;

  @ApiProperty({ example: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu' })
  name!: string;

  @ApiProperty({ type: [String], description: 'The agencies picking it adds: the agency, or the group’s members' })
  agencyIds!: string[];
}

export class ReviewNameResponse {
  @ApiProperty({ example: 'Sở Giáo dục và Đào tạp', description: 'As written in the task' })
  name!: string;

  @ApiProperty({ enum: ['lead', 'coordinating'] })
  role!: 'lead' | 'coordinating';

  @ApiProperty({ type: [ReviewSuggestionResponse], description: 'The closest directory entries, closest first' })
  suggestions!: ReviewSuggestionResponse[];
}

export class ReviewPeriodResponse {
  @ApiProperty({ example: '2027' })
  period!: string;

  @ApiProperty({ format: 'date' })
  opens!: string;

  @ApiProperty({ format: 'date' })
  due!: string;
}

export class ReviewAgencyResponse {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty()
  name!: string;
}

export class TaskReviewResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  code!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'annual',
    description:
      'The schedule’s kind (libs/domain): once, annual, periodic, continuous, window, onRequest, eventRelative or unrecognised; null with no time frame',
  })
  scheduleKind!: string | null;

  @ApiProperty({ description: 'False when the time frame was kept as written: it opens no period by itself' })
  understood!: boolean;

  @ApiProperty({
    type: [String],
    example: ['“Từ tháng 10/2025” chỉ ghi lúc bắt đầu (tháng 10/2025), không ghi hạn: được hiểu là thường xuyên từ đó'],
    description:
      'What reading the time frame assumed, or why it could not be read, in Vietnamese; empty when it reads without a doubt',
  })
  timeframeNotes!: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'trước ngày 30/6/2026',
    description:
      'For a task with no time frame: the one its sentences name, as written, for the coordinator to set if right; null otherwise',
  })
  timeframeInText!: string | null;

  @ApiProperty({
    type: [ReviewPeriodResponse],
    description: 'The first periods from today on, as activation lays them',
  })
  periods!: ReviewPeriodResponse[];

  @ApiProperty({ type: [ReviewNameResponse], description: 'Names written that match no agency or group' })
  unresolved!: ReviewNameResponse[];

  @ApiProperty({ type: [String], description: 'Names that are groups with no member yet' })
  emptyGroups!: string[];

  @ApiProperty({ type: [ReviewAgencyResponse], description: 'Agencies named both as lead and as coordinating' })
  bothRoles!: ReviewAgencyResponse[];
}

/** What the coordinator has to look at before a draft runs. */
class UncertainLineResponse {
  @ApiProperty({ example: 2 })
  page!: number;

  @ApiProperty({ example: 'Sở Tư phap chủ trì, phối hợp vớỉ các cơ quan' })
  text!: string;
}

class ScanReviewResponse {
  @ApiProperty({ type: [UncertainLineResponse], description: 'Lines OCR read with low confidence, to check' })
  uncertainLines!: UncertainLineResponse[];
}

export class DraftReviewResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Lai Châu', description: 'Whose directory resolves names' })
  province!: string | null;

  @ApiProperty({ format: 'date', description: 'The day the periods are laid out from (today in Hà Nội)' })
  today!: string;

  @ApiProperty({ type: [TaskReviewResponse], description: 'In outline order' })
  tasks!: TaskReviewResponse[];

  @ApiProperty({
    type: [PlanWarningResponse],
    description:
      'What the import noticed that no other part of the review shows (a title it made up, rows it skipped, a lead read from the text…)',
  })
  importNotes!: PlanWarningResponse[];

  @ApiProperty({
    type: ScanReviewResponse,
    nullable: true,
    description: 'Set when the text was read by OCR from a scan',
  })
  scan!: ScanReviewResponse | null;
}
