import { Injectable } from '@nestjs/common';
import {
  And,
  Equal,
  DataSource,
  type EntityManager,
  type FindOperator,
  type FindOptionsWhere,
  LessThan,
  MoreThanOrEqual,
  Raw,
  type Repository,
} from 'typeorm';
import { type Page, type PageRequest, toPage } from '../common/page';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditActor {
  id: string | null;
  email: string | null;
}

export interface NewAuditEvent {
  /** Null for the system: workflows and command-line imports. */
  actor: AuditActor | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export interface AuditEventFilter extends PageRequest {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** At or after. */
  from?: Date;
  /** Before. */
  to?: Date;
  /** Only what accounts acting in this province did (bound to it, or officers of its agencies). */
  province?: string;
}

@Injectable()
export class AuditEventRepository {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  /** Takes the caller's transaction on purpose: an audit row exists exactly when the change it records does. */
  async record(manager: EntityManager, event: NewAuditEvent): Promise<AuditEventEntity> {
    const repository = manager.getRepository(AuditEventEntity);
    return repository.save(
      repository.create({
        actorId: event.actor?.id ?? null,
        actorEmail: event.actor?.email ?? null,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        before: event.before ?? null,
        after: event.after ?? null,
        requestId: event.requestId ?? null,
      }),
    );
  }

  /** A system event a retried activity may record again: written only if the same event is not there yet. */
  async recordSystemEventOnce(event: { action: string; entityType: string; entityId: string; after: object }) {
    await this.recordOnce({ actor: null, ...event });
  }

  /** An event a retried request or activity may record again: written only if the same change is not there yet. */
  async recordOnce(event: NewAuditEvent & { entityId: string; after: object }): Promise<void> {
    await this.events.query(
      `INSERT INTO "audit_events" ("action", "entity_type", "entity_id", "after", "actor_id", "actor_email", "request_id")
       SELECT $1::varchar, $2::varchar, $3::varchar, $4::jsonb, $5::uuid, $6::varchar, $7::varchar
       WHERE NOT EXISTS (SELECT 1 FROM "audit_events"
         WHERE "action" = $1 AND "entity_type" = $2 AND "entity_id" = $3 AND "after" = $4::jsonb)`,
      [
        event.action,
        event.entityType,
        event.entityId,
        JSON.stringify(event.after),
        event.actor?.id ?? null,
        event.actor?.email ?? null,
        event.requestId ?? null,
      ],
    );
  }

  /** Newest first. */
  list(filter: AuditEventFilter = {}): Promise<Page<AuditEventEntity>> {
    const inProvince = (alias: string) =>
      `${alias} IN (SELECT u.id FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
         WHERE CASE WHEN u.role = 'agency_officer' THEN a.province ELSE u.province END = :province)`;
    const actors = [
      ...(filter.actorId ? [Equal(filter.actorId)] : []),
      ...(filter.province ? [Raw(inProvince, { province: filter.province })] : []),
    ];
    const where: FindOptionsWhere<AuditEventEntity> = {
      ...(actors.length > 0 ? { actorId: And(...actors) } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.from || filter.to ? { at: within(filter.from, filter.to) } : {}),
    };
    return toPage(filter, ({ skip, take }) =>
      this.events.findAndCount({ where, order: { at: 'DESC', id: 'DESC' }, skip, take }),
    );
  }

  listForEntity(entityType: string, entityId: string, page: PageRequest = {}): Promise<Page<AuditEventEntity>> {
    return this.list({ ...page, entityType, entityId });
  }
}

function within(from: Date | undefined, to: Date | undefined): FindOperator<Date> {
  if (from && to) return And(MoreThanOrEqual(from), LessThan(to));
  return from ? MoreThanOrEqual(from) : LessThan(to!);
}
