import { Input, Table } from 'antd';
import type { TableProps } from 'antd';
import { PAGE_SIZE } from './api';

/**
 * A table that scrolls sideways inside its own frame on a narrow screen, never the page; the frame takes the
 * keyboard focus so the hidden columns can be reached without a mouse.
 */
export const DirectoryTable = <T extends object>({ label, ...props }: TableProps<T> & { label: string }) => (
  <div className="directory-table" role="region" aria-label={label} tabIndex={0}>
    <Table<T> {...props} />
  </div>
);

/** A list's search box: the search starts on Enter or the button, from the first page. */
export const DirectorySearch = ({
  label,
  placeholder,
  onSearch,
}: {
  label: string;
  placeholder: string;
  onSearch: (q: string) => void;
}) => (
  <div className="directory-filters">
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      allowClear
      enterButton="Tìm"
      onSearch={(value) => onSearch(value.trim())}
    />
  </div>
);

/** One page of PAGE_SIZE at a time, with the total named in the list's own unit ("12 cơ quan"). */
export const pageControls = (
  page: number,
  total: number | undefined,
  onChange: (page: number) => void,
  unit: string,
) => ({
  current: page,
  pageSize: PAGE_SIZE,
  total: total ?? 0,
  showSizeChanger: false,
  onChange,
  showTotal: (count: number) => `${count} ${unit}`,
});
