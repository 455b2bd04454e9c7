import { Select } from 'antd';
import { useState } from 'react';
import { useAgencySearch } from './api';

interface AgencySearchProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Agencies not to offer (the one holding the work now). */
  exclude?: readonly string[];
}

/** Finds an active agency by name as the user types (diacritics optional), through `GET /api/agencies?q=`. */
export const AgencySearch = ({ id, value, onChange, exclude = [] }: AgencySearchProps) => {
  const [q, setQ] = useState('');
  const found = useAgencySearch(q);
  const options = (found.data?.items ?? [])
    .filter((agency) => !exclude.includes(agency.id))
    .map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <Select<string | null>
      id={id}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      placeholder="Gõ tên cơ quan để tìm"
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy cơ quan'}
    />
  );
};
