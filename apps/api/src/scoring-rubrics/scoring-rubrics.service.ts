import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { type ScoringRubric, validateRubric } from '@dondoc/domain';
import { ScoringRubricRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { requireEveryProvince } from '../http/provinces';
import { type PutScoringRubricDto } from './put-scoring-rubric.dto';
import {
  ScoringRubricRulesResponse,
  ScoringRubricVersionResponse,
  ScoringRubricVersionSummary,
  type ScoringRubricsResponse,
} from './scoring-rubric.response';

@Injectable()
export class ScoringRubricsService {
  constructor(
    private readonly rubrics: ScoringRubricRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(_actor: Actor): Promise<ScoringRubricsResponse> {
    const [latest, versions] = await Promise.all([this.rubrics.latest(), this.rubrics.list()]);
    return {
      latest: ScoringRubricVersionResponse.fromEntity(latest),
      versions: versions.map(ScoringRubricVersionSummary.from),
    };
  }

  async get(_actor: Actor, version: number): Promise<ScoringRubricVersionResponse> {
    const row = await this.rubrics.byVersion(version);
    if (!row) throw new NotFoundException(`scoring rubric version ${version} not found`);
    return ScoringRubricVersionResponse.fromEntity(row);
  }

  /** Appends a version, never changing one: rankings already made keep naming the version that scored them. */
  async put(actor: Actor, dto: PutScoringRubricDto): Promise<ScoringRubricVersionResponse> {
    requireEveryProvince(actor, 'the scoring rubric');
    const rules: ScoringRubric = ScoringRubricRulesResponse.from(dto.rules);
    // The rules the fields cannot check alone (open work above on time, no role weighed); named like the pipe does.
    const problems = validateRubric(rules).map(({ field, message }) => ({ field: `rules.${field}`, message }));
    if (problems.length > 0) {
      throw new BadRequestException({ message: problems.map((p) => `${p.field}: ${p.message}`), errors: problems });
    }
    return this.audit.change(actor, async (manager) => {
      const before = ScoringRubricVersionResponse.fromEntity(await this.rubrics.latest(manager));
      const row = await this.rubrics.append(rules, dto.note || null, { id: actor.userId, email: actor.email }, manager);
      const after = ScoringRubricVersionResponse.fromEntity(row);
      const change = {
        action: 'scoring_rubric.create',
        entityType: 'scoring_rubric',
        entityId: String(row.version),
        before,
        after,
      };
      return { result: after, change };
    });
  }
}
