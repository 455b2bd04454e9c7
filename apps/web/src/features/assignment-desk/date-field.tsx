import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { TIME_ZONE } from '../../lib/dates';

/** Today in Hà Nội as YYYY-MM-DD: the earliest deadline the workflow accepts. */
export const todayIso = (): string => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');

export const dateRules = (what: string) => [
  { required: true, message: `Vui lòng chọn ${what}.` },
  {
    validator: (_: unknown, value: string | undefined) =>
      !value || value >= todayIso() ? Promise.resolve() : Promise.reject(new Error(`${what} không được ở quá khứ.`)),
  },
];

export const reasonRules = [{ required: true, whitespace: true, message: 'Vui lòng nêu lý do.' }];

interface DateFieldProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** A deadline typed or picked as dd/mm/yyyy, held as YYYY-MM-DD (what the API takes); past days cannot be picked. */
export const DateField = ({ id, value, onChange }: DateFieldProps) => (
  <DatePicker
    id={id}
    className="desk-date"
    format="DD/MM/YYYY"
    placeholder="dd/mm/yyyy"
    value={value ? dayjs(value) : null}
    onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : undefined)}
    disabledDate={(date) => date.format('YYYY-MM-DD') < todayIso()}
  />
);
