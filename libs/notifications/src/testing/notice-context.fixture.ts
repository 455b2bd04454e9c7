import { type IsoDate } from '@dondoc/domain';
import { type NoticeContext } from '../notice-context';

/** A plan, task and agency as a template spec needs them; `overrides` for the case at hand. */
export const noticeContext = (overrides: Partial<NoticeContext> = {}): NoticeContext => ({
  plan: { id: 'plan-1', number: '125/KH-UBND', title: 'Phổ biến, giáo dục pháp luật năm 2027' },
  task: { code: '2.1', title: 'Tổ chức Ngày Pháp luật' },
  agency: { name: 'Sở Tài chính', focalEmails: ['vanthu@stc.invalid'], headEmail: 'giamdoc@stc.invalid' },
  role: 'lead',
  lead: null,
  standingOffice: { name: 'Sở Tư pháp', emails: ['vp@stp.invalid'] },
  leadership: { name: 'Lãnh đạo Ủy ban nhân dân tỉnh', emails: ['pct@ubnd.invalid'] },
  ...overrides,
});

export const coordinating = (leadDue: string | null = '2027-11-20'): Partial<NoticeContext> => ({
  role: 'coordinating',
  lead: { names: ['Sở Tư pháp'], due: leadDue as IsoDate | null },
});
