import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { type Response } from 'express';
import {
  hashLinkToken,
  isLinkTokenShaped,
  judgeLink,
  linkExpiry,
  linkTokenMatches,
  randomLinkToken,
} from '@dondoc/auth';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { SETTLED_STATUSES } from '@dondoc/contracts';
import { addDays, type IsoDate, localDateOf, maxIsoDate, planNumberLabel } from '@dondoc/domain';
import { MailSender } from '@dondoc/mail';
import { type FreshLink, deliverNotification, freshLinksMail } from '@dondoc/notifications';
import {
  AgencyRepository,
  type AssignmentEntity,
  AssignmentRepository,
  NotificationRepository,
  type PersonalLinkEntity,
  PersonalLinkRepository,
  PlanRepository,
  TaskRepository,
  agencyScope,
} from '@dondoc/persistence';
import { SessionsService } from '../auth/sessions.service';
import { type LinkProblem } from '../web/web-shell';
import { RateLimiter } from '../http/rate-limiter';
import { type RenewLinkDto } from './renew-link.dto';

export const RENEWAL_ANSWER =
  'Nếu địa chỉ này có trong danh bạ của cơ quan được giao nhiệm vụ, liên kết mới đã được gửi tới đó. Vui lòng kiểm tra hộp thư.';
const OPEN_LIMIT = 20;
/** A fresh link works at least this long, even for work already past its deadline. */
const FRESH_LINK_MIN_DAYS = 7;

export type LinkOpening = { redirectTo: string } | { problem: LinkProblem };

/**
 * Opening a personal link signs its holder in for that one assignment or inspection; asking for a fresh one sends
 * it only to addresses the directory already holds, and answers the same whatever was asked.
 */
@Injectable()
export class PersonalLinksService {
  private readonly logger = new Logger('personal-links');
  private readonly perCaller = new RateLimiter(5, 15 * 60_000);
  private readonly perTarget = new RateLimiter(3, 60 * 60_000);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: PersonalLinkRepository,
    private readonly assignments: AssignmentRepository,
    private readonly agencies: AgencyRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly notifications: NotificationRepository,
    private readonly mail: MailSender,
    private readonly sessions: SessionsService,
  ) {}

  async open(token: string, purpose: PersonalLinkEntity['purpose'], response: Response): Promise<LinkOpening> {
    const link = await this.find(token);
    if (!link || link.purpose !== purpose) return { problem: 'invalid' };
    const assignment = link.assignmentId ? await this.assignments.getById(link.assignmentId) : null;
    const verdict = judgeLink({ ...link, ...(assignment ? { currentAgencyId: assignment.agencyId } : {}) }, new Date());
    if (verdict !== 'valid') return { problem: verdict };
    await this.links.markUsed(link.id);
    await this.sessions.startLinkSession(response, link.id);
    return { redirectTo: link.assignmentId ? `/bao-cao/${link.assignmentId}` : `/kiem-tra/${link.inspectionId}` };
  }

  /** Counted against the caller and the target before anything is looked up; the work goes on after the answer. */
  renew(dto: RenewLinkDto, caller: string): { message: string } {
    const target = dto.email ?? (dto.token ? hashLinkToken(dto.token) : '');
    for (const verdict of [this.perCaller.take(caller), this.perTarget.take(target)]) {
      if (!verdict.allowed) {
        throw new HttpException(
          {
            message: 'too many requests for a new link; try again later',
            code: 'TooManyRequests',
            retryAfter: verdict.retryAfterSeconds,
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
    // Not awaited: the time it takes must not tell whether an address or a link exists.
    this.sendFreshLinks(dto).catch((error: unknown) => this.logger.error(`fresh link not sent: ${String(error)}`));
    return { message: RENEWAL_ANSWER };
  }

  private async sendFreshLinks(dto: RenewLinkDto): Promise<void> {
    const link = dto.token ? await this.find(dto.token) : null;
    const requests = new Map<string, AssignmentEntity[]>();
    if (link?.purpose === 'assignment' && link.assignmentId && link.agencyId && !link.revokedAt) {
      const assignment = await this.assignments.get(agencyScope(link.agencyId), link.assignmentId);
      const [agency] = await this.agencies.findByIds([link.agencyId]);
      if (assignment && agency && isOpen(assignment)) {
        for (const address of agency.focalEmails.filter((email) => !dto.email || email === dto.email)) {
          requests.set(address, [assignment]);
        }
      }
    }
    if (dto.email && !requests.has(dto.email)) {
      for (const agency of await this.agencies.findByContactEmail(dto.email)) {
        const open = await this.assignments.list(agencyScope(agency.id), {
          status: ['pending', 'in_progress', 'returned', 'overdue'],
          pageSize: OPEN_LIMIT,
        });
        if (open.items.length > 0) requests.set(dto.email, [...(requests.get(dto.email) ?? []), ...open.items]);
      }
    }
    for (const [address, assignments] of requests) await this.mailFreshLinks(address, assignments);
  }

  private async mailFreshLinks(address: string, assignments: AssignmentEntity[]): Promise<void> {
    const tokens: string[] = [];
    const items: FreshLink[] = [];
    const today = localDateOf(Date.now());
    for (const assignment of assignments) {
      const token = randomLinkToken();
      const due = maxIsoDate((assignment.dueDate ?? today) as IsoDate, addDays(today, FRESH_LINK_MIN_DAYS));
      await this.links.issue({
        tokenHash: hashLinkToken(token),
        purpose: 'assignment',
        assignmentId: assignment.id,
        inspectionId: null,
        agencyId: assignment.agencyId,
        userId: null,
        recipient: address,
        expiresAt: linkExpiry(due, this.config.links.graceDays),
      });
      const [plan, task] = await Promise.all([
        this.plans.getById(assignment.planId),
        this.tasks.getForPlan(assignment.planId, assignment.taskId),
      ]);
      const planName = plan?.number ? planNumberLabel(plan.number) : (plan?.title ?? 'Kế hoạch');
      items.push({
        label: `${planName}, nhiệm vụ ${task?.code ?? ''}: ${task?.title ?? ''}`,
        due: assignment.dueDate as IsoDate | null,
        url: `${this.config.http.publicUrl}/r/${token}`,
      });
      tokens.push(token);
    }
    const [agency] = await this.agencies.findByIds([assignments[0].agencyId]);
    const mail = freshLinksMail(agency?.name ?? address, items);
    await deliverNotification(
      { notifications: this.notifications, mail: this.mail, sendingLeaseMs: this.config.mail.sendingLeaseMs },
      {
        idempotencyKey: `fresh-links:${hashLinkToken(tokens.join(':'))}`,
        kind: 'fresh-links',
        recipients: [address],
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      },
      tokens,
    );
  }

  private async find(token: string): Promise<PersonalLinkEntity | null> {
    if (!isLinkTokenShaped(token)) return null;
    const link = await this.links.getByTokenHash(hashLinkToken(token));
    return link && linkTokenMatches(link.tokenHash, token) ? link : null;
  }
}

const isOpen = (assignment: AssignmentEntity): boolean =>
  !SETTLED_STATUSES.includes(assignment.status) && assignment.status !== 'submitted';
