import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { type Page, type PageRequest, toPage } from '../common/page';
import { InspectionEntity, type InspectionStatus, type InspectionTeam } from './inspection.entity';

export type NewInspection = Pick<InspectionEntity, 'planId' | 'period'> & { workflowId: string } & Partial<
    Pick<InspectionEntity, 'taskId' | 'windowStart' | 'windowEnd' | 'reportDue' | 'teams' | 'drawSeed'>
  >;

export interface InspectionFilter extends PageRequest {
  status?: InspectionStatus;
  taskId?: string;
}

export interface InspectionSearch extends InspectionFilter {
  planId?: string;
  /** Only inspections with this user on one of their teams. */
  inspectorId?: string;
  /** Only inspections of this province's plans. */
  province?: string;
}

@Injectable()
export class InspectionRepository {
  private readonly inspections: Repository<InspectionEntity>;

  constructor(dataSource: DataSource) {
    this.inspections = dataSource.getRepository(InspectionEntity);
  }

  /** Keyed by workflow id, so the workflow's activity can be retried without scheduling twice. */
  async schedule(inspection: NewInspection, manager?: EntityManager): Promise<InspectionEntity> {
    const repository = manager ? manager.getRepository(InspectionEntity) : this.inspections;
    await repository
      .createQueryBuilder()
      .insert()
      .values({ taskId: null, teams: [], ...inspection })
      .orIgnore()
      .execute();
    return repository.findOneByOrFail({ workflowId: inspection.workflowId });
  }

  listForPlan(planId: string, filter: InspectionFilter = {}): Promise<Page<InspectionEntity>> {
    const where = {
      planId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.taskId ? { taskId: filter.taskId } : {}),
    };
    return toPage(filter, ({ skip, take }) =>
      this.inspections.findAndCount({ where, order: { windowStart: 'ASC', createdAt: 'ASC' }, skip, take }),
    );
  }

  /** Across plans, soonest window first; `inspectorId` confines it to an inspector's own inspections. */
  search(filter: InspectionSearch = {}): Promise<Page<InspectionEntity>> {
    const builder = this.inspections.createQueryBuilder('inspection');
    if (filter.planId) builder.andWhere('inspection.plan_id = :planId', { planId: filter.planId });
    if (filter.status) builder.andWhere('inspection.status = :status', { status: filter.status });
    if (filter.taskId) builder.andWhere('inspection.task_id = :taskId', { taskId: filter.taskId });
    if (filter.province)
      builder.andWhere(
        'inspection.plan_id IN (SELECT p.id FROM plans p WHERE p.province = :province OR p.province IS NULL)',
        {
          province: filter.province,
        },
      );
    if (filter.inspectorId) {
      const onATeam = JSON.stringify([{ inspectorIds: [filter.inspectorId] }]);
      builder.andWhere('inspection.teams @> CAST(:onATeam AS jsonb)', { onATeam });
    }
    builder
      .orderBy('inspection.window_start', 'ASC', 'NULLS LAST')
      .addOrderBy('inspection.created_at', 'ASC')
      .addOrderBy('inspection.id', 'ASC');
    return toPage(filter, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }

  /** The inspection, if `inspectorId` is on one of its teams. */
  getForInspector(inspectorId: string, id: string): Promise<InspectionEntity | null> {
    return this.inspections
      .createQueryBuilder('inspection')
      .where('inspection.id = :id', { id })
      .andWhere('inspection.teams @> CAST(:onATeam AS jsonb)', {
        onATeam: JSON.stringify([{ inspectorIds: [inspectorId] }]),
      })
      .getOne();
  }

  getForPlan(planId: string, id: string): Promise<InspectionEntity | null> {
    return this.inspections.findOneBy({ planId, id });
  }

  getById(id: string, manager?: EntityManager): Promise<InspectionEntity | null> {
    const repository = manager ? manager.getRepository(InspectionEntity) : this.inspections;
    return repository.findOneBy({ id });
  }

  /**
   * Takes the team draws' lock for the rest of the transaction: inspections starting at once (every task due the same
   * day) are drawn one after another, so each sees who the one before put on its teams.
   */
  async lockTeamDraws(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('dondoc:inspection-team-draws'))`);
  }

  /** How many inspections each of `inspectorIds` has been on, cancelled ones aside; absent ids have been on none. */
  async countPerInspector(inspectorIds: readonly string[], manager?: EntityManager): Promise<Map<string, number>> {
    if (inspectorIds.length === 0) return new Map();
    const rows = await (manager ?? this.inspections.manager).query<Array<{ inspector_id: string; count: number }>>(
      `SELECT inspector_id, count(DISTINCT inspection.id)::int AS count
         FROM inspections inspection
         CROSS JOIN LATERAL jsonb_array_elements(inspection.teams) AS team
         CROSS JOIN LATERAL jsonb_array_elements_text(team -> 'inspectorIds') AS inspector_id
        WHERE inspection.status <> 'cancelled' AND inspector_id = ANY($1::text[])
        GROUP BY inspector_id`,
      [inspectorIds],
    );
    return new Map(rows.map((row) => [row.inspector_id, row.count]));
  }

  getByWorkflowId(workflowId: string): Promise<InspectionEntity | null> {
    return this.inspections.findOneBy({ workflowId });
  }

  async setTeams(id: string, teams: InspectionTeam[], drawSeed: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(InspectionEntity) : this.inspections;
    await repository.update({ id }, { teams, drawSeed });
  }

  /** True when the status changed; `from` makes it a compare-and-set. */
  async setStatus(
    id: string,
    status: InspectionStatus,
    from?: readonly InspectionStatus[],
    manager?: EntityManager,
  ): Promise<boolean> {
    if (from?.length === 0) return false;
    const repository = manager ? manager.getRepository(InspectionEntity) : this.inspections;
    const result = await repository.update(from ? { id, status: In([...from]) } : { id }, { status });
    return (result.affected ?? 0) > 0;
  }

  async recordFindings(id: string, findingsReport: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(InspectionEntity) : this.inspections;
    await repository.update({ id }, { findingsReport, reportedAt: new Date(), status: 'reported' });
  }
}
