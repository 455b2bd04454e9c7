import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { interpretTimeframe, type Schedule } from '@dondoc/domain';
import {
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
import { duplicate, invalidField } from '../http/problems';
import { type CreateTaskDto } from './create-task.dto';
import { type ListTasksQuery } from './list-tasks.query';
import { TaskResponse } from './task.response';
import { type UpdateTaskDto } from './update-task.dto';

@Injectable()
export class TasksService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(_actor: Actor, planId: string, query: ListTasksQuery): Promise<Page<TaskResponse>> {
    await this.plan(planId);
    return mapPage(await this.tasks.searchForPlan(planId, query), TaskResponse.from);
  }

  async get(_actor: Actor, planId: string, taskId: string): Promise<TaskResponse> {
    return TaskResponse.from(await this.existing(planId, taskId));
  }

  async create(actor: Actor, planId: string, dto: CreateTaskDto): Promise<TaskResponse> {
    const plan = await this.plan(planId);
    await this.checkParent(planId, dto.parentId);
    try {
      return await this.audit.change(actor, async (manager) => {
        const task = await this.tasks.create(planId, { ...dto, schedule: scheduleOf(plan, dto.timeframe) }, manager);
        const after = TaskResponse.from(task);
        return { result: after, change: { action: 'task.create', entityType: 'task', entityId: task.id, after } };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async update(actor: Actor, planId: string, taskId: string, dto: UpdateTaskDto): Promise<TaskResponse> {
    const plan = await this.plan(planId);
    const before = TaskResponse.from(await this.existing(planId, taskId));
    if (dto.parentId === taskId) throw invalidField('parentId', 'a task cannot be its own parent');
    await this.checkParent(planId, dto.parentId);
    const schedule = dto.timeframe === undefined ? {} : { schedule: scheduleOf(plan, dto.timeframe) };
    try {
      return await this.audit.change(actor, async (manager) => {
        const updated = await this.tasks.update(planId, taskId, { ...dto, ...schedule }, manager);
        if (!updated) throw new NotFoundException(`task ${taskId} not found in plan ${planId}`);
        const after = TaskResponse.from(updated);
        return {
          result: after,
          change: { action: 'task.update', entityType: 'task', entityId: taskId, before, after },
        };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async remove(actor: Actor, planId: string, taskId: string): Promise<void> {
    const before = TaskResponse.from(await this.existing(planId, taskId));
    try {
      await this.audit.change(actor, async (manager) => {
        await this.tasks.delete(planId, taskId, manager);
        return { result: undefined, change: { action: 'task.delete', entityType: 'task', entityId: taskId, before } };
      });
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      throw new ConflictException(`task ${before.code} has assignments and cannot be deleted`);
    }
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

function scheduleOf(plan: PlanEntity, timeframe: string | null | undefined): Schedule | null {
  if (!timeframe) return null;
  const planPeriod = { from: plan.periodFrom ?? undefined, to: plan.periodTo ?? undefined };
  return interpretTimeframe(timeframe, { planPeriod }).schedule;
}
