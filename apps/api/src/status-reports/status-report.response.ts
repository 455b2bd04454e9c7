import { ApiProperty } from '@nestjs/swagger';
import { STATUS_BUCKETS } from '@dondoc/domain';

export class DaysLateResponse {
  @ApiProperty({ type: 'integer' })
  calendar!: number;

  @ApiProperty({ type: 'integer', description: 'Of those, the working days (holidays and weekends left out)' })
  working!: number;
}

export class BucketCountResponse {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ description: 'Of the assignments in the four buckets (waived and cancelled left out), one decimal' })
  percent!: number;
}

export class BucketsResponse {
  @ApiProperty({ type: BucketCountResponse, description: 'Due and done on time' })
  doneOnTime!: BucketCountResponse;

  @ApiProperty({ type: BucketCountResponse, description: 'Due and done late' })
  doneLate!: BucketCountResponse;

  @ApiProperty({ type: BucketCountResponse, description: 'Open within the deadline' })
  openInTime!: BucketCountResponse;

  @ApiProperty({ type: BucketCountResponse, description: 'Open overdue' })
  openOverdue!: BucketCountResponse;

  @ApiProperty({ type: BucketCountResponse, description: 'Waived: counted apart' })
  waived!: BucketCountResponse;

  @ApiProperty({ type: BucketCountResponse, description: 'Cancelled: counted apart' })
  cancelled!: BucketCountResponse;
}

export class OverdueDaysResponse {
  @ApiProperty({ type: DaysLateResponse, description: 'The longest overdue of the open overdue assignments' })
  max!: DaysLateResponse;

  @ApiProperty({ type: DaysLateResponse })
  total!: DaysLateResponse;
}

export class BucketTallyResponse {
  @ApiProperty({ type: 'integer', description: 'Assignments in the four buckets' })
  counted!: number;

  @ApiProperty({ type: BucketsResponse })
  buckets!: BucketsResponse;

  @ApiProperty({ type: 'integer', description: 'Done and still awaiting the office’s review' })
  awaitingReview!: number;

  @ApiProperty({ type: OverdueDaysResponse })
  overdueDays!: OverdueDaysResponse;
}

export class TaskTallyResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.1' })
  taskCode!: string;

  @ApiProperty()
  taskTitle!: string;

  @ApiProperty({ type: BucketTallyResponse })
  tally!: BucketTallyResponse;
}

export class AgencyTallyResponse {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty()
  agencyName!: string;

  @ApiProperty({ type: BucketTallyResponse })
  tally!: BucketTallyResponse;
}

export class PlanTallyResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ type: String, nullable: true, example: '125/KH-UBND' })
  planNumber!: string | null;

  @ApiProperty()
  planTitle!: string;

  @ApiProperty({ type: BucketTallyResponse })
  tally!: BucketTallyResponse;
}

export class PlanStatusReportResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ format: 'date' })
  asOf!: string;

  @ApiProperty({ enum: STATUS_BUCKETS, isArray: true, description: 'The buckets, in the order reports show them' })
  bucketOrder!: string[];

  @ApiProperty({ type: BucketTallyResponse })
  total!: BucketTallyResponse;

  @ApiProperty({ type: [String], example: ['2026', '2027'], description: 'The periods the figures cover, in order' })
  periods!: string[];

  @ApiProperty({ type: [TaskTallyResponse], description: 'In the plan’s order' })
  byTask!: TaskTallyResponse[];

  @ApiProperty({ type: [AgencyTallyResponse], description: 'By agency name' })
  byAgency!: AgencyTallyResponse[];
}

export class AgencyStatusReportResponse {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ format: 'date' })
  asOf!: string;

  @ApiProperty({ type: BucketTallyResponse })
  total!: BucketTallyResponse;

  @ApiProperty({ type: [PlanTallyResponse] })
  byPlan!: PlanTallyResponse[];
}
