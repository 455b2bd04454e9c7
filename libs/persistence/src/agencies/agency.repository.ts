import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { type Page, type PageRequest, toPage } from '../common/page';
import { agencySearchKey, searchTerms } from '../common/search-keys';
import { likeLiteral, type Upserted } from '../common/upsert-outcome';
import { AgencyEntity, type AgencyKind } from './agency.entity';

/** The whole agency as a directory states it: omitted lists are empty, an omitted head email is none. */
export type NewAgency = Pick<AgencyEntity, 'code' | 'name' | 'province' | 'kind'> &
  Partial<Pick<AgencyEntity, 'shortNames' | 'aliases' | 'parentId' | 'focalEmails' | 'headEmail' | 'active'>>;

export const AGENCY_SORTS = ['name', '-name', 'code', '-code', 'updatedAt', '-updatedAt'] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];

export interface AgencySearch extends PageRequest {
  /** Diacritics and case are ignored; every word must appear in the name, a short name, an alias or the code. */
  q?: string;
  kind?: AgencyKind;
  province?: string;
  active?: boolean;
  parentId?: string;
  sort?: AgencySort;
}

const SORT_COLUMNS: Record<AgencySort, [string, 'ASC' | 'DESC']> = {
  name: ['agency.searchKey', 'ASC'],
  '-name': ['agency.searchKey', 'DESC'],
  code: ['agency.code', 'ASC'],
  '-code': ['agency.code', 'DESC'],
  updatedAt: ['agency.updatedAt', 'ASC'],
  '-updatedAt': ['agency.updatedAt', 'DESC'],
};

const UPSERT_SQL = `
  INSERT INTO "agencies" AS a
    ("code", "name", "province", "short_names", "aliases", "kind", "parent_id", "focal_emails", "head_email",
     "active", "search_key")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  ON CONFLICT ("code") DO UPDATE SET
    "name" = EXCLUDED."name", "province" = EXCLUDED."province", "short_names" = EXCLUDED."short_names",
    "aliases" = EXCLUDED."aliases", "kind" = EXCLUDED."kind", "parent_id" = EXCLUDED."parent_id",
    "focal_emails" = EXCLUDED."focal_emails", "head_email" = EXCLUDED."head_email", "active" = EXCLUDED."active",
    "search_key" = EXCLUDED."search_key", "updated_at" = now()
  WHERE (a."name", a."province", a."short_names", a."aliases", a."kind", a."parent_id", a."focal_emails",
         a."head_email", a."active")
    IS DISTINCT FROM
        (EXCLUDED."name", EXCLUDED."province", EXCLUDED."short_names", EXCLUDED."aliases", EXCLUDED."kind",
         EXCLUDED."parent_id", EXCLUDED."focal_emails", EXCLUDED."head_email", EXCLUDED."active")
  RETURNING "id", (xmax = 0) AS "created"`;

@Injectable()
export class AgencyRepository {
  private readonly agencies: Repository<AgencyEntity>;

  constructor(dataSource: DataSource) {
    this.agencies = dataSource.getRepository(AgencyEntity);
  }

  /** Inserts or replaces the agency with this code; an identical row is left alone (and keeps its updated_at). */
  async upsertByCode(agency: NewAgency, manager?: EntityManager): Promise<Upserted<AgencyEntity>> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const row = normaliseAgency(agency);
    const written = await repository.query<Array<{ id: string; created: boolean }>>(UPSERT_SQL, [
      row.code,
      row.name,
      row.province,
      row.shortNames,
      row.aliases,
      row.kind,
      row.parentId,
      row.focalEmails,
      row.headEmail,
      row.active,
      agencySearchKey(row),
    ]);
    const entity = await repository.findOneByOrFail({ code: row.code });
    const outcome = written.length === 0 ? 'unchanged' : written[0].created ? 'created' : 'updated';
    return { entity, outcome };
  }

  async search(query: AgencySearch = {}): Promise<Page<AgencyEntity>> {
    const builder = this.agencies.createQueryBuilder('agency');
    searchTerms(query.q).forEach((term, index) =>
      builder.andWhere(`agency.search_key LIKE :term${index}`, { [`term${index}`]: `%${likeLiteral(term)}%` }),
    );
    if (query.kind) builder.andWhere('agency.kind = :kind', { kind: query.kind });
    if (query.province)
      builder.andWhere('agency.province = :province', { province: normaliseVietnamese(query.province) });
    if (query.active !== undefined) builder.andWhere('agency.active = :active', { active: query.active });
    if (query.parentId) builder.andWhere('agency.parent_id = :parentId', { parentId: query.parentId });
    const [column, direction] = SORT_COLUMNS[query.sort ?? 'name'];
    // A tie-breaker keeps pages stable; TypeORM keys ORDER BY by column, so it must differ from the sort column.
    builder.orderBy(column, direction).addOrderBy(column === 'agency.code' ? 'agency.id' : 'agency.code', 'ASC');
    return toPage(query, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }

  getById(id: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ id });
  }

  getByCode(code: string): Promise<AgencyEntity | null> {
    return this.agencies.findOneBy({ code: code.trim() });
  }

  /** The agencies among `codes` that exist; missing codes are simply absent. */
  findByCodes(codes: readonly string[], manager?: EntityManager): Promise<AgencyEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    return repository.find({ where: { code: In([...codes]) }, order: { code: 'ASC' } });
  }

  /** Active agencies that list this address as a focal point or as their head. */
  findByContactEmail(email: string): Promise<AgencyEntity[]> {
    return this.agencies
      .createQueryBuilder('agency')
      .where('agency.active')
      .andWhere('(agency.focal_emails @> ARRAY[:email]::text[] OR lower(agency.head_email) = :email)', {
        email: email.toLowerCase(),
      })
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<AgencyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.agencies.find({ where: { id: In([...ids]) }, order: { code: 'ASC' } });
  }

  /** Every agency of a province, for resolving the names a plan uses. */
  listForProvince(province: string, { activeOnly = true } = {}): Promise<AgencyEntity[]> {
    const where = { province: normaliseVietnamese(province), ...(activeOnly ? { active: true } : {}) };
    return this.agencies.find({ where, order: { code: 'ASC' } });
  }

  /** Applies the fields present in `patch` and recomputes the search key; null when there is no such agency. */
  async update(id: string, patch: Partial<NewAgency>, manager?: EntityManager): Promise<AgencyEntity | null> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const current = await repository.findOneBy({ id });
    if (!current) return null;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = normaliseAgency({ ...current, ...defined });
    await repository.update({ id }, { ...next, searchKey: agencySearchKey(next) });
    return repository.findOneByOrFail({ id });
  }

  /** Inserts a new agency; a taken code fails with a unique violation (isUniqueViolation), for the caller's 409. */
  async create(agency: NewAgency, manager?: EntityManager): Promise<AgencyEntity> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const row = normaliseAgency(agency);
    const { id } = await repository.save(repository.create({ ...row, searchKey: agencySearchKey(row) }));
    return repository.findOneByOrFail({ id });
  }

  /** False when there is no such agency; a still-referenced one fails with a foreign key violation. */
  async delete(id: string, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const result = await repository.delete({ id });
    return (result.affected ?? 0) > 0;
  }

  /** Marks the agency merged into its successor, and so inactive; null when there is none or it was merged already. */
  async markMerged(id: string, successorId: string, manager?: EntityManager): Promise<AgencyEntity | null> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const result = await repository.update(
      { id, mergedIntoId: IsNull() },
      { active: false, mergedIntoId: successorId },
    );
    return (result.affected ?? 0) > 0 ? repository.findOneByOrFail({ id }) : null;
  }

  async setActive(id: string, active: boolean, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(AgencyEntity) : this.agencies;
    const result = await repository.update({ id }, { active });
    return (result.affected ?? 0) > 0;
  }
}

function normaliseAgency(agency: NewAgency): Required<NewAgency> {
  const list = (values: string[] | undefined) => (values ?? []).map(normaliseVietnamese);
  return {
    code: agency.code.trim(),
    name: normaliseVietnamese(agency.name),
    province: normaliseVietnamese(agency.province),
    kind: agency.kind,
    shortNames: list(agency.shortNames),
    aliases: list(agency.aliases),
    parentId: agency.parentId ?? null,
    focalEmails: (agency.focalEmails ?? []).map((email) => email.trim().toLowerCase()),
    headEmail: agency.headEmail?.trim().toLowerCase() ?? null,
    active: agency.active ?? true,
  };
}
