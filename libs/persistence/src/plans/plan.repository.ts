import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { type Page, type PageRequest, toPage } from '../common/page';
import { type ReadScope } from '../read-scope';
import { likeLiteral } from '../common/upsert-outcome';
import { PlanEntity, type PlanStatus } from './plan.entity';
import { type PlanOverview, type PlanOverviewSearch, listPlanOverview } from './plan-overview';
import { type PlanProgress, readPlanProgress } from './plan-progress';

export type NewPlan = Pick<PlanEntity, 'id' | 'number' | 'title' | 'standingOfficeEmail'>;

/** A plan as imported or typed in; everything but the title may be unknown yet. */
export type NewPlanDraft = Pick<PlanEntity, 'title'> &
  Partial<
    Pick<
      PlanEntity,
      | 'id'
      | 'number'
      | 'issuer'
      | 'issuedDate'
      | 'basis'
      | 'periodFrom'
      | 'periodTo'
      | 'periodText'
      | 'standingOfficeId'
      | 'standingOfficeEmail'
      | 'sourceDocument'
      | 'warnings'
      | 'policy'
      | 'province'
    >
  >;

export type PlanChanges = Partial<Omit<NewPlanDraft, 'id'>>;

export const PLAN_SORTS = [
  'createdAt',
  '-createdAt',
  'number',
  '-number',
  'title',
  '-title',
  'issuedDate',
  '-issuedDate',
] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

const SORT_COLUMNS: Record<PlanSort, [string, 'ASC' | 'DESC']> = {
  createdAt: ['plan.created_at', 'ASC'],
  '-createdAt': ['plan.created_at', 'DESC'],
  number: ['plan.number', 'ASC'],
  '-number': ['plan.number', 'DESC'],
  title: ['plan.title', 'ASC'],
  '-title': ['plan.title', 'DESC'],
  issuedDate: ['plan.issued_date', 'ASC'],
  '-issuedDate': ['plan.issued_date', 'DESC'],
};

export interface PlanSearch extends PageRequest {
  status?: PlanStatus | readonly PlanStatus[];
  /** Case-insensitive substring of the number or title. */
  q?: string;
  /** Newest first by default. */
  sort?: PlanSort;
  /** Only this province's plans, and those of no known province (an account bound to it). */
  province?: string;
}

@Injectable()
export class PlanRepository {
  private readonly plans: Repository<PlanEntity>;

  constructor(dataSource: DataSource) {
    this.plans = dataSource.getRepository(PlanEntity);
  }

  /**
   * Keyed by id, so an activity retried after a crash writes the same row once. A row that exists (the API creates
   * the draft before starting the intake workflow) is left alone, so a later edit is never overwritten.
   */
  async record(plan: NewPlan): Promise<void> {
    await this.plans.createQueryBuilder().insert().values(plan).orIgnore().execute();
  }

  /** A taken number fails with a unique violation (isUniqueViolation), for the caller to map to 409. */
  async createDraft(plan: NewPlanDraft, manager?: EntityManager): Promise<PlanEntity> {
    const repository = manager ? manager.getRepository(PlanEntity) : this.plans;
    const province = plan.province ? normaliseVietnamese(plan.province) : plan.province;
    const { id } = await repository.save(
      repository.create({ ...plan, title: normaliseVietnamese(plan.title), province }),
    );
    return repository.findOneByOrFail({ id });
  }

  getById(id: string): Promise<PlanEntity | null> {
    return this.plans.findOneBy({ id });
  }

  /** Locked until `manager`'s transaction ends: a read-modify-write of the row (its policy) is not lost to another. */
  getByIdForUpdate(id: string, manager: EntityManager): Promise<PlanEntity | null> {
    return manager.getRepository(PlanEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async existsWithNumber(number: string): Promise<boolean> {
    return this.plans.existsBy({ number });
  }

  /** Newest first. */
  list(query: PlanSearch = {}): Promise<Page<PlanEntity>> {
    const builder = this.plans.createQueryBuilder('plan');
    if (query.status !== undefined) {
      const statuses = typeof query.status === 'string' ? [query.status] : [...query.status];
      builder.andWhere('plan.status = ANY(:statuses)', { statuses });
    }
    if (query.q) {
      const pattern = `%${likeLiteral(normaliseVietnamese(query.q))}%`;
      builder.andWhere('(plan.number ILIKE :pattern OR plan.title ILIKE :pattern)', { pattern });
    }
    if (query.province)
      builder.andWhere('(plan.province = :province OR plan.province IS NULL)', { province: query.province });
    const [column, direction] = SORT_COLUMNS[query.sort ?? '-createdAt'];
    builder.orderBy(column, direction, 'NULLS LAST').addOrderBy('plan.id', 'ASC');
    return toPage(query, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }

  /** Newest first, each plan with its assignments' figures: one query per page. */
  listOverview(search: PlanOverviewSearch): Promise<Page<PlanOverview>> {
    return listPlanOverview(this.plans, search);
  }

  /** The plan's figures as the scope sees them, in one statement; null when the scope cannot see the plan. */
  progress(scope: ReadScope, planId: string, overdueLimit: number): Promise<PlanProgress | null> {
    return readPlanProgress(this.plans, scope, planId, overdueLimit);
  }

  async update(id: string, changes: PlanChanges, manager?: EntityManager): Promise<PlanEntity | null> {
    const repository = manager ? manager.getRepository(PlanEntity) : this.plans;
    const title = changes.title === undefined ? {} : { title: normaliseVietnamese(changes.title) };
    if (Object.keys(changes).length > 0) await repository.update({ id }, { ...changes, ...title });
    return repository.findOneBy({ id });
  }

  /** Only while the plan is in one of `statuses`; false otherwise. Tasks go with it (cascade). */
  async deleteIn(id: string, statuses: readonly PlanStatus[], manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(PlanEntity) : this.plans;
    const result = await repository.delete({ id, status: In([...statuses]) });
    return (result.affected ?? 0) > 0;
  }

  /** True when the status changed; `from` makes it a compare-and-set (draft → active only from draft). */
  /** The plan workflow's write: only when `revision` is not older than the one written (a late attempt is ignored). */
  async applyWorkflowStatus(id: string, status: PlanStatus, revision: number): Promise<boolean> {
    const result = await this.plans
      .createQueryBuilder()
      .update()
      .set({ status, statusRevision: revision })
      .where('id = :id AND status_revision <= :revision', { id, revision })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async setStatus(
    id: string,
    status: PlanStatus,
    from?: readonly PlanStatus[],
    manager?: EntityManager,
  ): Promise<boolean> {
    if (from?.length === 0) return false;
    const repository = manager ? manager.getRepository(PlanEntity) : this.plans;
    const result = await repository.update(from ? { id, status: In([...from]) } : { id }, { status });
    return (result.affected ?? 0) > 0;
  }
}
