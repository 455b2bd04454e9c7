import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { BucketTally } from '../../api/types';
import { TRACKED_BUCKETS, bucketLabels, formatPercent } from './labels';

export interface TallyRow {
  key: string;
  name: ReactNode;
  /** For sorting by name. */
  sortName: string;
  tally: BucketTally;
}

const collator = new Intl.Collator('vi');

const columns = (nameTitle: string): TableColumnsType<TallyRow> => [
  {
    title: nameTitle,
    dataIndex: 'name',
    sorter: (a, b) => collator.compare(a.sortName, b.sortName),
  },
  {
    title: 'Được tính',
    key: 'counted',
    align: 'right',
    render: (_, row) => row.tally.counted,
    sorter: (a, b) => a.tally.counted - b.tally.counted,
  },
  ...TRACKED_BUCKETS.map((bucket): TableColumnsType<TallyRow>[number] => ({
    title: bucketLabels[bucket],
    key: bucket,
    align: 'right',
    render: (_, row) => (
      <span className="tally-cell">
        {row.tally.buckets[bucket].count}
        <small> ({formatPercent(row.tally.buckets[bucket].percent)})</small>
      </span>
    ),
    sorter: (a, b) => a.tally.buckets[bucket].count - b.tally.buckets[bucket].count,
  })),
  {
    title: 'Quá hạn lâu nhất (ngày)',
    key: 'overdueAge',
    align: 'right',
    defaultSortOrder: 'descend',
    sorter: (a, b) => a.tally.overdueDays.max.calendar - b.tally.overdueDays.max.calendar,
    render: (_, row) => row.tally.overdueDays.max.calendar,
  },
  {
    title: 'Chờ xem xét',
    key: 'awaitingReview',
    align: 'right',
    render: (_, row) => row.tally.awaitingReview,
  },
];

/** Per task or per agency, sortable; the longest overdue first. */
export const TallyTable = ({ rows, nameTitle, caption }: { rows: TallyRow[]; nameTitle: string; caption: string }) => (
  <Table<TallyRow>
    rowKey="key"
    size="small"
    columns={columns(nameTitle)}
    dataSource={rows}
    pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
    scroll={{ x: 900 }}
    title={() => <span className="visually-hidden">{caption}</span>}
    locale={{ emptyText: 'Chưa có nhiệm vụ nào.' }}
    showSorterTooltip={false}
  />
);
