import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { useSession } from '../../lib/session';
import { SessionActions } from '../auth';
import { ConsoleMenu } from './console-menu';

/**
 * The coordination office's working frame: the sections on the left on a desk screen, behind a menu button on a
 * phone, and the page as wide as the screen allows.
 */
export const ConsoleLayout = () => {
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const wide = screens.lg !== false;
  if (!session.data) return null;
  const menu = <ConsoleMenu session={session.data} onNavigate={() => setOpen(false)} />;
  return (
    <Layout className="app-layout console-layout">
      <header className="app-header">
        <div className="app-header-inner console-header-inner">
          {wide ? null : (
            <Button icon={<MenuOutlined aria-hidden />} aria-label="Mở danh mục" onClick={() => setOpen(true)} />
          )}
          <Link to="/ke-hoach" className="app-brand">
            <Typography.Text strong className="app-brand-name">
              dondoc
            </Typography.Text>
            <span className="app-brand-tagline"> — Cơ quan thường trực</span>
          </Link>
          <div className="app-header-actions">
            <SessionActions />
          </div>
        </div>
      </header>
      <Layout>
        {wide ? (
          <Layout.Sider width={220} theme="light" className="console-sider">
            <nav aria-label="Danh mục">{menu}</nav>
          </Layout.Sider>
        ) : (
          <Drawer title="Danh mục" placement="left" open={open} onClose={() => setOpen(false)} size={280}>
            <nav aria-label="Danh mục">{menu}</nav>
          </Drawer>
        )}
        {/* Ant Design's Content is the page's <main>. */}
        <Layout.Content className="console-main" id="noi-dung">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
