import { ApiProperty, PickType } from '@nestjs/swagger';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, type PlanOverview } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';
import { PlanResponse } from '../plans/plan.response';

const SET_APART: readonly AssignmentStatus[] = ['waived', 'cancelled'];
const DONE: readonly AssignmentStatus[] = ['submitted', 'accepted'];

/** A plan in the console's list with the figures of its progress bar, as they stand today. */
export class PlanOverviewResponse extends PickType(PlanResponse, [
  'id',
  'number',
  'title',
  'status',
  'issuer',
  'issuedDate',
  'periodFrom',
  'periodTo',
  'periodText',
] as const) {
  @ApiProperty({ type: 'integer', description: 'Every assignment (an agency officer’s own agency only)' })
  total!: number;

  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, { type: 'integer' }])),
    required: [...ASSIGNMENT_STATUSES],
    selfRequired: true,
    description: 'Every assignment status, zero included',
  })
  byStatus!: Record<AssignmentStatus, number>;

  @ApiProperty({ type: 'integer', description: 'Assignments in the four buckets: waived and cancelled left out' })
  counted!: number;

  @ApiProperty({ type: 'integer', description: 'Of the counted, those with a report sent (done on time or late)' })
  done!: number;

  @ApiProperty({ type: 'integer', description: 'Open work whose deadline has passed' })
  overdue!: number;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The soonest deadline, today or later, of work still open',
  })
  nextDeadline!: string | null;

  static from(this: void, overview: PlanOverview): PlanOverviewResponse {
    const { byStatus } = overview;
    const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
    const sumOf = (statuses: readonly AssignmentStatus[]) =>
      statuses.reduce((sum, status) => sum + byStatus[status], 0);
    return {
      ...overview.plan,
      total,
      byStatus,
      counted: total - sumOf(SET_APART),
      done: sumOf(DONE),
      overdue: overview.overdue,
      nextDeadline: overview.nextDeadline,
    };
  }
}

export class PlanOverviewPage extends PageOf(PlanOverviewResponse) {}
