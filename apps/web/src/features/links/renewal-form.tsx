import { Alert, Button, Form, Input } from 'antd';
import { isApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';
import { useRequestRenewal } from './api';

const tooManyRequests = 'Bạn đã yêu cầu quá nhiều lần, vui lòng thử lại sau ít phút.';

export const RenewalForm = ({ token }: { token: string | undefined }) => {
  const renewal = useRequestRenewal();

  if (renewal.isSuccess) {
    return <Alert type="success" showIcon title={renewal.data.message} />;
  }
  const error = renewal.error;
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      disabled={renewal.isPending}
      onFinish={({ email }: { email: string }) => renewal.mutate({ token, email: email.trim() })}
    >
      <Form.Item
        name="email"
        label="Địa chỉ thư điện tử của cơ quan"
        extra="Nhập địa chỉ thư điện tử của cơ quan đã đăng ký với dondoc (địa chỉ nhận thư đôn đốc)."
        rules={[
          { required: true, message: 'Vui lòng nhập địa chỉ thư điện tử.' },
          { type: 'email', message: 'Địa chỉ thư điện tử chưa đúng (ví dụ: stp@laichau.gov.vn).' },
        ]}
      >
        <Input type="email" autoComplete="email" inputMode="email" />
      </Form.Item>
      {error ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={isApiProblem(error) && error.status === 429 ? tooManyRequests : problemMessage(error)}
        />
      ) : null}
      <Button type="primary" htmlType="submit" size="large" loading={renewal.isPending}>
        Gửi cho tôi liên kết mới
      </Button>
    </Form>
  );
};
