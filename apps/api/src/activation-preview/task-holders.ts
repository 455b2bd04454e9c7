import { Injectable } from '@nestjs/common';
import { type AgencyEntity, AgencyRepository, type TaskAgencyRole, TaskRepository } from '@dondoc/persistence';

const MAX_MERGER_HOPS = 10;

export interface Holder {
  agency: AgencyEntity;
  role: TaskAgencyRole;
}

/**
 * Who a task's period would be assigned to, as the worker decides it when the period opens: active agencies only,
 * a merged one replaced by its successor, an agency in both roles once, as lead.
 */
@Injectable()
export class TaskHolders {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async of(taskIds: readonly string[]): Promise<Map<string, Holder[]>> {
    const links = await this.tasks.listAgenciesOfTasks([...new Set(taskIds)]);
    const byTask = new Map<string, Map<string, Holder>>();
    for (const link of links) {
      const agency = await this.activeHolder(link.agency);
      if (!agency) continue;
      const holders = byTask.get(link.taskId) ?? new Map<string, Holder>();
      byTask.set(link.taskId, holders);
      if (holders.get(agency.id)?.role !== 'lead') holders.set(agency.id, { agency, role: link.role });
    }
    return new Map([...byTask].map(([taskId, holders]) => [taskId, [...holders.values()]]));
  }

  private async activeHolder(start: AgencyEntity): Promise<AgencyEntity | undefined> {
    let agency: AgencyEntity | undefined = start;
    for (let hops = 0; agency && !agency.active && agency.mergedIntoId && hops < MAX_MERGER_HOPS; hops += 1) {
      [agency] = await this.agencies.findByIds([agency.mergedIntoId]);
    }
    return agency?.active ? agency : undefined;
  }
}
