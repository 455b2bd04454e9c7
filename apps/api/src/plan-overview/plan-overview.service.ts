import { Injectable } from '@nestjs/common';
import { type Actor, provinceFilterOf, scopeOf } from '@dondoc/auth';
import { localDateOf } from '@dondoc/domain';
import { type Page, PlanRepository } from '@dondoc/persistence';
import { mapPage } from '../http/pagination';
import { type PlanOverviewQuery } from './plan-overview.query';
import { PlanOverviewResponse } from './plan-overview.response';

/** The plans list's figures, one query per page; an agency officer's are their own agency's. */
@Injectable()
export class PlanOverviewService {
  constructor(private readonly plans: PlanRepository) {}

  async list(actor: Actor, query: PlanOverviewQuery): Promise<Page<PlanOverviewResponse>> {
    const page = await this.plans.listOverview({
      page: query.page,
      pageSize: query.pageSize,
      q: query.q,
      status: query.status,
      today: localDateOf(Date.now()),
      agencyId: scopeOf(actor).agencyId ?? undefined,
      province: provinceFilterOf(actor),
    });
    return mapPage(page, PlanOverviewResponse.from);
  }
}
