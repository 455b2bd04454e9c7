import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type TaskPeriod, workflowIds } from '@dondoc/contracts';
import { type InspectionCandidate, type IsoDate, lateInspectionCandidate } from '@dondoc/domain';
import { AssignmentRepository, type TaskAgencyLink, TaskRepository } from '@dondoc/persistence';
import { type OpenedAssignment, type TaskPeriodStore } from './task-period-store';

@Injectable()
export class PostgresTaskPeriodStore implements TaskPeriodStore {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  /**
   * One assignment per agency (lead and coordinating alike), written in one statement with its workflow id, so a
   * worker killed half-way leaves either every row or none. A retry keeps the rows (and ids) that exist.
   */
  async openPeriod(planId: string, period: TaskPeriod, coordinatingDue?: IsoDate): Promise<OpenedAssignment[]> {
    // A deactivated agency (merged into another, dissolved) is given no new work.
    const links = oneRoleEach((await this.tasks.listAgencies(period.taskId)).filter((link) => link.agency.active));
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
