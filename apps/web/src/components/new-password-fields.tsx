import { Form, Input } from 'antd';

/** Mirrors the API's MIN_PASSWORD_LENGTH (@dondoc/auth password-policy), checked before the request too. */
export const MIN_PASSWORD_LENGTH = 12;

/** The API also refuses passwords on its list of common and breached ones, which the browser does not carry. */
export const NEW_PASSWORD_RULE = `Ít nhất ${MIN_PASSWORD_LENGTH} ký tự; không dùng mật khẩu phổ biến hoặc đã bị lộ.`;

/** A new password and its confirmation, in a form whose fields are `newPassword` and `confirmPassword`. */
export const NewPasswordFields = () => (
  <>
    <Form.Item
      name="newPassword"
      label="Mật khẩu mới"
      extra={NEW_PASSWORD_RULE}
      rules={[
        { required: true, message: 'Hãy nhập mật khẩu mới.' },
        { min: MIN_PASSWORD_LENGTH, message: `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
    <Form.Item
      name="confirmPassword"
      label="Nhập lại mật khẩu mới"
      dependencies={['newPassword']}
      rules={[
        { required: true, message: 'Hãy nhập lại mật khẩu mới.' },
        ({ getFieldValue }) => ({
          validator: (_rule, value) =>
            !value || value === getFieldValue('newPassword')
              ? Promise.resolve()
              : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp.')),
        }),
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  </>
);
