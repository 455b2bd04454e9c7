import { Skeleton } from 'antd';

export const LoadingState = ({ label = 'Đang tải…' }: { label?: string }) => (
  <div role="status" aria-live="polite" aria-busy="true">
    <span className="visually-hidden">{label}</span>
    <Skeleton active paragraph={{ rows: 6 }} />
  </div>
);
