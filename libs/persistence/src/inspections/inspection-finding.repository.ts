import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { InspectionFindingEntity } from './inspection-finding.entity';

export type FindingRecord = Omit<InspectionFindingEntity, 'updatedAt'>;

@Injectable()
export class InspectionFindingRepository {
  private readonly findings: Repository<InspectionFindingEntity>;

  constructor(dataSource: DataSource) {
    this.findings = dataSource.getRepository(InspectionFindingEntity);
  }

  listForInspection(inspectionId: string): Promise<InspectionFindingEntity[]> {
    return this.findings.findBy({ inspectionId });
  }

  /** One finding per target: saving again replaces it. */
  async save(finding: FindingRecord): Promise<InspectionFindingEntity> {
    await this.findings.upsert(finding, ['inspectionId', 'agencyId']);
    return this.findings.findOneByOrFail({ inspectionId: finding.inspectionId, agencyId: finding.agencyId });
  }

  /** Whether any finding of any inspection holds this file, so a refused upload's bytes can go. */
  async referencesFile(sha256: string): Promise<boolean> {
    const [{ count }] = await this.findings.query<Array<{ count: string }>>(
      `SELECT count(*) FROM "inspection_findings" WHERE "attachments" @> jsonb_build_array(jsonb_build_object('sha256', $1::text))`,
      [sha256],
    );
    return Number(count) > 0;
  }
}
