import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { normaliseVietnamese } from '@dondoc/domain';
import { type Page, type PageRequest, toPage } from '../common/page';
import { likeLiteral } from '../common/upsert-outcome';
import { UserEntity, type UserRole } from './user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'name' | 'role'> &
  Partial<Pick<UserEntity, 'passwordHash' | 'agencyId' | 'active' | 'province'>>;

export type UserChanges = Partial<Pick<UserEntity, 'name' | 'role' | 'agencyId' | 'active' | 'province'>>;

export type Caller = Pick<UserEntity, 'id' | 'email' | 'role' | 'agencyId' | 'active' | 'credentialsChangedAt'> & {
  province: string | null;
};

export const USER_SORTS = ['email', '-email', 'name', '-name', 'createdAt', '-createdAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

const SORT_COLUMNS: Record<UserSort, [string, 'ASC' | 'DESC']> = {
  email: ['user.email', 'ASC'],
  '-email': ['user.email', 'DESC'],
  name: ['user.name', 'ASC'],
  '-name': ['user.name', 'DESC'],
  createdAt: ['user.created_at', 'ASC'],
  '-createdAt': ['user.created_at', 'DESC'],
};

export interface UserSearch extends PageRequest {
  sort?: UserSort;
  /** A case-insensitive substring of the email or the name. */
  q?: string;
  role?: UserRole;
  agencyId?: string;
  active?: boolean;
  /** Only accounts acting in this province: bound to it, or officers of its agencies. */
  province?: string;
}

/** The province a user acts in: a staff account's own (null: every province), an officer's agency's. */
export const actingProvince = (user: Pick<UserEntity, 'role' | 'province' | 'agency'>): string | null =>
  user.role === 'agency_officer' ? (user.agency?.province ?? null) : user.province;

/** Emails are compared lower-cased and trimmed everywhere, so "STP@…" and "stp@…" are one user. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class UserRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  /** With its agency, whose province an officer acts in (`actingProvince`). */
  getByEmail(email: string): Promise<UserEntity | null> {
    return this.withAgency()
      .where('user.email = :email', { email: normaliseEmail(email) })
      .getOne();
  }

  /** With its agency, whose province an officer acts in (`actingProvince`). Every authenticated request asks. */
  getById(id: string): Promise<UserEntity | null> {
    return this.withAgency().where('user.id = :id', { id }).getOne();
  }

  /**
   * What the guard checks on every authenticated request, in one plain statement: building and hydrating the entity
   * query cost more than PostgreSQL's answer. The province is the one the user acts in, as `actingProvince` works out.
   */
  async getCaller(id: string): Promise<Caller | null> {
    const rows: Caller[] = await this.users.manager.query(
      `SELECT u.id, u.email, u.role, u.agency_id AS "agencyId",
              CASE WHEN u.role = 'agency_officer' THEN a.province ELSE u.province END AS province,
              u.active, u.credentials_changed_at AS "credentialsChangedAt"
       FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
       WHERE u.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** One statement: findOne with a relation sends two (a DISTINCT id query for its LIMIT, then the rows). */
  private withAgency() {
    return this.users.createQueryBuilder('user').leftJoinAndSelect('user.agency', 'agency');
  }

  /** Whether anyone holds `role`, active or not: the API creates the first admin only when none exists. */
  /**
   * Takes the admins' lock for the rest of the transaction and counts the active admins: two admins demoting each
   * other at once are serialised, so the second sees the first's change.
   */
  async lockAndCountActiveAdmins(manager: EntityManager): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('dondoc:active-admins'))`);
    return manager.getRepository(UserEntity).countBy({ role: 'admin', active: true });
  }

  existsWithRole(role: UserRole): Promise<boolean> {
    return this.users.existsBy({ role });
  }

  /** A taken email fails with a unique violation (isUniqueViolation), for the caller to map to 409. */
  async create(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repository = manager ? manager.getRepository(UserEntity) : this.users;
    return repository.save(
      repository.create({
        passwordHash: null,
        agencyId: null,
        active: true,
        ...user,
        email: normaliseEmail(user.email),
        name: normaliseVietnamese(user.name),
      }),
    );
  }

  async update(id: string, changes: UserChanges, manager?: EntityManager): Promise<UserEntity | null> {
    const repository = manager ? manager.getRepository(UserEntity) : this.users;
    const normalised = changes.name === undefined ? changes : { ...changes, name: normaliseVietnamese(changes.name) };
    await repository.update({ id }, normalised);
    return repository.findOneBy({ id });
  }

  /** Also ends every token and session issued before now. */
  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(UserEntity) : this.users;
    await repository.update({ id }, { passwordHash, credentialsChangedAt: () => 'now()' });
  }

  /** Every active user holding `role`, unpaged, each with their agency (null for none) loaded. */
  listActiveWithAgency(role: UserRole): Promise<UserEntity[]> {
    return this.users.find({ where: { role, active: true }, relations: { agency: true }, order: { id: 'ASC' } });
  }

  async list(query: UserSearch = {}): Promise<Page<UserEntity>> {
    const builder = this.users.createQueryBuilder('user');
    if (query.q) {
      const pattern = `%${likeLiteral(query.q.trim())}%`;
      builder.andWhere('(user.email ILIKE :pattern OR user.name ILIKE :pattern)', { pattern });
    }
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.agencyId) builder.andWhere('user.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.active !== undefined) builder.andWhere('user.active = :active', { active: query.active });
    if (query.province)
      builder.andWhere(
        `(user.province = :province OR user.agency_id IN (SELECT a.id FROM agencies a WHERE a.province = :province
          AND user.role = 'agency_officer'))`,
        { province: query.province },
      );
    const [column, direction] = SORT_COLUMNS[query.sort ?? 'email'];
    builder.orderBy(column, direction).addOrderBy('user.id', 'ASC');
    return toPage(query, ({ skip, take }) => builder.skip(skip).take(take).getManyAndCount());
  }
}
