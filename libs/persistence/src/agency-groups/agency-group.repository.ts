import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { AgencyEntity } from '../agencies/agency.entity';
import { type Page, type PageRequest, toPage } from '../common/page';
import { groupSearchKey, searchTerms } from '../common/search-keys';
import { likeLiteral, type Upserted } from '../common/upsert-outcome';
import { AgencyGroupMemberEntity } from './agency-group-member.entity';
import { AgencyGroupEntity } from './agency-group.entity';

export type NewAgencyGroup = Pick<AgencyGroupEntity, 'code' | 'name' | 'province'> &
  Partial<Pick<AgencyGroupEntity, 'phrases'>> & { memberIds: readonly string[] };

export const AGENCY_GROUP_SORTS = ['name', '-name', 'code', '-code', 'updatedAt', '-updatedAt'] as const;
export type AgencyGroupSort = (typeof AGENCY_GROUP_SORTS)[number];

const SORT_COLUMNS: Record<AgencyGroupSort, [string, 'ASC' | 'DESC']> = {
  name: ['grp.searchKey', 'ASC'],
  '-name': ['grp.searchKey', 'DESC'],
  code: ['grp.code', 'ASC'],
  '-code': ['grp.code', 'DESC'],
  updatedAt: ['grp.updatedAt', 'ASC'],
  '-updatedAt': ['grp.updatedAt', 'DESC'],
};

export interface AgencyGroupSearch extends PageRequest {
  q?: string;
  province?: string;
  sort?: AgencyGroupSort;
}

const UPSERT_SQL = `
  INSERT INTO "agency_groups" AS g ("code", "name", "province", "phrases", "search_key")
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT ("code") DO UPDATE SET
    "name" = EXCLUDED."name", "province" = EXCLUDED."province", "phrases" = EXCLUDED."phrases",
    "search_key" = EXCLUDED."search_key", "updated_at" = now()
  WHERE (g."name", g."province", g."phrases") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."province", EXCLUDED."phrases")
  RETURNING "id", (xmax = 0) AS "created"`;

@Injectable()
export class AgencyGroupRepository {
  private readonly groups: Repository<AgencyGroupEntity>;
  private readonly dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.dataSource = dataSource;
    this.groups = dataSource.getRepository(AgencyGroupEntity);
  }

  /** Inserts or replaces the group with this code, members included; 'unchanged' when neither differs. */
  async upsertByCode(group: NewAgencyGroup, manager?: EntityManager): Promise<Upserted<AgencyGroupEntity>> {
    const runner = manager ?? this.dataSource.manager;
    const row = {
      code: group.code.trim(),
      name: normaliseVietnamese(group.name),
      province: normaliseVietnamese(group.province),
      phrases: (group.phrases ?? []).map(normaliseVietnamese),
    };
    const written = await runner.query<Array<{ id: string; created: boolean }>>(UPSERT_SQL, [
      row.code,
      row.name,
      row.province,
      row.phrases,
      groupSearchKey(row),
    ]);
    const entity = await runner.getRepository(AgencyGroupEntity).findOneByOrFail({ code: row.code });
    const membersChanged = await this.replaceMembers(runner, entity.id, group.memberIds);
    if (written.length > 0) return { entity, outcome: written[0].created ? 'created' : 'updated' };
    return { entity, outcome: membersChanged ? 'updated' : 'unchanged' };
  }

  async search(query: AgencyGroupSearch = {}): Promise<Page<AgencyGroupEntity>> {
    const builder = this.groups.createQueryBuilder('grp');
    searchTerms(query.q).forEach((term, index) =>
      builder.andWhere(`grp.search_key LIKE :term${index}`, { [`term${index}`]: `%${likeLiteral(term)}%` }),
    );
    if (query.province) builder.andWhere('grp.province = :province', { province: normaliseVietnamese(query.province) });
    const [column, direction] = SORT_COLUMNS[query.sort ?? 'name'];
    builder.orderBy(column, direction).addOrderBy(column === 'grp.code' ? 'grp.id' : 'grp.code', 'ASC');
    return toPage(query, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }

  getById(id: string): Promise<AgencyGroupEntity | null> {
    return this.groups.findOneBy({ id });
  }

  getByCode(code: string): Promise<AgencyGroupEntity | null> {
    return this.groups.findOneBy({ code: code.trim() });
  }

  findByCodes(codes: readonly string[]): Promise<AgencyGroupEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.groups.find({ where: { code: In([...codes]) }, order: { code: 'ASC' } });
  }

  listForProvince(province: string): Promise<AgencyGroupEntity[]> {
    return this.groups.find({ where: { province: normaliseVietnamese(province) }, order: { code: 'ASC' } });
  }

  /** The group's member agencies, by code. */
  listMembers(groupId: string): Promise<AgencyEntity[]> {
    return this.dataSource
      .getRepository(AgencyEntity)
      .createQueryBuilder('agency')
      .innerJoin(AgencyGroupMemberEntity, 'member', 'member.agency_id = agency.id')
      .where('member.group_id = :groupId', { groupId })
      .orderBy('agency.code', 'ASC')
      .getMany();
  }

  /** Inserts a new group with its members; a taken code fails with a unique violation (isUniqueViolation). */
  async create(group: NewAgencyGroup, manager?: EntityManager): Promise<AgencyGroupEntity> {
    const runner = manager ?? this.dataSource.manager;
    const repository = runner.getRepository(AgencyGroupEntity);
    const row = normaliseGroup(group);
    const { id } = await repository.save(repository.create({ ...row, searchKey: groupSearchKey(row) }));
    await this.replaceMembers(runner, id, group.memberIds);
    return repository.findOneByOrFail({ id });
  }

  /** Applies the fields present in `changes` (members too, when given); null when there is no such group. */
  async update(
    id: string,
    changes: Partial<NewAgencyGroup>,
    manager?: EntityManager,
  ): Promise<AgencyGroupEntity | null> {
    const runner = manager ?? this.dataSource.manager;
    const repository = runner.getRepository(AgencyGroupEntity);
    const current = await repository.findOneBy({ id });
    if (!current) return null;
    const { memberIds, ...fields } = changes;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const row = normaliseGroup({ ...current, ...defined });
    await repository.update({ id }, { ...row, searchKey: groupSearchKey(row) });
    if (memberIds) await this.replaceMembers(runner, id, memberIds);
    return repository.findOneByOrFail({ id });
  }

  /** Members go with it (cascade); false when there is no such group. */
  async delete(id: string, manager?: EntityManager): Promise<boolean> {
    const repository = (manager ?? this.dataSource.manager).getRepository(AgencyGroupEntity);
    const result = await repository.delete({ id });
    return (result.affected ?? 0) > 0;
  }

  /** Makes the membership exactly `agencyIds`; true when a row was added or removed. */
  private async replaceMembers(
    manager: EntityManager,
    groupId: string,
    agencyIds: readonly string[],
  ): Promise<boolean> {
    const wanted = [...new Set(agencyIds)];
    // Wrapped in a CTE so the driver returns rows: a bare DELETE comes back as [rows, count].
    const [{ removed }] = await manager.query<Array<{ removed: number }>>(
      `WITH gone AS (
         DELETE FROM "agency_group_members" WHERE "group_id" = $1 AND NOT ("agency_id" = ANY($2::uuid[])) RETURNING 1
       ) SELECT count(*)::int AS "removed" FROM gone`,
      [groupId, wanted],
    );
    const added = await manager.query<unknown[]>(
      `INSERT INTO "agency_group_members" ("group_id", "agency_id")
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING 1`,
      [groupId, wanted],
    );
    return removed > 0 || added.length > 0;
  }
}

function normaliseGroup(group: Pick<AgencyGroupEntity, 'code' | 'name' | 'province'> & { phrases?: string[] }) {
  return {
    code: group.code.trim(),
    name: normaliseVietnamese(group.name),
    province: normaliseVietnamese(group.province),
    phrases: (group.phrases ?? []).map(normaliseVietnamese),
  };
}
