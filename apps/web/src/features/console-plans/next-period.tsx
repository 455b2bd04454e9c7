import { Alert } from 'antd';
import { formatDate, periodInSentence } from '../../lib/dates';
import { usePlanProgress } from './api';

/** What a plan with nothing open is waiting for: the next period to open. */
export const NextPeriodNotice = ({ planId }: { planId: string }) => {
  const progress = usePlanProgress(planId);
  const next = progress.data?.nextPeriod;
  if (!next) return null;
  return (
    <Alert
      type="info"
      showIcon
      message="Chưa có nhiệm vụ nào đang mở"
      description={`Kỳ tiếp theo: nhiệm vụ ${next.taskCode}, ${periodInSentence(next.period)}, mở ngày ${formatDate(next.opens)}, hạn báo cáo ${formatDate(next.due)}.`}
    />
  );
};
