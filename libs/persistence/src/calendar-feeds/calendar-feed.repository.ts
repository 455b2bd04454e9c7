import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { type PlanPolicy } from '@dondoc/domain';
import { type AssignmentRole, type AssignmentStatus } from '../assignments/assignment.entity';
import { CalendarFeedEntity, type CalendarFeedScope } from './calendar-feed.entity';

/** One open deadline as a feed shows it: the assignment, its plan (with the policy its reminders follow) and task. */
export interface FeedDeadline {
  assignmentId: string;
  dueDate: string;
  deadlineVersion: number;
  status: AssignmentStatus;
  role: AssignmentRole;
  agencyName: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
  planPolicy: Partial<PlanPolicy> | null;
  taskCode: string;
  taskTitle: string;
}

/** A calendar holds what a person can take in; past this, the oldest deadlines first. */
export const FEED_DEADLINE_LIMIT = 2000;

const SUBJECT_COLUMN = { agency: 'agency_id', plan: 'plan_id' } as const;

@Injectable()
export class CalendarFeedRepository {
  private readonly feeds: Repository<CalendarFeedEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.feeds = dataSource.getRepository(CalendarFeedEntity);
  }

  getById(id: string): Promise<CalendarFeedEntity | null> {
    return this.feeds.findOneBy({ id });
  }

  /** The subject's feed, made on first ask (generation 1); a revoked feed stays revoked. */
  async ensure(scope: CalendarFeedScope, subjectId: string, manager?: EntityManager): Promise<CalendarFeedEntity> {
    const feeds = manager?.getRepository(CalendarFeedEntity) ?? this.feeds;
    const subject = scope === 'agency' ? { agencyId: subjectId } : { planId: subjectId };
    await feeds
      .createQueryBuilder()
      .insert()
      .values({ scope, ...subject })
      .orIgnore()
      .execute();
    return feeds.findOneByOrFail({ scope, ...subject });
  }

  /** A new generation: the old URL stops working, and a revoked feed works again under the new one. */
  regenerate(scope: CalendarFeedScope, subjectId: string, manager: EntityManager): Promise<CalendarFeedEntity> {
    return this.change(scope, subjectId, manager, `"generation" = "generation" + 1, "revoked_at" = NULL`);
  }

  /** Revoked until regenerated; the first revocation's time is kept. */
  revoke(scope: CalendarFeedScope, subjectId: string, manager: EntityManager): Promise<CalendarFeedEntity> {
    return this.change(scope, subjectId, manager, `"revoked_at" = COALESCE("revoked_at", now())`);
  }

  /** The open deadlines of the feed's agency or plan (not accepted, waived or cancelled; dated), soonest first. */
  openDeadlines(feed: Pick<CalendarFeedEntity, 'scope' | 'agencyId' | 'planId'>): Promise<FeedDeadline[]> {
    const subjectId = feed.scope === 'agency' ? feed.agencyId : feed.planId;
    return this.dataSource.query<FeedDeadline[]>(
      `SELECT a.id AS "assignmentId", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.deadline_version AS "deadlineVersion", a.status AS "status", a.role AS "role",
              g.name AS "agencyName", p.id AS "planId", p.number AS "planNumber", p.title AS "planTitle",
              p.policy AS "planPolicy", t.code AS "taskCode", t.title AS "taskTitle"
         FROM "assignments" a
         JOIN "plans" p ON p.id = a.plan_id
         JOIN "tasks" t ON t.id = a.task_id
         JOIN "agencies" g ON g.id = a.agency_id
        WHERE a.${SUBJECT_COLUMN[feed.scope]} = $1
          AND a.due_date IS NOT NULL
          AND a.status NOT IN ('accepted', 'waived', 'cancelled')
        ORDER BY a.due_date, t.code, g.name, a.id
        LIMIT ${FEED_DEADLINE_LIMIT}`,
      [subjectId],
    );
  }

  private async change(
    scope: CalendarFeedScope,
    subjectId: string,
    manager: EntityManager,
    assignments: string,
  ): Promise<CalendarFeedEntity> {
    const feed = await this.ensure(scope, subjectId, manager);
    await manager.query(`UPDATE "calendar_feeds" SET ${assignments}, "updated_at" = now() WHERE "id" = $1`, [feed.id]);
    return manager.getRepository(CalendarFeedEntity).findOneByOrFail({ id: feed.id });
  }
}
