import { Empty } from 'antd';
import type { ReactNode } from 'react';

export const EmptyState = ({ description, children }: { description: ReactNode; children?: ReactNode }) => (
  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
    {children}
  </Empty>
);
