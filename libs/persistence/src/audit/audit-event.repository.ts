import { Injectable } from '@nestjs/common';
import {
  And,
  DataSource,
  type EntityManager,
  type FindOperator,
  type FindOptionsWhere,
  LessThan,
  MoreThanOrEqual,
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
    await this.events.query(
      `INSERT INTO "audit_events" ("action", "entity_type", "entity_id", "after")
       SELECT $1::varchar, $2::varchar, $3::varchar, $4::jsonb
       WHERE NOT EXISTS (SELECT 1 FROM "audit_events"
         WHERE "action" = $1 AND "entity_type" = $2 AND "entity_id" = $3 AND "after" = $4::jsonb)`,
      [event.action, event.entityType, event.entityId, JSON.stringify(event.after)],
    );
  }

  /** Newest first. */
  list(filter: AuditEventFilter = {}): Promise<Page<AuditEventEntity>> {
    const where: FindOptionsWhere<AuditEventEntity> = {
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
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
