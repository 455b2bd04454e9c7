import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { type AgencyEntity } from '../agencies/agency.entity';
import { type Page, type PageRequest, toPage } from '../common/page';
import { withinTransaction } from '../common/transactions';
import { likeLiteral } from '../common/upsert-outcome';
import { TaskAgencyEntity, type TaskAgencyRole } from './task-agency.entity';
import { TaskEntity } from './task.entity';

/** A task as imported; `parentCode` names another task of the same plan written earlier in the batch. */
export type NewTask = Pick<TaskEntity, 'code' | 'position' | 'title'> &
  Partial<
    Pick<
      TaskEntity,
      'kind' | 'content' | 'leadNames' | 'coordinatingNames' | 'timeframe' | 'schedule' | 'form' | 'product'
    >
  > & { parentCode?: string | null };

export interface TaskAgencyLink {
  agencyId: string;
  role: TaskAgencyRole;
}

/** A task as the schedule sees it. */
export const schedulable = (task: Pick<TaskEntity, 'id' | 'code' | 'schedule'>) => ({
  taskId: task.id,
  taskCode: task.code,
  schedule: task.schedule,
});

/** A link with its agency loaded. */
export type ResolvedTaskAgency = TaskAgencyEntity & { agency: AgencyEntity };

export interface TaskFilter {
  /** Only tasks resolved to this agency (in any role, or in `role`). */
  agencyId?: string;
  role?: TaskAgencyRole;
}

/** A task typed in through the API; `position` defaults to after the plan's last task. */
export type TaskFields = Pick<TaskEntity, 'code' | 'title'> &
  Partial<
    Pick<
      TaskEntity,
      | 'position'
      | 'parentId'
      | 'content'
      | 'leadNames'
      | 'coordinatingNames'
      | 'timeframe'
      | 'schedule'
      | 'form'
      | 'product'
    >
  >;

export const TASK_SORTS = ['position', '-position', 'code', '-code', 'title', '-title'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

const SORT_COLUMNS: Record<TaskSort, [string, 'ASC' | 'DESC']> = {
  position: ['task.position', 'ASC'],
  '-position': ['task.position', 'DESC'],
  code: ['task.code', 'ASC'],
  '-code': ['task.code', 'DESC'],
  title: ['task.title', 'ASC'],
  '-title': ['task.title', 'DESC'],
};

export interface TaskSearch extends PageRequest {
  /** Case-insensitive substring of the code or title. */
  q?: string;
  sort?: TaskSort;
}

@Injectable()
export class TaskRepository {
  private readonly tasks: Repository<TaskEntity>;

  constructor(dataSource: DataSource) {
    this.tasks = dataSource.getRepository(TaskEntity);
  }

  /** The plan's tasks in document order. */
  listForPlan(planId: string, filter: TaskFilter = {}): Promise<TaskEntity[]> {
    const builder = this.tasks.createQueryBuilder('task').where('task.plan_id = :planId', { planId });
    if (filter.agencyId) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM task_agencies ta WHERE ta.task_id = task.id AND ta.agency_id = :agencyId
         ${filter.role ? 'AND ta.role = :role' : ''})`,
        { agencyId: filter.agencyId, role: filter.role },
      );
    }
    return builder.orderBy('task.position', 'ASC').addOrderBy('task.code', 'ASC').getMany();
  }

  getForPlan(planId: string, taskId: string): Promise<TaskEntity | null> {
    return this.tasks.findOneBy({ planId, id: taskId });
  }

  getForPlanByCode(planId: string, code: string): Promise<TaskEntity | null> {
    return this.tasks.findOneBy({ planId, code });
  }

  /** Writes the tasks keyed by (plan, code), in order, so a re-import updates rather than duplicates. */
  upsertForPlan(planId: string, tasks: readonly NewTask[], manager?: EntityManager): Promise<TaskEntity[]> {
    return withinTransaction(this.tasks.manager, manager, (transaction) => this.writeTasks(transaction, planId, tasks));
  }

  private async writeTasks(manager: EntityManager, planId: string, tasks: readonly NewTask[]): Promise<TaskEntity[]> {
    const repository = manager.getRepository(TaskEntity);
    const idsByCode = new Map<string, string>();
    for (const task of tasks) {
      const { parentCode, ...fields } = task;
      const parentId = parentCode ? (idsByCode.get(parentCode) ?? null) : null;
      await repository.upsert(
        {
          kind: 'work',
          content: null,
          leadNames: [],
          coordinatingNames: [],
          timeframe: null,
          schedule: null,
          form: null,
          product: null,
          ...fields,
          planId,
          parentId,
        },
        { conflictPaths: ['planId', 'code'] },
      );
      const stored = await repository.findOneByOrFail({ planId, code: task.code });
      idsByCode.set(task.code, stored.id);
    }
    return repository.find({ where: { planId }, order: { position: 'ASC', code: 'ASC' } });
  }

  /** One page of the plan's tasks, in document order unless sorted otherwise. */
  searchForPlan(planId: string, query: TaskSearch = {}): Promise<Page<TaskEntity>> {
    const builder = this.tasks.createQueryBuilder('task').where('task.plan_id = :planId', { planId });
    if (query.q) {
      const pattern = `%${likeLiteral(normaliseVietnamese(query.q))}%`;
      builder.andWhere('(task.code ILIKE :pattern OR task.title ILIKE :pattern)', { pattern });
    }
    const [column, direction] = SORT_COLUMNS[query.sort ?? 'position'];
    builder.orderBy(column, direction).addOrderBy(column === 'task.code' ? 'task.id' : 'task.code', 'ASC');
    return toPage(query, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }

  /** A code the plan already has fails with a unique violation (isUniqueViolation), for the caller's 409. */
  async create(planId: string, task: TaskFields, manager?: EntityManager): Promise<TaskEntity> {
    const repository = manager ? manager.getRepository(TaskEntity) : this.tasks;
    const position = task.position ?? (await this.nextPosition(repository, planId));
    const { id } = await repository.save(repository.create({ ...emptyTask, ...task, planId, position }));
    return repository.findOneByOrFail({ id });
  }

  /** Applies the fields present in `changes`; null when the plan has no such task. */
  async update(
    planId: string,
    taskId: string,
    changes: Partial<TaskFields>,
    manager?: EntityManager,
  ): Promise<TaskEntity | null> {
    const repository = manager ? manager.getRepository(TaskEntity) : this.tasks;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(defined).length > 0) await repository.update({ planId, id: taskId }, defined);
    return repository.findOneBy({ planId, id: taskId });
  }

  /** Sub-tasks go with it; a task with assignments fails with a foreign key violation. */
  async delete(planId: string, taskId: string, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(TaskEntity) : this.tasks;
    const result = await repository.delete({ planId, id: taskId });
    return (result.affected ?? 0) > 0;
  }

  private async nextPosition(repository: Repository<TaskEntity>, planId: string): Promise<number> {
    const row = await repository
      .createQueryBuilder('task')
      .select('coalesce(max(task.position), 0) + 1', 'next')
      .where('task.plan_id = :planId', { planId })
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 1);
  }

  /** The task's resolved agencies, leads first. */
  listAgencies(taskId: string): Promise<ResolvedTaskAgency[]> {
    return this.listAgenciesOfTasks([taskId]);
  }

  /** The resolved agencies of several tasks (a page of them) in one query, each task's leads first. */
  async listAgenciesOfTasks(taskIds: readonly string[]): Promise<ResolvedTaskAgency[]> {
    if (taskIds.length === 0) return [];
    const links = await this.tasks.manager.getRepository(TaskAgencyEntity).find({
      where: { taskId: In([...taskIds]) },
      relations: { agency: true },
      order: { taskId: 'ASC', role: 'DESC', agency: { code: 'ASC' } },
    });
    // agency_id is NOT NULL with a foreign key, so the joined agency is always there.
    return links as ResolvedTaskAgency[];
  }

  /** Makes the task's resolved agencies exactly `links`. */
  setAgencies(taskId: string, links: readonly TaskAgencyLink[], manager?: EntityManager): Promise<void> {
    return withinTransaction(this.tasks.manager, manager, async (transaction) => {
      const repository = transaction.getRepository(TaskAgencyEntity);
      await repository.delete({ taskId });
      if (links.length > 0) await repository.insert(links.map((link) => ({ taskId, ...link })));
    });
  }
}

const emptyTask = {
  parentId: null,
  content: null,
  leadNames: [],
  coordinatingNames: [],
  timeframe: null,
  schedule: null,
  form: null,
  product: null,
};
