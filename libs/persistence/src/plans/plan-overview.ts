import { type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { ASSIGNMENT_STATUSES, AssignmentEntity, type AssignmentStatus } from '../assignments/assignment.entity';
import { type Page, pageWindow } from '../common/page';
import { likeLiteral } from '../common/upsert-outcome';
import { type PlanEntity } from './plan.entity';
import { type PlanSearch } from './plan.repository';

/** Work not done yet: open within its deadline or overdue, as the status report's buckets judge it. */
const OPEN: readonly AssignmentStatus[] = ['pending', 'in_progress', 'returned', 'overdue'];

export type PlanOverviewPlan = Pick<
  PlanEntity,
  'id' | 'number' | 'title' | 'status' | 'issuer' | 'issuedDate' | 'periodFrom' | 'periodTo' | 'periodText'
>;

/** A plan in the console's list, with the figures its progress bar needs. */
export interface PlanOverview {
  plan: PlanOverviewPlan;
  byStatus: Record<AssignmentStatus, number>;
  /** Open work whose deadline passed before `today`. */
  overdue: number;
  /** The soonest deadline, `today` or later, of work still open. */
  nextDeadline: string | null;
}

export interface PlanOverviewSearch extends Omit<PlanSearch, 'sort'> {
  /** The day the overdue count and next deadline are judged on (Hà Nội). */
  today: string;
  /** An agency officer's figures: their agency's assignments only. */
  agencyId?: string;
}

type Row = Record<string, unknown> & { matching: number };

/**
 * One query for the page: the plans, newest first, each left-joined to its assignments and grouped, so every figure
 * comes with its plan and the page's size, not the number of plans, bounds the work.
 */
export async function listPlanOverview(
  plans: Repository<PlanEntity>,
  search: PlanOverviewSearch,
): Promise<Page<PlanOverview>> {
  const { page, pageSize, skip, take } = pageWindow(search);
  const joined = search.agencyId ? 'a.plan_id = plan.id AND a.agency_id = :agencyId' : 'a.plan_id = plan.id';
  const builder = plans
    .createQueryBuilder('plan')
    .leftJoin(AssignmentEntity, 'a', joined, { agencyId: search.agencyId })
    .select('plan.id', 'id')
    .addSelect('plan.number', 'number')
    .addSelect('plan.title', 'title')
    .addSelect('plan.status', 'status')
    .addSelect('plan.issuer', 'issuer')
    .addSelect("to_char(plan.issued_date, 'YYYY-MM-DD')", 'issuedDate')
    .addSelect('plan.period_from', 'periodFrom')
    .addSelect('plan.period_to', 'periodTo')
    .addSelect('plan.period_text', 'periodText')
    .addSelect('(count(*) OVER ())::int', 'matching')
    .addSelect('count(a.id) FILTER (WHERE a.status = ANY(:open) AND a.due_date < :today)::int', 'overdue')
    .addSelect(
      "to_char(min(a.due_date) FILTER (WHERE a.status = ANY(:open) AND a.due_date >= :today), 'YYYY-MM-DD')",
      'nextDeadline',
    )
    .setParameters({ open: [...OPEN], today: search.today });
  for (const status of ASSIGNMENT_STATUSES) {
    builder.addSelect(`count(a.id) FILTER (WHERE a.status = '${status}')::int`, `status_${status}`);
  }
  if (search.status !== undefined) {
    const statuses = typeof search.status === 'string' ? [search.status] : [...search.status];
    builder.andWhere('plan.status = ANY(:statuses)', { statuses });
  }
  if (search.q) {
    const pattern = `%${likeLiteral(normaliseVietnamese(search.q))}%`;
    builder.andWhere('(plan.number ILIKE :pattern OR plan.title ILIKE :pattern)', { pattern });
  }
  if (search.province)
    builder.andWhere('(plan.province = :province OR plan.province IS NULL)', { province: search.province });
  const rows = await builder
    .groupBy('plan.id')
    .orderBy('plan.created_at', 'DESC')
    .addOrderBy('plan.id', 'ASC')
    .offset(skip)
    .limit(take)
    .getRawMany<Row>();
  // Past the last page no row carries the total: only then is it counted apart.
  const total = rows[0]?.matching ?? (skip === 0 ? 0 : await builder.offset(undefined).limit(undefined).getCount());
  return { items: rows.map(overviewOf), total, page, pageSize };
}

function overviewOf(row: Row): PlanOverview {
  const byStatus = Object.fromEntries(
    ASSIGNMENT_STATUSES.map((status) => [status, Number(row[`status_${status}`] ?? 0)]),
  ) as Record<AssignmentStatus, number>;
  return {
    plan: {
      id: row.id as string,
      number: row.number as string | null,
      title: row.title as string,
      status: row.status as PlanEntity['status'],
      issuer: row.issuer as string | null,
      issuedDate: row.issuedDate as string | null,
      periodFrom: row.periodFrom as number | null,
      periodTo: row.periodTo as number | null,
      periodText: row.periodText as string | null,
    },
    byStatus,
    overdue: Number(row.overdue),
    nextDeadline: row.nextDeadline as string | null,
  };
}
