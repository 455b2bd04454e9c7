import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, provinceFilterOf, servesProvince } from '@dondoc/auth';
import {
  type AgencyEntity,
  AgencyRepository,
  isUniqueViolation,
  type Page,
  type PlanEntity,
  PlanRepository,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { duplicate, invalidField } from '../http/problems';
import { type CreatePlanDto } from './create-plan.dto';
import { type ListPlansQuery } from './list-plans.query';
import { PlanIntakeClient } from './plan-intake.client';
import { type PlanIntakeResponse, PlanResponse } from './plan.response';
import { type UpdatePlanDto } from './update-plan.dto';

@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly agencies: AgencyRepository,
    private readonly intake: PlanIntakeClient,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListPlansQuery): Promise<Page<PlanResponse>> {
    return mapPage(await this.plans.list({ ...query, province: provinceFilterOf(actor) }), PlanResponse.from);
  }

  async get(_actor: Actor, id: string): Promise<PlanResponse> {
    return PlanResponse.from(await this.existing(id));
  }

  /**
   * The draft is inserted and the intake workflow started in one transaction: if Temporal refuses, no draft is left
   * without its acknowledgement mail. A taken number is caught on the insert itself, so a race also gives 409.
   */
  async create(actor: Actor, dto: CreatePlanDto): Promise<PlanResponse> {
    const office = await this.standingOffice(actor, dto.standingOfficeId);
    try {
      return await this.audit.change(actor, async (manager) => {
        const province = actor.province ?? office?.province ?? null;
        const plan = await this.plans.createDraft({ ...dto, province }, manager);
        await this.intake.start(plan, dto.standingOfficeEmail);
        const after = PlanResponse.from(plan);
        return { result: after, change: { action: 'plan.create', entityType: 'plan', entityId: plan.id, after } };
      });
    } catch (error) {
      throw this.mapped(error, dto.number);
    }
  }

  async update(actor: Actor, id: string, dto: UpdatePlanDto): Promise<PlanResponse> {
    const before = PlanResponse.from(await this.existing(id));
    await this.standingOffice(actor, dto.standingOfficeId);
    try {
      return await this.audit.change(actor, async (manager) => {
        const updated = await this.plans.update(id, dto, manager);
        if (!updated) throw new NotFoundException(`plan ${id} not found`);
        const after = PlanResponse.from(updated);
        return { result: after, change: { action: 'plan.update', entityType: 'plan', entityId: id, before, after } };
      });
    } catch (error) {
      throw this.mapped(error, dto.number);
    }
  }

  /** Only drafts: a plan that has started keeps its history and is cancelled instead. */
  async remove(actor: Actor, id: string): Promise<void> {
    const before = PlanResponse.from(await this.existing(id));
    await this.audit.change(actor, async (manager) => {
      if (!(await this.plans.deleteIn(id, ['draft'], manager))) {
        throw new ConflictException(`plan ${id} is ${before.status}: only draft plans can be deleted`);
      }
      await this.intake.stop(id);
      return { result: undefined, change: { action: 'plan.delete', entityType: 'plan', entityId: id, before } };
    });
  }

  async getIntake(_actor: Actor, id: string): Promise<PlanIntakeResponse> {
    return this.intake.describe(id);
  }

  private async existing(id: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(id);
    if (!plan) throw new NotFoundException(`plan ${id} not found`);
    return plan;
  }

  private async standingOffice(actor: Actor, agencyId: string | null | undefined): Promise<AgencyEntity | null> {
    if (!agencyId) return null;
    const office = await this.agencies.getById(agencyId);
    if (!office || !servesProvince(actor, office.province))
      throw invalidField('standingOfficeId', `no agency ${agencyId}`);
    return office;
  }

  private mapped(error: unknown, number: string | null | undefined): unknown {
    if (isUniqueViolation(error)) return duplicate('number', `a plan numbered ${number ?? ''} already exists`);
    return error;
  }
}
