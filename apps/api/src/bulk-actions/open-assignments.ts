import { Injectable } from '@nestjs/common';
import { SETTLED_STATUSES } from '@dondoc/contracts';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { AgencyRepository, AssignmentEntity, TaskEntity } from '@dondoc/persistence';
import { type OpenAssignmentItem } from './bulk-action.response';

export type OpenAssignment = OpenAssignmentItem & { taskId: string };

/** Open assignments (not settled, run by a workflow): the work a bulk action may touch, with what they are. */
@Injectable()
export class OpenAssignments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
  ) {}

  ofTask(planId: string, taskId: string): Promise<OpenAssignment[]> {
    return this.find({ planId, taskId });
  }

  ofAgency(agencyId: string): Promise<OpenAssignment[]> {
    return this.find({ agencyId });
  }

  private async find(where: { planId?: string; taskId?: string; agencyId?: string }): Promise<OpenAssignment[]> {
    const rows = await this.dataSource.getRepository(AssignmentEntity).find({
      where: { ...where, status: Not(In([...SETTLED_STATUSES])), workflowId: Not(IsNull()) },
      order: { period: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    if (rows.length === 0) return [];
    const [agencies, tasks] = await Promise.all([
      this.agencies.findByIds([...new Set(rows.map((row) => row.agencyId))]),
      this.dataSource
        .getRepository(TaskEntity)
        .find({ select: { id: true, code: true }, where: { id: In([...new Set(rows.map((row) => row.taskId))]) } }),
    ]);
    const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
    const taskCode = new Map(tasks.map((task) => [task.id, task.code]));
    return rows.map((row) => ({
      assignmentId: row.id,
      agencyId: row.agencyId,
      agencyName: agencyName.get(row.agencyId) ?? '',
      taskId: row.taskId,
      taskCode: taskCode.get(row.taskId) ?? '',
      period: row.period,
      role: row.role,
      status: row.status,
      dueDate: row.dueDate,
    }));
  }
}

/** Drops the internal task id from what the API answers. */
export const asItem = ({ taskId: _taskId, ...item }: OpenAssignment): OpenAssignmentItem => item;
