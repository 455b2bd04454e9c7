import { Card, Skeleton } from 'antd';
import { Suspense, lazy } from 'react';
import type { ChartRow } from './bucket-chart';
import { TallyTable, type TallyRow } from './tally-table';

// echarts is large: it loads only once a chart is drawn.
const BucketChart = lazy(() => import('./bucket-chart'));

interface TallySectionProps {
  title: string;
  nameTitle: string;
  rows: TallyRow[];
}

/** One breakdown (per task or per agency): a chart of its buckets and the table behind it. */
export const TallySection = ({ title, nameTitle, rows }: TallySectionProps) => {
  const chartRows: ChartRow[] = rows
    .filter((row) => row.tally.counted > 0)
    .map((row) => ({ name: row.sortName, tally: row.tally }));
  return (
    <Card title={<h2 className="card-heading">{title}</h2>}>
      {chartRows.length > 0 ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
          <BucketChart rows={chartRows} label={`Biểu đồ tình trạng thực hiện ${title.toLowerCase()}`} />
        </Suspense>
      ) : null}
      <TallyTable rows={rows} nameTitle={nameTitle} caption={`Bảng tình trạng thực hiện ${title.toLowerCase()}`} />
    </Card>
  );
};
