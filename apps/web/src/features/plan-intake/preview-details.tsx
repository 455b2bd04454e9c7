import { Alert, Card, Table, Typography } from 'antd';
import type { ActivationPreview } from '../../api/types';
import { formatDate, formatPeriod } from '../../lib/dates';
import { ToneTag } from '../../components/tone-tag';

const outcomeText = { 'opens-now': 'Mở ngay', skipped: 'Bỏ qua, bắt đầu từ kỳ sau', undecided: 'Chưa chọn' } as const;

/** What activation would do today, read from GET /plans/:id/activation-preview. */
export const PreviewDetails = ({ preview }: { preview: ActivationPreview }) => {
  const withoutAddress = preview.recipients.filter((r) => r.withoutAddress);
  return (
    <>
      {preview.assignmentsNow === 0 ? (
        <Alert
          type="warning"
          showIcon
          title="Kích hoạt lúc này chưa giao nhiệm vụ nào."
          description={
            preview.latePeriods.length > 0 && preview.latePeriodChoice !== 'open-now'
              ? `Kỳ báo cáo của năm nay đã quá hạn${preview.latePeriodChoice === 'skip' ? ' và được bỏ qua' : ''}; kỳ tiếp theo mở ngày ${formatDate(preview.nextOpenings[0]?.opens)}.`
              : preview.nextOpenings.length > 0
                ? `Kỳ đầu tiên mở ngày ${formatDate(preview.nextOpenings[0].opens)}.`
                : 'Không nhiệm vụ nào có kỳ báo cáo tự mở (chỉ giao khi có yêu cầu).'
          }
        />
      ) : (
        <Alert
          type="success"
          showIcon
          title={`Kích hoạt sẽ giao ngay ${preview.assignmentsNow} nhiệm vụ cho ${preview.recipients.length} cơ quan, trong ${preview.opensNow.length} kỳ báo cáo.`}
        />
      )}
      {preview.latePeriods.length > 0 ? (
        <Card
          size="small"
          title={<h3 className="card-heading">Kỳ báo cáo đã quá hạn ({preview.latePeriods.length})</h3>}
        >
          <ul className="plain-list">
            {preview.latePeriods.map((period) => (
              <li key={`${period.taskId}-${period.period}`}>
                <strong>{period.taskCode}</strong> · {formatPeriod(period.period)} · hạn {formatDate(period.due)} →{' '}
                <ToneTag tone={period.outcome === 'undecided' ? 'warning' : 'neutral'}>
                  {outcomeText[period.outcome]}
                </ToneTag>
                {period.newDue ? `hạn mới ${formatDate(period.newDue)}` : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card size="small" title={<h3 className="card-heading">Mở ngay khi kích hoạt</h3>}>
        <Table
          size="small"
          rowKey={(row) => `${row.taskId}-${row.period}`}
          dataSource={preview.opensNow}
          pagination={preview.opensNow.length > 10 ? { pageSize: 10 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Không có kỳ nào mở ngay' }}
          columns={[
            { title: 'Nhiệm vụ', dataIndex: 'taskCode' },
            { title: 'Kỳ', dataIndex: 'period', render: (period: string) => formatPeriod(period) },
            { title: 'Hạn', dataIndex: 'due', render: (due: string) => formatDate(due) },
            { title: 'Số nhiệm vụ giao', dataIndex: 'assignments' },
            { title: 'Chủ trì / phối hợp', key: 'split', render: (_, row) => `${row.lead} / ${row.coordinating}` },
          ]}
        />
      </Card>
      <Card size="small" title={<h3 className="card-heading">Các kỳ tiếp theo</h3>}>
        {preview.nextOpenings.length === 0 ? (
          <Typography.Text>Không còn kỳ nào tự mở.</Typography.Text>
        ) : (
          <ul className="plain-list">
            {preview.nextOpenings.slice(0, 5).map((period) => (
              <li key={`${period.taskId}-${period.period}`}>
                <strong>{period.taskCode}</strong> · {formatPeriod(period.period)}: mở {formatDate(period.opens)}, hạn{' '}
                {formatDate(period.due)}
              </li>
            ))}
          </ul>
        )}
        <Typography.Paragraph className="first-deadlines">
          Hạn gần nhất:{' '}
          {preview.firstDeadlines
            .slice(0, 5)
            .map((p) => `${formatDate(p.due)} (${p.taskCode})`)
            .join(', ') || '—'}
        </Typography.Paragraph>
        {preview.onRequestTasks.length > 0 ? (
          <Typography.Paragraph>
            Giao khi có yêu cầu: {preview.onRequestTasks.map((t) => t.taskCode).join(', ')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Card
        size="small"
        title={<h3 className="card-heading">Thư đầu tiên gửi tới ({preview.recipients.length} cơ quan)</h3>}
      >
        {withoutAddress.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={`${withoutAddress.length} cơ quan chưa có địa chỉ thư đầu mối: sẽ không nhận được thư giao nhiệm vụ.`}
            description={withoutAddress.map((r) => r.name).join('; ')}
          />
        ) : null}
        {preview.recipients.length === 0 ? (
          <Typography.Text>Chưa cơ quan nào nhận thư: chưa có kỳ báo cáo nào mở khi kích hoạt.</Typography.Text>
        ) : null}
        <ul className="plain-list recipients">
          {preview.recipients.map((r) => (
            <li key={r.agencyId}>
              {r.name}: {r.assignments} nhiệm vụ,{' '}
              {r.withoutAddress ? (
                <ToneTag tone="danger">không có địa chỉ thư</ToneTag>
              ) : (
                `${r.focalEmails} địa chỉ thư`
              )}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
};
