import { type InspectionPolicy } from '@dondoc/contracts';
import { type AnnouncedAdjustments, type MonthDay, type ReminderPolicy, type SchedulableTask } from '@dondoc/domain';
import { type PlanStatus } from '@dondoc/persistence';

export interface PlanForOrchestration {
  planId: string;
  periodFrom: number;
  periodTo: number;
  annualReportDate: MonthDay;
  reminders: ReminderPolicy;
  inspection: InspectionPolicy;
  calendar: AnnouncedAdjustments;
  coordinatingInputDays: number;
  tasks: SchedulableTask[];
}

export interface PlanStore {
  forOrchestration(planId: string): Promise<PlanForOrchestration>;
  /** The announced calendar as it stands, for the years given. */
  announcedCalendar(fromYear: number, toYear: number): Promise<AnnouncedAdjustments>;
  /** Written only when `revision` is not older than the last written. */
  setStatus(planId: string, status: PlanStatus, revision: number): Promise<void>;
}
