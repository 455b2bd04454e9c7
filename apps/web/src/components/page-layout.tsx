import { Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface PageLayoutProps {
  actions?: ReactNode;
  children: ReactNode;
}

export const PageLayout = ({ actions, children }: PageLayoutProps) => (
  <Layout className="app-layout">
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="app-brand">
          <Typography.Text strong className="app-brand-name">
            dondoc
          </Typography.Text>
          <span className="app-brand-tagline"> — Theo dõi, đôn đốc thực hiện kế hoạch PBGDPL</span>
        </Link>
        {actions ? <div className="app-header-actions">{actions}</div> : null}
      </div>
    </header>
    <main className="app-main" id="noi-dung">
      {children}
    </main>
  </Layout>
);
