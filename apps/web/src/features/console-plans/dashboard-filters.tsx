import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import type { PlanStatusReport } from '../../api/types';
import { NativeSelect } from '../../components/native-select';
import { TIME_ZONE, formatPeriod } from '../../lib/dates';
import type { ReportFilter } from './api';
import { roleLabels } from './labels';

interface DashboardFiltersProps {
  filter: ReportFilter;
  /** The plan's report without filters: the tasks and agencies to choose from. */
  options: PlanStatusReport | undefined;
  onChange: (changes: Partial<Record<keyof ReportFilter, string>>) => void;
}

const ALL = 'all';

/** The plan's own periods; one named in the address but without figures is kept, so the filter shows what is applied. */
const periodChoices = (periods: readonly string[], chosen: string | undefined): string[] =>
  chosen && !periods.includes(chosen) ? [...periods, chosen] : [...periods];

export const DashboardFilters = ({ filter, options, onChange }: DashboardFiltersProps) => {
  const id = useId();
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  const pick = (key: keyof ReportFilter) => (event: { target: { value: string } }) =>
    onChange({ [key]: event.target.value === ALL ? '' : event.target.value });
  return (
    <Flex wrap gap="middle" align="end" className="console-filters" role="search" aria-label="Lọc số liệu">
      <label className="console-filter" htmlFor={`${id}-period`}>
        <span>Kỳ báo cáo</span>
        <NativeSelect
          id={`${id}-period`}
          value={filter.period ?? ALL}
          placeholder="Tất cả các kỳ"
          options={[
            { value: ALL, label: 'Tất cả các kỳ' },
            ...periodChoices(options?.periods ?? [], filter.period).map((period) => ({
              value: period,
              label: formatPeriod(period),
            })),
          ]}
          onChange={pick('period')}
        />
      </label>
      <label className="console-filter" htmlFor={`${id}-task`}>
        <span>Nhiệm vụ</span>
        <NativeSelect
          id={`${id}-task`}
          value={filter.taskId ?? ALL}
          placeholder="Tất cả nhiệm vụ"
          options={[
            { value: ALL, label: 'Tất cả nhiệm vụ' },
            ...(options?.byTask ?? []).map((task) => ({
              value: task.taskId,
              label: `${task.taskCode}. ${task.taskTitle}`,
            })),
          ]}
          onChange={pick('taskId')}
        />
      </label>
      <label className="console-filter" htmlFor={`${id}-agency`}>
        <span>Cơ quan</span>
        <NativeSelect
          id={`${id}-agency`}
          value={filter.agencyId ?? ALL}
          placeholder="Tất cả cơ quan"
          options={[
            { value: ALL, label: 'Tất cả cơ quan' },
            ...(options?.byAgency ?? []).map((agency) => ({ value: agency.agencyId, label: agency.agencyName })),
          ]}
          onChange={pick('agencyId')}
        />
      </label>
      <label className="console-filter" htmlFor={`${id}-role`}>
        <span>Vai trò</span>
        <NativeSelect
          id={`${id}-role`}
          value={filter.role ?? ALL}
          placeholder="Chủ trì và phối hợp"
          options={[
            { value: ALL, label: 'Chủ trì và phối hợp' },
            { value: 'lead', label: roleLabels.lead },
            { value: 'coordinating', label: roleLabels.coordinating },
          ]}
          onChange={pick('role')}
        />
      </label>
      <label className="console-filter" htmlFor={`${id}-asof`}>
        <span>Số liệu tính đến ngày</span>
        <DatePicker
          id={`${id}-asof`}
          format="DD/MM/YYYY"
          placeholder="Hôm nay"
          value={filter.asOf ? dayjs(filter.asOf) : null}
          maxDate={dayjs(today)}
          disabledDate={(day) => day.format('YYYY-MM-DD') > today}
          onChange={(day) => onChange({ asOf: day ? day.format('YYYY-MM-DD') : '' })}
        />
      </label>
      <Button
        onClick={() => onChange({ period: '', taskId: '', agencyId: '', role: '', asOf: '' })}
        disabled={Object.values(filter).every((value) => !value)}
      >
        Xóa bộ lọc
      </Button>
    </Flex>
  );
};
