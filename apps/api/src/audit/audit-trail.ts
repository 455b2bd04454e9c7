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

  /**
   * For a change a workflow made and recorded: its audit event, in a transaction of its own. A change made by a request
   * with an idempotency key may be reported again by its retry: the key joins `after` and the event is written once.
   */
  async recordDone(actor: Actor | null, change: Change, idempotencyKey?: string): Promise<void> {
    if (idempotencyKey === undefined || actor === null || change.entityId === null) {
      await this.dataSource.transaction((manager) => this.record(manager, actor, change));
      return;
    }
    const after = { ...(change.after as object | undefined), idempotencyKey };
    await this.events.recordOnce({
      actor: { id: actor.userId, email: actor.email },
      ...change,
      entityId: change.entityId,
      after,
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
