import { Alert, Button, Flex, Form, Input, Table } from 'antd';
import { Dialog } from '../../components/dialog';
import { useState } from 'react';
import type { ExtendOpenResult } from '../../api/types';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatPeriod } from '../../lib/dates';
import { deskProblemMessage as problemMessage } from './desk-problems';
import { useExtendOpen } from './api';
import { BulkProgress } from './bulk-progress';
import { BulkResult } from './bulk-result';
import { DateField, dateRules, reasonRules } from './date-field';

interface BulkExtendProps {
  planId: string;
  taskId: string;
  taskCode: string;
  assignmentId: string;
}

interface Values {
  newDue: string;
  reason: string;
}

const Preview = ({ result }: { result: ExtendOpenResult }) => (
  <>
    <Alert
      type="info"
      showIcon
      title={`Sẽ gia hạn ${result.count} nhiệm vụ đang mở của nhiệm vụ này.`}
      description="Nhiệm vụ đã tiếp nhận, được miễn hoặc đã hủy không thay đổi."
    />
    <Table
      className="desk-gap"
      size="small"
      pagination={result.assignments.length > 8 ? { pageSize: 8 } : false}
      rowKey="assignmentId"
      dataSource={result.assignments}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: 'Cơ quan', dataIndex: 'agencyName' },
        { title: 'Kỳ', dataIndex: 'period', render: (period: string) => formatPeriod(period) },
        { title: 'Hạn hiện tại', dataIndex: 'dueDate', render: (due: string | null) => formatDate(due) },
        { title: 'Trạng thái', dataIndex: 'status', render: (_, row) => <StatusTag status={row.status} /> },
      ]}
    />
  </>
);

/** "Extend every open assignment of this task": the count (a dry run) first, then the run and what it did. */
export const BulkExtend = ({ planId, taskId, taskCode, assignmentId }: BulkExtendProps) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" className="desk-link-button" onClick={() => setOpen(true)}>
        Gia hạn tất cả nhiệm vụ đang mở của nhiệm vụ này
      </Button>
      {open ? (
        <BulkExtendModal
          planId={planId}
          taskId={taskId}
          taskCode={taskCode}
          assignmentId={assignmentId}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};

const BulkExtendModal = ({
  planId,
  taskId,
  taskCode,
  assignmentId,
  onClose,
}: BulkExtendProps & { onClose: () => void }) => {
  const [form] = Form.useForm<Values>();
  const [asked, setAsked] = useState<Values | null>(null);
  const preview = useExtendOpen(planId, taskId, assignmentId);
  const run = useExtendOpen(planId, taskId, assignmentId);
  const count = preview.data?.count ?? 0;
  const showPreview = (values: Values) => {
    setAsked(values);
    run.reset();
    preview.mutate({ ...values, dryRun: true });
  };
  const result = run.data;
  return (
    <Dialog open title={`Gia hạn các nhiệm vụ đang mở — ${taskCode}`} onCancel={onClose} footer={null} width={720}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={showPreview}
        onValuesChange={() => preview.reset()}
        disabled={run.isPending || !!result}
      >
        <Form.Item name="newDue" label="Hạn mới cho tất cả" rules={dateRules('hạn mới')}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label="Lý do gia hạn" rules={reasonRules}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {preview.data || result ? null : (
          <Button htmlType="submit" loading={preview.isPending}>
            {preview.isPending ? 'Đang đếm…' : 'Xem số nhiệm vụ sẽ gia hạn'}
          </Button>
        )}
      </Form>
      {preview.error ? <Alert type="error" showIcon role="alert" title={problemMessage(preview.error)} /> : null}
      {preview.data && !result ? <Preview result={preview.data} /> : null}
      {run.error ? (
        <Alert type="error" showIcon role="alert" className="desk-gap" title={problemMessage(run.error)} />
      ) : null}
      {result ? (
        <BulkResult
          done={`Đã gia hạn ${result.extended}/${result.count} nhiệm vụ đến ngày ${formatDate(asked?.newDue)}.`}
          failed={result.failed}
        />
      ) : null}
      <Flex gap="small" justify="end" wrap className="desk-gap">
        <Button onClick={onClose} disabled={run.isPending}>
          {result ? 'Đóng' : 'Hủy'}
        </Button>
        {preview.data && !result && asked ? (
          <Button
            type="primary"
            disabled={count === 0}
            loading={run.isPending}
            onClick={() => run.mutate({ ...asked, dryRun: false })}
          >
            {run.isPending ? `Đang gia hạn ${count} nhiệm vụ…` : `Gia hạn ${count} nhiệm vụ`}
          </Button>
        ) : null}
      </Flex>
      {run.isPending ? (
        <BulkProgress doing={`Đang gia hạn ${count} nhiệm vụ đến ngày ${formatDate(asked?.newDue)}…`} />
      ) : null}
    </Dialog>
  );
};
