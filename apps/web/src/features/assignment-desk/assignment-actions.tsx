import { Button, Card, Flex, Form, Input, Typography, message } from 'antd';
import { useState } from 'react';
import type { ReportView } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { ActionModal } from './action-modal';
import { AgencySearch } from './agency-search';
import { type ActionName, type ActionRequests, useAssignmentAction } from './api';
import { DateField, dateRules, reasonRules } from './date-field';

type Dialog = 'accept' | 'return' | 'extend' | 'waive' | 'reassign';

const SETTLED = ['accepted', 'waived', 'cancelled'];

interface DialogProps {
  view: ReportView;
  onClose: () => void;
  onDone: (text: string) => void;
}

/** Binds one dialog to its workflow update: sends, reports, closes. */
const useDialogAction = <A extends ActionName>(view: ReportView, action: A, { onClose, onDone }: DialogProps) => {
  const mutation = useAssignmentAction(view.assignment.id, action);
  const send = (body: ActionRequests[A], done: string) =>
    mutation.mutate(body, {
      onSuccess: () => {
        onDone(done);
        onClose();
      },
    });
  return { send, pending: mutation.isPending, error: mutation.error };
};

const AcceptDialog = (props: DialogProps) => {
  const { send, pending, error } = useDialogAction(props.view, 'review', props);
  return (
    <ActionModal<{ comment?: string }>
      open
      title="Tiếp nhận báo cáo"
      submitText="Tiếp nhận báo cáo"
      confirmText={() => `Tiếp nhận báo cáo của ${props.view.agency.name}? Nhiệm vụ sẽ được ghi nhận là đã hoàn thành.`}
      pending={pending}
      error={error}
      onClose={props.onClose}
      onSubmit={({ comment }) =>
        send({ outcome: 'accepted', ...(comment ? { comment } : {}) }, 'Đã tiếp nhận báo cáo.')
      }
    >
      {() => (
        <Form.Item name="comment" label="Ý kiến (không bắt buộc)">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      )}
    </ActionModal>
  );
};

const ReturnDialog = (props: DialogProps) => {
  const { send, pending, error } = useDialogAction(props.view, 'review', props);
  return (
    <ActionModal<{ comment: string; newDue: string }>
      open
      title="Trả lại báo cáo"
      submitText="Trả lại báo cáo"
      pending={pending}
      error={error}
      onClose={props.onClose}
      onSubmit={(values) => send({ outcome: 'returned', ...values }, 'Đã trả lại báo cáo cho cơ quan.')}
    >
      {() => (
        <>
          <Form.Item
            name="comment"
            label="Ý kiến gửi cơ quan"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu nội dung cần bổ sung, sửa đổi.' }]}
          >
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="newDue" label="Hạn gửi lại" rules={dateRules('hạn gửi lại')}>
            <DateField />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
};

const ExtendDialog = (props: DialogProps) => {
  const { send, pending, error } = useDialogAction(props.view, 'extend', props);
  return (
    <ActionModal<{ newDue: string; reason: string }>
      open
      title="Gia hạn báo cáo"
      submitText="Gia hạn"
      pending={pending}
      error={error}
      onClose={props.onClose}
      onSubmit={(values) => send(values, `Đã gia hạn đến ngày ${formatDate(values.newDue)}.`)}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">
            Hạn hiện tại: {formatDate(props.view.assignment.due)}
          </Typography.Paragraph>
          <Form.Item name="newDue" label="Hạn mới" rules={dateRules('hạn mới')}>
            <DateField />
          </Form.Item>
          <Form.Item name="reason" label="Lý do gia hạn" rules={reasonRules}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
};

const WaiveDialog = (props: DialogProps) => {
  const { send, pending, error } = useDialogAction(props.view, 'waive', props);
  return (
    <ActionModal<{ reason: string }>
      open
      title="Miễn thực hiện nhiệm vụ"
      submitText="Miễn thực hiện"
      confirmText={() =>
        `Miễn cho ${props.view.agency.name} thực hiện nhiệm vụ này? Cơ quan sẽ không còn được nhắc hạn.`
      }
      pending={pending}
      error={error}
      onClose={props.onClose}
      onSubmit={(values) => send(values, 'Đã miễn thực hiện nhiệm vụ.')}
    >
      {() => (
        <Form.Item name="reason" label="Lý do miễn" rules={reasonRules}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </ActionModal>
  );
};

const ReassignDialog = (props: DialogProps) => {
  const { send, pending, error } = useDialogAction(props.view, 'reassign', props);
  return (
    <ActionModal<{ agencyId: string; reason: string }>
      open
      title="Giao nhiệm vụ cho cơ quan khác"
      submitText="Giao lại"
      confirmText={() =>
        `Giao nhiệm vụ cho cơ quan đã chọn? Liên kết cá nhân của ${props.view.agency.name} sẽ bị thu hồi.`
      }
      pending={pending}
      error={error}
      onClose={props.onClose}
      onSubmit={(values) => send(values, 'Đã giao nhiệm vụ cho cơ quan khác.')}
    >
      {() => (
        <>
          <Form.Item
            name="agencyId"
            label="Cơ quan nhận nhiệm vụ"
            rules={[{ required: true, message: 'Vui lòng chọn cơ quan.' }]}
          >
            <AgencySearch exclude={[props.view.agency.id]} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do giao lại" rules={reasonRules}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
};

const DIALOGS: Record<Dialog, (props: DialogProps) => React.JSX.Element> = {
  accept: AcceptDialog,
  return: ReturnDialog,
  extend: ExtendDialog,
  waive: WaiveDialog,
  reassign: ReassignDialog,
};

/** The coordinator's decisions on this assignment; shown only to the roles that may take them. */
export const AssignmentActions = ({ view }: { view: ReportView }) => {
  const [open, setOpen] = useState<Dialog | null>(null);
  const [notice, notices] = message.useMessage();
  const status = view.assignment.status;
  const settled = SETTLED.includes(status);
  const OpenDialog = open ? DIALOGS[open] : null;
  return (
    <Card title={<h2 className="card-heading">Xử lý nhiệm vụ</h2>}>
      {notices}
      {settled ? (
        <Typography.Text type="secondary">Nhiệm vụ đã kết thúc, không còn thao tác nào.</Typography.Text>
      ) : (
        <Flex wrap gap="small">
          {status === 'submitted' ? (
            <>
              <Button type="primary" onClick={() => setOpen('accept')}>
                Tiếp nhận báo cáo
              </Button>
              <Button onClick={() => setOpen('return')}>Trả lại báo cáo</Button>
            </>
          ) : null}
          <Button onClick={() => setOpen('extend')}>Gia hạn</Button>
          <Button onClick={() => setOpen('reassign')}>Giao cho cơ quan khác</Button>
          <Button onClick={() => setOpen('waive')}>Miễn thực hiện</Button>
        </Flex>
      )}
      {OpenDialog ? (
        <OpenDialog view={view} onClose={() => setOpen(null)} onDone={(text) => void notice.success(text)} />
      ) : null}
    </Card>
  );
};
