import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type TaskPeriod, workflowIds } from '@dondoc/contracts';
import { type InspectionCandidate, type IsoDate, lateInspectionCandidate } from '@dondoc/domain';
import {
  type AgencyEntity,
  AgencyRepository,
  AssignmentRepository,
  type ResolvedTaskAgency,
  type TaskAgencyLink,
  TaskRepository,
} from '@dondoc/persistence';
import { type OpenedAssignment, type TaskPeriodStore } from './task-period-store';

const MAX_MERGER_HOPS = 10;

@Injectable()
export class PostgresTaskPeriodStore implements TaskPeriodStore {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly assignments: AssignmentRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /**
   * One assignment per agency (lead and coordinating alike), written in one statement with its workflow id, so a
   * worker killed half-way leaves either every row or none. A retry keeps the rows (and ids) that exist.
   */
  async openPeriod(planId: string, period: TaskPeriod, coordinatingDue?: IsoDate): Promise<OpenedAssignment[]> {
    const links = oneRoleEach(await this.activeHolders(await this.tasks.listAgencies(period.taskId)));
    const rows = await this.assignments.upsertMany(
      links.map((link) => {
        const id = randomUUID();
        return {
          id,
          workflowId: workflowIds.assignment(id),
          planId,
          taskId: period.taskId,
          agencyId: link.agencyId,
          period: period.period,
          role: link.role,
          dueDate: link.role === 'coordinating' && coordinatingDue ? coordinatingDue : period.due,
        };
      }),
    );
    return rows.map((row) => ({
      assignmentId: row.id,
      agencyId: row.agencyId,
      role: row.role,
      due: (row.dueDate ?? period.due) as IsoDate,
    }));
  }

  /**
   * A deactivated agency is given no new work; one merged into another passes its work to its successor (through
   * a chain of mergers), in the same role.
   */
  private async activeHolders(links: ResolvedTaskAgency[]): Promise<TaskAgencyLink[]> {
    const holders: TaskAgencyLink[] = [];
    for (const link of links) {
      let agency: AgencyEntity | undefined = link.agency;
      for (let hops = 0; agency && !agency.active && agency.mergedIntoId && hops < MAX_MERGER_HOPS; hops += 1) {
        [agency] = await this.agencies.findByIds([agency.mergedIntoId]);
      }
      if (agency?.active) holders.push({ agencyId: agency.id, role: link.role });
    }
    return holders;
  }

  async inspectionCandidates(taskId: string, period: string): Promise<InspectionCandidate[]> {
    const rows = await this.assignments.inTaskPeriod(taskId, period);
    return rows.flatMap((row) => lateInspectionCandidate(row.agencyId, row.status) ?? []);
  }

  async cancelAssignment(assignmentId: string): Promise<void> {
    await this.assignments.setStatus(assignmentId, 'cancelled', {
      from: ['pending', 'in_progress', 'overdue', 'returned'],
    });
  }
}

/** An agency linked as both lead and coordinating (an import can do that) is assigned once, as lead. */
function oneRoleEach<T extends TaskAgencyLink>(links: readonly T[]): T[] {
  const byAgency = new Map<string, T>();
  for (const link of links) {
    if (byAgency.get(link.agencyId)?.role !== 'lead') byAgency.set(link.agencyId, link);
  }
  return [...byAgency.values()];
}
