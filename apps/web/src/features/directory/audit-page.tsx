import { Button, Collapse, DatePicker, Flex, Form, Input, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DirectoryTable, pageControls } from './directory-table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEvent } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { ApiProblem } from '../../lib/api-problem';
import { TIME_ZONE, formatInstant } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { PAGE_SIZE, useAuditEvents } from './api';
import { changedFields } from './audit-diff';
import { PageHeading } from './page-heading';
import './directory.css';

interface Filters {
  entityType?: string;
  action?: string;
  actorId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const queryOf = (filters: Filters) => ({
  entityType: filters.entityType?.trim() || undefined,
  action: filters.action?.trim() || undefined,
  actorId: filters.actorId?.trim() || undefined,
  from: filters.range?.[0]?.tz(TIME_ZONE, true).startOf('day').toISOString(),
  to: filters.range?.[1]?.tz(TIME_ZONE, true).add(1, 'day').startOf('day').toISOString(),
});

const Json = ({ label, value }: { label: string; value: unknown }) => (
  <div>
    <Typography.Text strong>{label}</Typography.Text>
    <pre className="audit-json">{value === null ? '—' : JSON.stringify(value, null, 2)}</pre>
  </div>
);

const EventChange = ({ event }: { event: AuditEvent }) => {
  const changes = changedFields(event.before, event.after);
  return (
    <Flex vertical gap="small">
      {changes && changes.length > 0 ? (
        <ul className="plain-list compact" aria-label="Các trường thay đổi">
          {changes.map((change) => (
            <li key={change.field}>
              <Typography.Text code>{change.field}</Typography.Text>: {change.before} → {change.after}
            </li>
          ))}
        </ul>
      ) : null}
      <Collapse
        size="small"
        items={[
          {
            key: 'json',
            label: 'Dữ liệu trước và sau (JSON)',
            children: (
              <Flex vertical gap="small">
                <Json label="Trước" value={event.before} />
                <Json label="Sau" value={event.after} />
                {event.requestId ? (
                  <Typography.Text type="secondary">Mã yêu cầu: {event.requestId}</Typography.Text>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
};

const columns: TableProps<AuditEvent>['columns'] = [
  { title: 'Thời điểm', dataIndex: 'at', render: (at: string) => formatInstant(at) },
  { title: 'Người thực hiện', dataIndex: 'actorEmail', render: (email: string | null) => email ?? 'Hệ thống' },
  {
    title: 'Thao tác',
    dataIndex: 'action',
    render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
  },
  {
    title: 'Đối tượng',
    key: 'entity',
    render: (_: unknown, event) => `${event.entityType}${event.entityId ? ` ${event.entityId}` : ''}`,
  },
];

export const AuditPage = () => {
  const session = useSession();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const events = useAuditEvents({ ...queryOf(filters), page, pageSize: PAGE_SIZE });
  if (!can(session.data, 'readAudit')) {
    return <ErrorState error={new ApiProblem({ type: 'about:blank', status: 403, title: 'Forbidden' })} />;
  }
  return (
    <>
      <PageHeading title="Nhật ký thay đổi" intro="Mọi thay đổi dữ liệu, ai làm, lúc nào; mới nhất trước." />
      <Form
        form={form}
        layout="vertical"
        className="directory-filters"
        onFinish={(next) => {
          setFilters(next);
          setPage(1);
        }}
      >
        <Flex wrap gap="small" align="end">
          <Form.Item name="entityType" label="Loại đối tượng">
            <Input placeholder="ví dụ: agency, plan, assignment" />
          </Form.Item>
          <Form.Item name="action" label="Thao tác">
            <Input placeholder="ví dụ: agency.update" />
          </Form.Item>
          <Form.Item
            name="actorId"
            label="Mã người thực hiện"
            rules={[{ pattern: UUID, message: 'Mã người dùng có dạng UUID.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="range" label="Từ ngày – đến ngày">
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowEmpty={[true, true]}
              placeholder={['Từ ngày', 'Đến ngày']}
            />
          </Form.Item>
          <Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit">
                Lọc
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                  setPage(1);
                }}
              >
                Bỏ lọc
              </Button>
            </Flex>
          </Form.Item>
        </Flex>
      </Form>
      {events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <DirectoryTable<AuditEvent>
          label="Nhật ký thay đổi"
          rowKey="id"
          loading={events.isFetching}
          columns={columns}
          dataSource={events.data?.items ?? []}
          expandable={{ expandedRowRender: (event) => <EventChange event={event} /> }}
          locale={{ emptyText: 'Không có sự kiện nào.' }}
          pagination={pageControls(page, events.data?.total, setPage, 'sự kiện')}
        />
      )}
    </>
  );
};
