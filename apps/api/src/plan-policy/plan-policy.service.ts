import { withPolicyDefaults } from '@dondoc/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { type PlanStatus, PlanRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { conflictingField } from '../http/problems';
import { PlanWorkflowClient } from '../orchestration/plan-workflow.client';
import { escalationProblems, mergePolicy } from './plan-policy.rules';
import { PlanPolicyResponse } from './plan-policy.response';
import { type UpdatePlanPolicyDto } from './update-plan-policy.dto';

const CHANGEABLE: readonly PlanStatus[] = ['draft', 'active'];

@Injectable()
export class PlanPolicyService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly audit: AuditTrail,
    private readonly planWorkflow: PlanWorkflowClient,
  ) {}

  async get(_actor: Actor, planId: string): Promise<PlanPolicyResponse> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    return PlanPolicyResponse.from(withPolicyDefaults(plan.policy));
  }

  /**
   * Periods that open afterwards follow the new policy: an active plan's workflow is told to reload it, and each
   * assignment keeps the policy it started with. The annual report date laid out an active plan's periods on
   * activation, so it stays.
   */
  async update(actor: Actor, planId: string, dto: UpdatePlanPolicyDto): Promise<PlanPolicyResponse> {
    const problems = escalationProblems(dto.escalations);
    if (problems.length > 0) {
      throw new BadRequestException({ message: problems.map((p) => `${p.field}: ${p.message}`), errors: problems });
    }
    const { status, after } = await this.audit.change(actor, async (manager) => {
      const plan = await this.plans.getByIdForUpdate(planId, manager);
      if (!plan) throw new NotFoundException(`plan ${planId} not found`);
      if (!CHANGEABLE.includes(plan.status)) {
        throw new ConflictException(`plan ${planId} is ${plan.status}: only a draft or active plan's policy changes`);
      }
      const before = PlanPolicyResponse.from(withPolicyDefaults(plan.policy));
      const after = PlanPolicyResponse.from(mergePolicy(before, dto));
      if (plan.status === 'active' && !sameDay(before.annualReportDate, after.annualReportDate)) {
        throw conflictingField('annualReportDate', 'the plan is active: its periods were laid out by this date');
      }
      await this.plans.update(planId, { policy: after }, manager);
      const change = { action: 'plan.policy.update', entityType: 'plan', entityId: planId, before, after };
      return { result: { status: plan.status, after }, change };
    });
    // After the commit, so the workflow reloading the plan's schedule sees the change.
    if (status === 'active') await this.planWorkflow.amend(planId);
    return after;
  }
}

const sameDay = (a: { month: number; day: number }, b: { month: number; day: number }): boolean =>
  a.month === b.month && a.day === b.day;
