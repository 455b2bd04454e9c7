import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not, type Repository } from 'typeorm';
import { GroupCommit } from '../common/group-commit';
import { PersonalLinkEntity } from './personal-link.entity';

export type NewPersonalLink = Pick<
  PersonalLinkEntity,
  'tokenHash' | 'purpose' | 'assignmentId' | 'inspectionId' | 'agencyId' | 'userId' | 'recipient' | 'expiresAt'
>;

@Injectable()
export class PersonalLinkRepository {
  private readonly links: Repository<PersonalLinkEntity>;
  private readonly issues = GroupCommit.writes((links: NewPersonalLink[]) =>
    this.links.createQueryBuilder().insert().values(links).orIgnore().updateEntity(false).execute(),
  );

  constructor(dataSource: DataSource) {
    this.links = dataSource.getRepository(PersonalLinkEntity);
  }

  /**
   * Keyed by the token's hash, so the retried activity that derived the same token stores it once. Links issued at
   * once (a reminder burst) share a statement.
   */
  issue(link: NewPersonalLink): Promise<void> {
    return this.issues.submit(link);
  }

  getByTokenHash(tokenHash: string): Promise<PersonalLinkEntity | null> {
    return this.links.findOneBy({ tokenHash });
  }

  getById(id: string): Promise<PersonalLinkEntity | null> {
    return this.links.findOneBy({ id });
  }

  async markUsed(id: string): Promise<void> {
    await this.links.update({ id }, { lastUsedAt: new Date() });
  }

  /** Every live link to the assignment held by an agency other than `agencyId`: they lost the work. */
  async revokeOtherAgencies(assignmentId: string, agencyId: string): Promise<number> {
    const result = await this.links.update(
      { assignmentId, agencyId: Not(agencyId), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
