import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, servesProvince } from '@dondoc/auth';
import {
  AgencyRepository,
  isForeignKeyViolation,
  isUniqueViolation,
  type Page,
  type PlanEntity,
  PlanRepository,
  type TaskEntity,
  TaskRepository,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { duplicate, invalidField, unknownReference } from '../http/problems';
import { PlanWorkflowClient } from '../orchestration/plan-workflow.client';
import { type CreateTaskDto } from './create-task.dto';
import { type ListTasksQuery } from './list-tasks.query';
import { type SetTaskAgenciesDto } from './set-task-agencies.dto';
import { TaskAgencyResponse } from './task-agency.response';
import { TaskResponse } from './task.response';
import { readTimeframe } from './timeframe-reading';
import { type UpdateTaskDto } from './update-task.dto';

@Injectable()
export class TasksService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
    private readonly planWorkflow: PlanWorkflowClient,
  ) {}

  async list(_actor: Actor, planId: string, query: ListTasksQuery): Promise<Page<TaskResponse>> {
    await this.plan(planId);
    const page = await this.tasks.searchForPlan(planId, query);
    const links = await this.tasks.listAgenciesOfTasks(page.items.map((task) => task.id));
    return mapPage(page, (task) =>
      TaskResponse.from(task, links.filter((link) => link.taskId === task.id).map(TaskAgencyResponse.ofLink)),
    );
  }

  async get(_actor: Actor, planId: string, taskId: string): Promise<TaskResponse> {
    return this.withAgencies(await this.existing(planId, taskId));
  }

  async create(actor: Actor, planId: string, dto: CreateTaskDto): Promise<TaskResponse> {
    const plan = await this.plan(planId);
    await this.checkParent(planId, dto.parentId);
    let created: TaskResponse;
    try {
      created = await this.audit.change(actor, async (manager) => {
        const task = await this.tasks.create(planId, { ...dto, schedule: scheduleOf(plan, dto.timeframe) }, manager);
        const after = TaskResponse.from(task, []);
        return { result: after, change: { action: 'task.create', entityType: 'task', entityId: task.id, after } };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
    await this.amendIfActive(plan);
    return created;
  }

  async update(actor: Actor, planId: string, taskId: string, dto: UpdateTaskDto): Promise<TaskResponse> {
    const plan = await this.plan(planId);
    const before = await this.withAgencies(await this.existing(planId, taskId));
    if (dto.parentId === taskId) throw invalidField('parentId', 'a task cannot be its own parent');
    await this.checkParent(planId, dto.parentId);
    const schedule = dto.timeframe === undefined ? {} : { schedule: scheduleOf(plan, dto.timeframe) };
    let result: TaskResponse;
    try {
      result = await this.audit.change(actor, async (manager) => {
        const updated = await this.tasks.update(planId, taskId, { ...dto, ...schedule }, manager);
        if (!updated) throw new NotFoundException(`task ${taskId} not found in plan ${planId}`);
        const after = TaskResponse.from(updated, before.agencies);
        return {
          result: after,
          change: { action: 'task.update', entityType: 'task', entityId: taskId, before, after },
        };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
    if (dto.timeframe !== undefined) await this.amendIfActive(plan);
    return result;
  }

  /** Replaces the agencies the task's names resolved to, e.g. to correct an import. */
  async setAgencies(actor: Actor, planId: string, taskId: string, dto: SetTaskAgenciesDto): Promise<TaskResponse> {
    const plan = await this.plan(planId);
    const before = await this.withAgencies(await this.existing(planId, taskId));
    const after = await this.resolved(actor, dto);
    try {
      await this.audit.change(actor, async (manager) => {
        await this.tasks.setAgencies(
          taskId,
          after.map(({ agencyId, role }) => ({ agencyId, role })),
          manager,
        );
        const change = { action: 'task.setAgencies', entityType: 'task', entityId: taskId };
        return { result: undefined, change: { ...change, before: before.agencies, after } };
      });
    } catch (error) {
      // Deleted since the checks above: the task, or an agency.
      if (!isForeignKeyViolation(error)) throw error;
      throw new NotFoundException(`task ${taskId} or one of its agencies no longer exists`);
    }
    await this.amendIfActive(plan);
    return this.withAgencies(await this.existing(planId, taskId));
  }

  async remove(actor: Actor, planId: string, taskId: string): Promise<void> {
    const plan = await this.plan(planId);
    const before = await this.withAgencies(await this.existing(planId, taskId));
    try {
      await this.audit.change(actor, async (manager) => {
        await this.tasks.delete(planId, taskId, manager);
        return { result: undefined, change: { action: 'task.delete', entityType: 'task', entityId: taskId, before } };
      });
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      throw new ConflictException(`task ${before.code} has assignments and cannot be deleted`);
    }
    await this.amendIfActive(plan);
  }

  /** After the commit, so the workflow reloading the plan's schedule sees the change. */
  private async amendIfActive(plan: PlanEntity): Promise<void> {
    if (plan.status === 'active') await this.planWorkflow.amend(plan.id);
  }

  private async plan(planId: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    return plan;
  }

  private async existing(planId: string, taskId: string): Promise<TaskEntity> {
    await this.plan(planId);
    const task = await this.tasks.getForPlan(planId, taskId);
    if (!task) throw new NotFoundException(`task ${taskId} not found in plan ${planId}`);
    return task;
  }

  private async withAgencies(task: TaskEntity): Promise<TaskResponse> {
    return TaskResponse.from(task, (await this.tasks.listAgencies(task.id)).map(TaskAgencyResponse.ofLink));
  }

  /** One role per agency: openPeriod gives an agency one assignment, so a second role would be lost. */
  private async resolved(actor: Actor, { agencies: links }: SetTaskAgenciesDto): Promise<TaskAgencyResponse[]> {
    const ids = links.map((link) => link.agencyId.toLowerCase());
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (first < index)
        throw invalidField(`agencies.${index}.agencyId`, `agency ${id} is also agencies.${first}: one role each`);
    });
    const served = (await this.agencies.findByIds(ids)).filter((agency) => servesProvince(actor, agency.province));
    const found = new Map(served.map((agency) => [agency.id, agency]));
    return links.map((link, index) => {
      const agency = found.get(ids[index]);
      if (!agency) throw unknownReference(`agencies.${index}.agencyId`, `no agency ${ids[index]}`);
      return TaskAgencyResponse.from(agency, link.role);
    });
  }

  private async checkParent(planId: string, parentId: string | null | undefined): Promise<void> {
    if (parentId && !(await this.tasks.getForPlan(planId, parentId))) {
      throw invalidField('parentId', `plan ${planId} has no task ${parentId}`);
    }
  }

  private mapped(error: unknown, code: string | undefined): unknown {
    if (isUniqueViolation(error)) return duplicate('code', `the plan already has a task ${code ?? ''}`);
    return error;
  }
}

const scheduleOf = (plan: PlanEntity, timeframe: string | null | undefined) =>
  readTimeframe(plan, timeframe)?.schedule ?? null;
