import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, type Repository } from 'typeorm';
import { PlanImportJobEntity, type PlanImportJobStatus } from './plan-import-job.entity';

export type NewPlanImportJob = Pick<PlanImportJobEntity, 'filename' | 'province' | 'createdBy'>;

@Injectable()
export class PlanImportJobRepository {
  private readonly jobs: Repository<PlanImportJobEntity>;

  constructor(dataSource: DataSource) {
    this.jobs = dataSource.getRepository(PlanImportJobEntity);
  }

  start(job: NewPlanImportJob): Promise<PlanImportJobEntity> {
    return this.jobs.save(this.jobs.create({ ...job, status: 'reading', pagesDone: 0, pagesTotal: null }));
  }

  getById(id: string): Promise<PlanImportJobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  /** Only forward: pages are read several at once, and their writes may land out of order. */
  async progress(id: string, pagesDone: number, pagesTotal: number): Promise<void> {
    await this.jobs.update({ id, status: 'reading', pagesDone: LessThan(pagesDone) }, { pagesDone, pagesTotal });
  }

  async finish(id: string, planId: string, outcome: Record<string, unknown>): Promise<void> {
    await this.end(id, 'done', outcome, planId);
  }

  async fail(id: string, problem: Record<string, unknown>): Promise<void> {
    await this.end(id, 'failed', problem, null);
  }

  /** Jobs an API process was reading when it stopped: their bytes were never stored, so they end as failed. */
  async failInterrupted(problem: Record<string, unknown>, startedBefore: Date): Promise<number> {
    const stale = await this.jobs
      .createQueryBuilder()
      .select('id')
      .where('status = :status AND updated_at < :before', { status: 'reading', before: startedBefore })
      .getRawMany<{ id: string }>();
    for (const { id } of stale) await this.end(id, 'failed', problem, null);
    return stale.length;
  }

  /** Only a job still being read ends: the first outcome stands. */
  private async end(
    id: string,
    status: Exclude<PlanImportJobStatus, 'reading'>,
    outcome: Record<string, unknown>,
    planId: string | null,
  ): Promise<void> {
    await this.jobs.query(
      `UPDATE plan_import_jobs SET status = $2, outcome = $3, plan_id = $4, updated_at = now()
        WHERE id = $1 AND status = 'reading'`,
      [id, status, JSON.stringify(outcome), planId],
    );
  }
}
