import { Button, DatePicker, Flex, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatDate } from '../../lib/dates';

interface DateListFieldProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  year: number;
  /** What a date is, for the button and the tags' remove labels ("ngày nghỉ"). */
  noun: string;
}

/** A list of dates of one year: pick one and add it; each shows as a tag that can be removed. */
export const DateListField = ({ id, value = [], onChange, year, noun }: DateListFieldProps) => {
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const add = () => {
    if (!picked) return;
    const iso = picked.format('YYYY-MM-DD');
    if (!value.includes(iso)) onChange?.([...value, iso].sort());
    setPicked(null);
  };
  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small">
        <DatePicker
          id={id}
          format="DD/MM/YYYY"
          value={picked}
          onChange={setPicked}
          placeholder="dd/mm/yyyy"
          defaultPickerValue={dayjs(`${year}-01-01`)}
          minDate={dayjs(`${year}-01-01`)}
          maxDate={dayjs(`${year}-12-31`)}
        />
        <Button onClick={add} disabled={!picked}>
          Thêm {noun}
        </Button>
      </Flex>
      <Flex wrap gap={4}>
        {value.length === 0 ? <span>Chưa có.</span> : null}
        {value.map((date) => (
          <Tag
            key={date}
            closable
            closeIcon={<span aria-label={`Bỏ ${noun} ${formatDate(date)}`}>×</span>}
            onClose={() => onChange?.(value.filter((each) => each !== date))}
          >
            {formatDate(date)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
};
