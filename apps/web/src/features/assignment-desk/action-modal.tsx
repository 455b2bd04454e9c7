import { Alert, Button, Flex, Form } from 'antd';
import { Dialog } from '../../components/dialog';
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { deskProblemMessage as problemMessage } from './desk-problems';

interface ActionModalProps<V> {
  open: boolean;
  title: string;
  /** The button that sends it ("Trả lại báo cáo"). */
  submitText: string;
  /** Set for what cannot be undone: a second step asks to confirm, saying this. */
  confirmText?: (values: V) => string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: V) => void;
  onClose: () => void;
  children?: (form: FormInstance<V>) => ReactNode;
}

/**
 * A decision on the assignment: its fields, an optional confirmation for what cannot be undone, progress while the
 * workflow answers, and its refusal in Vietnamese.
 */
export const ActionModal = <V extends object>({
  open,
  title,
  submitText,
  confirmText,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: ActionModalProps<V>) => {
  const [form] = Form.useForm<V>();
  const [confirming, setConfirming] = useState<V | null>(null);
  const close = () => {
    setConfirming(null);
    form.resetFields();
    onClose();
  };
  const proceed = (values: V) => (confirmText ? setConfirming(values) : onSubmit(values));
  return (
    <Dialog open={open} title={title} onCancel={close} footer={null} destroyOnHidden maskClosable={!pending}>
      {confirming && confirmText ? (
        <Flex vertical gap="middle">
          <Alert
            type="warning"
            showIcon
            title={confirmText(confirming)}
            description="Thao tác này không thể hoàn tác."
          />
          {error ? <Alert type="error" showIcon role="alert" title={problemMessage(error)} /> : null}
          <Flex gap="small" justify="end" wrap>
            <Button onClick={() => setConfirming(null)} disabled={pending}>
              Quay lại
            </Button>
            <Button type="primary" loading={pending} onClick={() => onSubmit(confirming)}>
              {pending ? 'Đang xử lý…' : `Xác nhận ${submitText.toLowerCase()}`}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Form<V> form={form} layout="vertical" onFinish={proceed} requiredMark="optional">
          {children?.(form)}
          {error ? (
            <Alert type="error" showIcon role="alert" className="desk-gap" title={problemMessage(error)} />
          ) : null}
          <Flex gap="small" justify="end" wrap>
            <Button onClick={close} disabled={pending}>
              Hủy
            </Button>
            <Button type="primary" htmlType="submit" loading={pending}>
              {pending ? 'Đang xử lý…' : submitText}
            </Button>
          </Flex>
        </Form>
      )}
    </Dialog>
  );
};
