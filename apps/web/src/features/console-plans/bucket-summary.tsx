import { Flex, Typography } from 'antd';
import { useId } from 'react';
import type { BucketTally } from '../../api/types';
import { type Bucket, TRACKED_BUCKETS, bucketLabels, formatPercent } from './labels';

const Tile = ({ bucket, tally }: { bucket: Bucket; tally: BucketTally }) => {
  const id = useId();
  const { count, percent } = tally.buckets[bucket];
  return (
    <li aria-labelledby={id} className={`bucket-tile bucket-${bucket}`}>
      <span id={id} className="bucket-label">
        {bucketLabels[bucket]}
      </span>
      <strong className="bucket-count">{count}</strong>
      <span className="bucket-percent">{formatPercent(percent)}</span>
    </li>
  );
};

/** The four buckets with counts and percentages, and what is counted apart. */
export const BucketSummary = ({ tally, label }: { tally: BucketTally; label: string }) => (
  <Flex vertical gap="small">
    <Typography.Text strong>{`Số nhiệm vụ được tính: ${tally.counted}`}</Typography.Text>
    <ul className="bucket-tiles" aria-label={label}>
      {TRACKED_BUCKETS.map((bucket) => (
        <Tile key={bucket} bucket={bucket} tally={tally} />
      ))}
    </ul>
    <ul className="plain-list compact bucket-extras">
      <li>
        Chờ xem xét báo cáo: <strong>{tally.awaitingReview}</strong>
      </li>
      <li>
        Quá hạn lâu nhất: <strong>{tally.overdueDays.max.calendar}</strong> ngày ({tally.overdueDays.max.working} ngày
        làm việc)
      </li>
      <li>
        Tính riêng — {bucketLabels.waived.toLowerCase()}: <strong>{tally.buckets.waived.count}</strong>;{' '}
        {bucketLabels.cancelled.toLowerCase()}: <strong>{tally.buckets.cancelled.count}</strong>
      </li>
    </ul>
  </Flex>
);
