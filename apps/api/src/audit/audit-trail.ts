import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '@dondoc/auth';
import { AuditEventRepository } from '@dondoc/persistence';
import { currentRequestId } from '../http/request-context';

export interface Change {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Every change runs through here, so its audit event commits or rolls back with it. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: AuditEventRepository,
  ) {}

  /** Runs `work` in a transaction and records the change it returns in that same transaction. */
  async change<T>(
    actor: Actor | null,
    work: (manager: EntityManager) => Promise<{ result: T; change: Change }>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const { result, change } = await work(manager);
      await this.record(manager, actor, change);
      return result;
    });
  }

  /** For a change a workflow made and recorded: its audit event, in a transaction of its own. */
  async recordDone(actor: Actor | null, change: Change): Promise<void> {
    await this.dataSource.transaction((manager) => this.record(manager, actor, change));
  }

  /** For a change a retried request may report again (same idempotency key, same `after`): recorded once. */
  async recordDoneOnce(actor: Actor, change: Change & { entityId: string; after: object }): Promise<void> {
    await this.events.recordOnce({
      actor: { id: actor.userId, email: actor.email },
      ...change,
      requestId: currentRequestId(),
    });
  }

  async record(manager: EntityManager, actor: Actor | null, change: Change): Promise<void> {
    await this.events.record(manager, {
      actor: actor && { id: actor.userId, email: actor.email },
      ...change,
      requestId: currentRequestId(),
    });
  }
}
