import { Select } from 'antd';
import { useRef, useState } from 'react';
import { searchAgencies, searchGroups } from './api';
import { GroupMembers } from './group-members';

export interface Picked {
  name: string;
  agencyIds: string[];
}

type Option = { value: string; label: string; name: string; group: boolean };

/** Any agency or group of the directory, searched as typed (diacritics ignored by the API). */
export const NamePicker = ({
  label,
  onPick,
  disabled,
  placeholder = 'Tìm cơ quan hoặc nhóm khác…',
  autoFocus,
}: {
  label: string;
  onPick: (picked: Picked) => void;
  disabled?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
}) => {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const [group, setGroup] = useState<string | null>(null);
  const latest = useRef('');
  const search = async (q: string) => {
    latest.current = q;
    if (q.trim().length < 2) return setOptions([]);
    setLoading(true);
    try {
      const [agencies, groups] = await Promise.all([searchAgencies(q), searchGroups(q)]);
      if (latest.current !== q) return;
      setOptions([
        ...agencies.items.map((a) => ({
          value: `agency:${a.id}`,
          label: `Cơ quan: ${a.name}`,
          name: a.name,
          group: false,
        })),
        ...groups.items.map((g) => ({ value: `group:${g.id}`, label: `Nhóm: ${g.name}`, name: g.name, group: true })),
      ]);
    } finally {
      setLoading(false);
    }
  };
  const pick = (value: string) => {
    const option = options.find((o) => o.value === value);
    if (!option) return;
    const id = value.slice(value.indexOf(':') + 1);
    // A group is chosen only after its members are on screen.
    if (option.group) return setGroup(id);
    setGroup(null);
    onPick({ name: option.name, agencyIds: [id] });
  };
  return (
    <>
      <Select
        showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
        value={null}
        options={options}
        loading={loading}
        disabled={disabled}
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-label={label}
        notFoundContent={null}
        onSelect={(value: string | null) => void (value && pick(value))}
        className="name-picker"
      />
      {group ? (
        <GroupMembers
          group={{ id: group }}
          disabled={disabled}
          onCancel={() => setGroup(null)}
          onChoose={(picked) => {
            setGroup(null);
            onPick(picked);
          }}
        />
      ) : null}
    </>
  );
};
