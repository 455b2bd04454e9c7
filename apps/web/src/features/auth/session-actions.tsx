import { LogoutOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useSession } from '../../lib/session';
import { useLogout } from './api';

/** Who is signed in and a way out, shown in the page header whenever there is a session. */
export const SessionActions = () => {
  const session = useSession();
  const logout = useLogout();
  if (!session.data) return null;
  const who = session.data.agencyName ?? session.data.email;
  return (
    <>
      {who ? (
        <Typography.Text type="secondary" className="session-who">
          {who}
        </Typography.Text>
      ) : null}
      <Button icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={() => logout.mutate()}>
        Đăng xuất
      </Button>
    </>
  );
};
