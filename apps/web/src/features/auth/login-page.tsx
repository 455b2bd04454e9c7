import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiProblem } from '../../lib/api-problem';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLogin } from './api';
import { safeNext } from './safe-next';

interface LoginValues {
  email: string;
  password: string;
}

const loginError = (error: unknown): string | null => {
  if (!isApiProblem(error)) return problemMessage(error);
  if (error.status === 400 && error.errors.length > 0) return null;
  return error.status === 401 || error.status === 400 ? 'Thư điện tử hoặc mật khẩu không đúng.' : problemMessage(error);
};

export const LoginPage = () => {
  useDocumentTitle('Đăng nhập');
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();

  const onFinish = (values: LoginValues) =>
    login.mutate(values, {
      onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
      onError: (error) => showFieldErrors(form, error, ['email', 'password']),
    });

  return (
    <Card className="narrow-card">
      <Typography.Title level={1} className="page-title">
        Đăng nhập
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Dành cho cán bộ có tài khoản dondoc. Cơ quan nhận thư đôn đốc có thể mở trực tiếp liên kết trong thư, không cần
        đăng nhập.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={login.isPending} requiredMark={false}>
        <Form.Item name="email" label="Thư điện tử" rules={[{ required: true, type: 'email' }]}>
          <Input type="email" autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label="Mật khẩu" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {login.isError && loginError(login.error) ? (
          <Alert type="error" showIcon className="form-alert" title={loginError(login.error)} />
        ) : null}
        <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
          Đăng nhập
        </Button>
      </Form>
    </Card>
  );
};
