import { Injectable } from '@nestjs/common';
import { type TaskPeriod, workflowIds } from '@dondoc/contracts';
import { AssignmentRepository, TaskRepository } from '@dondoc/persistence';
import { type TaskPeriodStore } from './task-period-store';

@Injectable()
export class PostgresTaskPeriodStore implements TaskPeriodStore {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  /** One assignment per agency (lead and coordinating alike), its workflow id fixed from its row id. */
  async openPeriod(planId: string, period: TaskPeriod) {
    const links = await this.tasks.listAgencies(period.taskId);
    const rows = await this.assignments.upsertMany(
      links.map((link) => ({
        planId,
        taskId: period.taskId,
        agencyId: link.agencyId,
        period: period.period,
        role: link.role,
        dueDate: period.due,
      })),
    );
    for (const row of rows) {
      if (!row.workflowId) await this.assignments.setWorkflowId(row.id, workflowIds.assignment(row.id));
    }
    return rows.map((row) => ({ assignmentId: row.id, agencyId: row.agencyId }));
  }

  async cancelAssignment(assignmentId: string): Promise<void> {
    await this.assignments.setStatus(assignmentId, 'cancelled', {
      from: ['pending', 'in_progress', 'overdue', 'returned'],
    });
  }
}
