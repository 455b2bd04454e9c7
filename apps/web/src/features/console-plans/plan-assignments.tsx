import { Flex } from 'antd';
import { useId, useState } from 'react';
import type { AssignmentStatus, PlanStatusReport } from '../../api/types';
import { NativeSelect } from '../../components/native-select';
import { statusLabels } from '../../components/status-tag';
import { usePlanAssignments } from './api';
import { AssignmentTable } from './assignment-table';

const ALL = 'all';
const STATUSES = Object.keys(statusLabels) as AssignmentStatus[];

/** The plan's assignments, filtered by status, task and agency, a page at a time. */
export const PlanAssignments = ({ planId, options }: { planId: string; options: PlanStatusReport | undefined }) => {
  const id = useId();
  const [status, setStatus] = useState<AssignmentStatus | undefined>();
  const [taskId, setTaskId] = useState<string | undefined>();
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const assignments = usePlanAssignments(planId, { status, taskId, agencyId, page, pageSize: 20 });
  const names = new Map((options?.byAgency ?? []).map((agency) => [agency.agencyId, agency.agencyName]));
  const choose =
    <T extends string>(set: (value: T | undefined) => void) =>
    (event: { target: { value: string } }) => {
      set(event.target.value === ALL ? undefined : (event.target.value as T));
      setPage(1);
    };
  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="middle" className="console-filters" role="search" aria-label="Lọc danh sách nhiệm vụ">
        <label className="console-filter" htmlFor={`${id}-status`}>
          <span>Tình trạng</span>
          <NativeSelect
            id={`${id}-status`}
            value={status ?? ALL}
            placeholder="Mọi tình trạng"
            options={[
              { value: ALL, label: 'Mọi tình trạng' },
              ...STATUSES.map((value) => ({ value, label: statusLabels[value] })),
            ]}
            onChange={choose<AssignmentStatus>(setStatus)}
          />
        </label>
        <label className="console-filter" htmlFor={`${id}-task`}>
          <span>Nhiệm vụ</span>
          <NativeSelect
            id={`${id}-task`}
            value={taskId ?? ALL}
            placeholder="Tất cả nhiệm vụ"
            options={[
              { value: ALL, label: 'Tất cả nhiệm vụ' },
              ...(options?.byTask ?? []).map((task) => ({
                value: task.taskId,
                label: `${task.taskCode}. ${task.taskTitle}`,
              })),
            ]}
            onChange={choose(setTaskId)}
          />
        </label>
        <label className="console-filter" htmlFor={`${id}-agency`}>
          <span>Cơ quan</span>
          <NativeSelect
            id={`${id}-agency`}
            value={agencyId ?? ALL}
            placeholder="Tất cả cơ quan"
            options={[
              { value: ALL, label: 'Tất cả cơ quan' },
              ...(options?.byAgency ?? []).map((agency) => ({ value: agency.agencyId, label: agency.agencyName })),
            ]}
            onChange={choose(setAgencyId)}
          />
        </label>
      </Flex>
      <AssignmentTable
        page={assignments.data}
        loading={assignments.isFetching}
        agencyName={(agency) => names.get(agency) ?? 'Cơ quan'}
        onPage={setPage}
        caption="Danh sách nhiệm vụ của kế hoạch"
      />
    </Flex>
  );
};
