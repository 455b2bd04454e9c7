import { type IsoDate, planNumberLabel } from '@dondoc/domain';

/** What an email about an assignment says: the plan, the task, the agency and who stands above it. */
export interface NoticeContext {
  plan: { id: string; number: string | null; title: string };
  task: { code: string; title: string };
  agency: { name: string; focalEmails: string[]; headEmail: string | null };
  role: 'lead' | 'coordinating';
  /** For a coordinating agency: the lead agencies its input goes to, and their own deadline. */
  lead: { names: string[]; due: IsoDate | null } | null;
  standingOffice: { name: string; emails: string[] };
  /** The plan's leadership, the last rung of escalation; no emails: the standing office's digest carries it. */
  leadership: { name: string; emails: string[] };
  /** The agency's private calendar feed, shown in the mails about its deadlines; none when revoked. */
  calendarFeedUrl?: string | null;
}

export interface InspectionBrief {
  inspectionId: string;
  plan: { number: string | null; title: string };
  taskCode: string | null;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  reportDue: IsoDate;
  teams: Array<{ name: string; inspectors: Array<{ id: string; email: string; name: string }>; agencies: string[] }>;
  standingOffice: { name: string; emails: string[] };
}

/** The lead agencies a coordinating agency reports to, by name. */
export const leadNames = (lead: NonNullable<NoticeContext['lead']>): string =>
  lead.names.length > 0 ? lead.names.join(', ') : 'cơ quan chủ trì';

/** The line that offers the agency its calendar feed, when it has one. */
export const calendarFeedLines = (context: NoticeContext): string[] =>
  context.calendarFeedUrl ? [`Thêm các hạn báo cáo vào lịch của bạn (đăng ký lịch): ${context.calendarFeedUrl}`] : [];

export const planLabel = (plan: { number: string | null; title: string }): string =>
  plan.number ? planNumberLabel(plan.number) : `Kế hoạch "${plan.title}"`;
