import { ApiProperty } from '@nestjs/swagger';
import { AUDIENCES, type Audience, type PlanPolicy } from '@dondoc/domain';

export class EscalationStepResponse {
  @ApiProperty({ example: 'overdue-agency-head' })
  step!: string;

  @ApiProperty({ type: 'integer', example: 3, description: 'Working days after the due date' })
  afterWorkingDays!: number;

  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;
}

export class MonthDayResponse {
  @ApiProperty({ type: 'integer', example: 11 })
  month!: number;

  @ApiProperty({ type: 'integer', example: 20 })
  day!: number;
}

export class LeadershipResponse {
  @ApiProperty({ example: 'Lãnh đạo Ủy ban nhân dân tỉnh Lai Châu' })
  name!: string;

  @ApiProperty({ type: [String], description: 'None: overdue work reaches only the standing office’s digest' })
  emails!: string[];
}

export class InspectionPolicyResponse {
  @ApiProperty({ type: 'integer' }) delayDays!: number;
  @ApiProperty({ type: 'integer' }) teams!: number;
  @ApiProperty({ type: 'integer' }) agenciesPerTeam!: number;
  @ApiProperty({ type: 'integer' }) windowDays!: number;
  @ApiProperty({ type: 'integer' }) reportDueDays!: number;
  @ApiProperty({ type: 'integer' }) inspectorsPerTeam!: number;
  @ApiProperty({ type: 'integer' }) graceDays!: number;
}

/** The effective policy: what was set for the plan over the defaults, every field present. */
export class PlanPolicyResponse {
  @ApiProperty({
    type: 'integer',
    isArray: true,
    example: [7, 3, 1, 0],
    description: 'Calendar days before the due date',
  })
  reminderDaysBefore!: number[];

  @ApiProperty({ type: [EscalationStepResponse] })
  escalations!: EscalationStepResponse[];

  @ApiProperty({ example: '08:00', description: 'HH:mm, Hà Nội time' })
  sendTime!: string;

  @ApiProperty({ type: MonthDayResponse })
  annualReportDate!: MonthDayResponse;

  @ApiProperty({ type: LeadershipResponse })
  leadership!: LeadershipResponse;

  @ApiProperty({ type: 'integer', example: 5 })
  coordinatingInputDays!: number;

  @ApiProperty({ type: InspectionPolicyResponse })
  inspection!: InspectionPolicyResponse;

  static from(this: void, policy: PlanPolicy): PlanPolicyResponse {
    return {
      reminderDaysBefore: [...policy.reminderDaysBefore],
      escalations: policy.escalations.map(({ step, afterWorkingDays, audience }) => ({
        step,
        afterWorkingDays,
        audience,
      })),
      sendTime: policy.sendTime,
      annualReportDate: { month: policy.annualReportDate.month, day: policy.annualReportDate.day },
      leadership: { name: policy.leadership.name, emails: [...policy.leadership.emails] },
      coordinatingInputDays: policy.coordinatingInputDays,
      inspection: { ...policy.inspection },
    };
  }
}
