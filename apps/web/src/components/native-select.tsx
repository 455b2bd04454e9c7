import type { ChangeEvent } from 'react';

interface NativeSelectProps {
  id?: string;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  disabled?: boolean;
}

/**
 * A plain <select> for short lists: phones show their own picker, and keyboards and screen readers need nothing
 * special. Form.Item reads `event.target.value`.
 */
export const NativeSelect = ({ id, value, onChange, options, placeholder, disabled }: NativeSelectProps) => (
  <select id={id} className="native-select" value={value ?? ''} onChange={onChange} disabled={disabled}>
    <option value="" disabled>
      {placeholder}
    </option>
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </select>
);
