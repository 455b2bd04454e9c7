import { Select } from 'antd';
import { useState } from 'react';
import { useAgencies } from './api';

interface Option {
  value: string;
  label: string;
}

interface AgencyPickerProps {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Names of the agencies already chosen, so they show before any search. */
  known?: Option[];
}

/** Finds agencies by name as the user types (diacritics optional) and picks one or several. */
export const AgencyPicker = ({ id, value, onChange, multiple, known = [] }: AgencyPickerProps) => {
  const [q, setQ] = useState('');
  const found = useAgencies({ q, pageSize: 20, active: true });
  const options = new Map<string, Option>(known.map((option) => [option.value, option]));
  for (const agency of found.data?.items ?? []) options.set(agency.id, { value: agency.id, label: agency.name });
  return (
    <Select<string | string[] | null>
      id={id}
      value={value ?? (multiple ? [] : null)}
      onChange={(next) => onChange?.(next)}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder="Gõ tên cơ quan để tìm"
      loading={found.isFetching}
      options={[...options.values()]}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy cơ quan'}
    />
  );
};
