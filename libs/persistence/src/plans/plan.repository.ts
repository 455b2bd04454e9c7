import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { PlanEntity } from './plan.entity';

export type NewPlan = Pick<PlanEntity, 'id' | 'number' | 'title' | 'standingOfficeEmail'>;

@Injectable()
export class PlanRepository {
  private readonly plans: Repository<PlanEntity>;

  constructor(dataSource: DataSource) {
    this.plans = dataSource.getRepository(PlanEntity);
  }

  /** Keyed by id, so an activity retried after a crash writes the same row once. */
  async record(plan: NewPlan): Promise<void> {
    await this.plans.upsert(plan, { conflictPaths: ['id'] });
  }

  getById(id: string): Promise<PlanEntity | null> {
    return this.plans.findOneBy({ id });
  }

  async existsWithNumber(number: string): Promise<boolean> {
    return this.plans.existsBy({ number });
  }
}
