import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, Like } from 'typeorm';
import {
  AgencyRepository,
  type AssignmentEventEntity,
  AssignmentHistoryRepository,
  AssignmentRepository,
  NotificationEntity,
  UserEntity,
} from '@dondoc/persistence';
import { type AssignmentTimelineResponse, type TimelineEmail, type TimelineEvent } from './timeline.response';

/** An assignment's history stays short (a few reminders a period); past this the newest are kept, and "opened". */
export const TIMELINE_CAP = 500;

const SYSTEM = 'Hệ thống';

/**
 * An assignment's history as the office reads it: every event from `assignment_events`, who made it, and for each
 * reminder and escalation the emails the outbox holds under that notice's key.
 */
@Injectable()
export class AssignmentTimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
    private readonly history: AssignmentHistoryRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async timeline(id: string): Promise<AssignmentTimelineResponse> {
    const assignment = await this.assignments.getById(id);
    if (!assignment) throw new NotFoundException(`assignment ${id} not found`);
    const all = await this.history.listForAssignment(id);
    const events = all.length > TIMELINE_CAP ? [all[0], ...all.slice(all.length - TIMELINE_CAP + 1)] : all;
    const [agencyNames, userEmails, emails] = await Promise.all([
      this.agencyNames(events),
      this.userEmails(events),
      this.noticeEmails(id),
    ]);
    return {
      assignmentId: id,
      total: all.length,
      truncated: events.length < all.length,
      events: events.map((event) => {
        const actorEmail = event.actorEmail ?? (event.actorId ? (userEmails.get(event.actorId) ?? null) : null);
        return {
          id: event.id,
          action: event.action,
          at: event.at.toISOString(),
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          dueDate: event.dueDate,
          deadlineVersion: event.deadlineVersion,
          agencyId: event.agencyId,
          agencyName: agencyNames.get(event.agencyId) ?? '',
          actorEmail,
          actor: actorEmail ?? SYSTEM,
          note: event.note,
          emails: isNotice(event) && event.dedupeKey ? emailsOf(event.dedupeKey, emails) : [],
        } satisfies TimelineEvent;
      }),
    };
  }

  private async agencyNames(events: readonly AssignmentEventEntity[]): Promise<Map<string, string>> {
    const found = await this.agencies.findByIds([...new Set(events.map((event) => event.agencyId))]);
    return new Map(found.map((agency) => [agency.id, agency.name]));
  }

  /** An officer's own submission carries its user id only. */
  private async userEmails(events: readonly AssignmentEventEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(events.filter((e) => e.actorId && !e.actorEmail).map((e) => e.actorId!))];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: { id: true, email: true }, where: { id: In(ids) } });
    return new Map(users.map((user) => [user.id, user.email]));
  }

  private noticeEmails(assignmentId: string): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      select: { idempotencyKey: true, recipients: true, status: true, rejectedRecipients: true, sentAt: true },
      where: { idempotencyKey: Like(`assignment:${assignmentId}:%`) },
      order: { createdAt: 'ASC' },
    });
  }
}

const isNotice = (event: AssignmentEventEntity): boolean => event.action === 'reminded' || event.action === 'escalated';

/** The notice's own mail (to leadership), or one per agency address keyed `<notice key>:to:<address>`. */
function emailsOf(noticeKey: string, outbox: readonly NotificationEntity[]): TimelineEmail[] {
  return outbox
    .filter((row) => row.idempotencyKey === noticeKey || row.idempotencyKey.startsWith(`${noticeKey}:to:`))
    .map((row) => ({
      recipients: row.recipients,
      status: row.status === 'sent' ? 'sent' : row.status === 'rejected' ? 'refused' : 'pending',
      refusedRecipients: row.rejectedRecipients,
      sentAt: row.sentAt ? row.sentAt.toISOString() : null,
    }));
}
