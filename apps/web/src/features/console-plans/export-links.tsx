import { DownloadOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { type ReportFilter, reportQuery } from './api';

const EXPORTS = [
  { kind: 'progress', label: 'Tiến độ từng nhiệm vụ' },
  { kind: 'by-agency', label: 'Tổng hợp theo cơ quan' },
  { kind: 'by-task', label: 'Tổng hợp theo nhiệm vụ' },
] as const;

const FORMATS = [
  { format: 'xlsx', label: 'Excel' },
  { format: 'csv', label: 'CSV' },
] as const;

/** Plain links: the session cookie authenticates a GET, so the browser downloads the file itself. */
export const exportUrl = (planId: string, kind: string, format: string, filter: Partial<ReportFilter>) => {
  const query = reportQuery({ ...filter });
  return `/api/plans/${encodeURIComponent(planId)}/exports/${kind}${query ? `${query}&` : '?'}format=${format}`;
};

export const ExportLinks = ({ planId, filter }: { planId: string; filter: ReportFilter }) => (
  <Flex vertical gap="small">
    <Typography.Text strong>Xuất báo cáo</Typography.Text>
    <ul className="plain-list export-links">
      {EXPORTS.map(({ kind, label }) => (
        <li key={kind}>
          <span>{label}:</span>
          {FORMATS.map(({ format, label: formatLabel }) => (
            <a
              key={format}
              className="export-link"
              href={exportUrl(planId, kind, format, filter)}
              download
              aria-label={`${label} (${formatLabel})`}
            >
              <DownloadOutlined aria-hidden /> {formatLabel}
            </a>
          ))}
        </li>
      ))}
    </ul>
  </Flex>
);
