import { Typography } from 'antd';
import { daysLeftText } from '../lib/dates';

/** "Còn 5 ngày", "Hôm nay là hạn" or "Quá hạn 3 ngày", coloured by urgency. */
export const DeadlineText = ({ daysLeft }: { daysLeft: number | null }) => {
  if (daysLeft === null) return null;
  const type = daysLeft < 0 ? 'danger' : daysLeft <= 3 ? 'warning' : 'secondary';
  return (
    <Typography.Text type={type} strong={daysLeft <= 3}>
      {daysLeftText(daysLeft)}
    </Typography.Text>
  );
};
