import { Button, Form, message } from 'antd';
import { Dialog } from '../../components/dialog';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useState } from 'react';
import type { User } from '../../api/types';
import { api } from '../../lib/api';
import { problemMessage } from '../../lib/problems';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** An admin sets a new password for someone who lost theirs; that person's sessions end with it. */
export const PasswordResetButton = ({ user }: { user: User }) => {
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<ResetValues>();
  const [notice, notices] = message.useMessage();

  const submit = async ({ newPassword }: ResetValues) => {
    setSending(true);
    try {
      await api.post<void>(`/api/users/${user.id}/password-reset`, { newPassword });
      setOpen(false);
      form.resetFields();
      void notice.success(`Đã đặt lại mật khẩu cho ${user.email}; các phiên đăng nhập của người này đã kết thúc.`);
    } catch (error) {
      form.setFields([{ name: 'newPassword', errors: [problemMessage(error)] }]);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      {notices}
      <Button size="small" onClick={() => setOpen(true)} aria-label={`Đặt lại mật khẩu ${user.email}`}>
        Đặt lại mật khẩu
      </Button>
      <Dialog
        title={`Đặt lại mật khẩu cho ${user.email}`}
        open={open}
        okText="Đặt lại"
        cancelText="Hủy"
        confirmLoading={sending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <NewPasswordFields />
        </Form>
      </Dialog>
    </>
  );
};
