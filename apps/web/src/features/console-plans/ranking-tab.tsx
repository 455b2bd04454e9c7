import { DownloadOutlined } from '@ant-design/icons';
import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { RankedAgency } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { formatDate } from '../../lib/dates';
import { type ReportFilter, useRanking } from './api';
import { exportUrl } from './export-links';

const columns: TableColumnsType<RankedAgency> = [
  { title: 'Hạng', dataIndex: 'rank', width: 70, render: (rank: number | null) => rank ?? '—' },
  {
    title: 'Cơ quan',
    dataIndex: 'agencyName',
    render: (name: string, row) => <Link to={`/co-quan/${row.agencyId}`}>{name}</Link>,
  },
  {
    title: 'Điểm (thang 100)',
    dataIndex: 'score',
    align: 'right',
    render: (score: number | null) => (score === null ? 'Chưa chấm' : score.toLocaleString('vi-VN')),
  },
  { title: 'Số nhiệm vụ được chấm', dataIndex: 'scoredAssignments', align: 'right' },
  {
    title: 'Lý do trừ điểm',
    key: 'deductions',
    render: (_, row) =>
      row.deductions.length === 0 ? (
        'Không bị trừ điểm'
      ) : (
        <ul className="plain-list compact">
          {row.deductions.map((deduction) => (
            <li key={deduction.reason}>
              {deduction.detail} (−{deduction.scoreImpact.toLocaleString('vi-VN')} điểm)
            </li>
          ))}
        </ul>
      ),
  },
];

/** The agencies scored by the rubric in force, with why each lost points. */
export const RankingTab = ({ planId, filter }: { planId: string; filter: ReportFilter }) => {
  const scope = { period: filter.period, asOf: filter.asOf };
  const ranking = useRanking(planId, scope, true);
  if (ranking.isPending) return <LoadingState />;
  if (ranking.isError) return <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <Flex wrap justify="space-between" gap="small">
        <Typography.Paragraph className="ranking-note">
          Chấm theo thang điểm phiên bản {ranking.data.rubricVersion}, số liệu tính đến ngày{' '}
          {formatDate(ranking.data.asOf)}. {ranking.data.tieRule}
        </Typography.Paragraph>
        <Flex gap="small" wrap>
          <a className="export-link" href={exportUrl(planId, 'ranking', 'xlsx', scope)} download>
            <DownloadOutlined aria-hidden /> Xếp hạng (Excel)
          </a>
          <a className="export-link" href={exportUrl(planId, 'ranking', 'csv', scope)} download>
            <DownloadOutlined aria-hidden /> Xếp hạng (CSV)
          </a>
        </Flex>
      </Flex>
      <Table<RankedAgency>
        rowKey="agencyId"
        size="small"
        columns={columns}
        dataSource={ranking.data.rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: 'Chưa có cơ quan nào được chấm điểm.' }}
      />
    </Flex>
  );
};
