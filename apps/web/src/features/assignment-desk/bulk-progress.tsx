import { Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';

/**
 * While a bulk action runs: what it is doing to how many, and the seconds it has taken, so nobody takes the wait
 * for a frozen page. The API answers once for the whole batch, hence no per-item percentage.
 */
export const BulkProgress = ({ doing }: { doing: string }) => {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((elapsed) => elapsed + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div role="status" className="desk-gap">
      <Typography.Text strong>{doing}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {seconds > 0 ? `(đã ${seconds} giây; mỗi nhiệm vụ được gửi tới quy trình của nó, vui lòng chờ)` : ''}
      </Typography.Text>
      <Progress percent={100} status="active" showInfo={false} size="small" aria-hidden="true" />
    </div>
  );
};
