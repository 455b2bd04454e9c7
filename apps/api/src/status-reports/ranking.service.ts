import { Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { RankingBuilder } from '@dondoc/domain';
import { AgencyRepository, ScoringRubricRepository } from '@dondoc/persistence';
import { AgencyNames } from './agency-names';
import { type RankingQuery } from './ranking.query';
import { type RankingResponse } from './ranking.response';
import { StatusReportsService, asOfDay } from './status-reports.service';

export const TIE_RULE =
  'Điểm cao hơn xếp trước; bằng điểm thì xét lần lượt: nhiều báo cáo đúng hạn hơn, ít ngày làm việc chậm hơn, ' +
  'ít lần bị trả lại hơn; bằng nhau cả bốn tiêu chí thì đồng hạng, xếp theo tên cơ quan.';

/** Agencies ranked on a plan by a rubric version: an older version gives the result it gave then. */
@Injectable()
export class RankingService {
  constructor(
    private readonly reports: StatusReportsService,
    private readonly rubrics: ScoringRubricRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async rank(actor: Actor, planId: string, query: RankingQuery): Promise<RankingResponse> {
    const plan = await this.reports.planOf(planId);
    const asOf = asOfDay(query.asOf);
    const rubric =
      query.rubricVersion === undefined
        ? await this.rubrics.latest()
        : await this.rubrics.byVersion(query.rubricVersion);
    if (!rubric)
      throw new NotFoundException(`rubricVersion: there is no scoring rubric version ${query.rubricVersion}`);
    const builder = new RankingBuilder(rubric.rules, rubric.version);
    const names = new AgencyNames(this.agencies);
    const scope = this.reports.planScope(actor, plan.id, { period: query.period });
    for await (const item of this.reports.classified(scope, asOf)) {
      const agencyId = item.snapshot.agencyId;
      builder.add({ ...item, agencyId, agencyName: await names.of(agencyId) });
    }
    const ranking = builder.finish();
    return {
      planId: plan.id,
      asOf,
      period: query.period ?? null,
      rubricVersion: ranking.rubricVersion,
      tieRule: TIE_RULE,
      rows: ranking.rows,
    };
  }
}
