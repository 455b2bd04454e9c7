import { Alert, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { MIN_PASSWORD_LENGTH, NewPasswordFields } from '../../components/new-password-fields';
import { isApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';
import { ROLE_LABELS } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useChangePassword } from './api';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELD_MESSAGES: Partial<Record<keyof PasswordValues, string>> = {
  currentPassword: 'Mật khẩu hiện tại không đúng.',
  newPassword: `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự và khác mật khẩu hiện tại.`,
};

/** Who is signed in, and changing one's own password (the other sessions end with it). */
export const AccountPage = () => {
  useDocumentTitle('Tài khoản');
  const session = useSession();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: PasswordValues) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!isApiProblem(error) || error.status !== 400) return;
          form.setFields(
            error.errors.flatMap(({ field }) => {
              const message = FIELD_MESSAGES[field as keyof PasswordValues];
              return message ? [{ name: field as keyof PasswordValues, errors: [message] }] : [];
            }),
          );
        },
      },
    );

  const who = session.data;
  const unexplained = change.isError && !(isApiProblem(change.error) && change.error.status === 400);
  return (
    <Flex vertical gap="large" className="narrow-column">
      <Card>
        <Typography.Title level={1} className="page-title">
          Tài khoản
        </Typography.Title>
        {who ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'email', label: 'Thư điện tử', children: who.email },
              { key: 'role', label: 'Vai trò', children: ROLE_LABELS[who.role] },
              ...(who.agencyName ? [{ key: 'agency', label: 'Cơ quan', children: who.agencyName }] : []),
            ]}
          />
        ) : null}
      </Card>
      <Card title={<Typography.Title level={2}>Đổi mật khẩu</Typography.Title>}>
        <Typography.Paragraph type="secondary">
          Sau khi đổi, các phiên đăng nhập khác của tài khoản (trên máy khác, ứng dụng khác) sẽ kết thúc.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label="Mật khẩu hiện tại"
            rules={[{ required: true, message: 'Hãy nhập mật khẩu hiện tại.' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordFields />
          {change.isSuccess ? (
            <Alert
              type="success"
              showIcon
              className="form-alert"
              title="Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc."
            />
          ) : null}
          {unexplained ? (
            <Alert type="error" showIcon className="form-alert" title={problemMessage(change.error)} />
          ) : null}
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            Đổi mật khẩu
          </Button>
        </Form>
      </Card>
    </Flex>
  );
};
