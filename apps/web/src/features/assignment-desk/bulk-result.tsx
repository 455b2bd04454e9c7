import { Alert, Typography } from 'antd';
import { deskCodeMessage as messageForCode } from './desk-problems';

interface Failure {
  assignmentId: string;
  reason: string;
  code?: string;
}

/** What a bulk action did: how many it changed, and each one it could not, with why. */
export const BulkResult = ({ done, failed }: { done: string; failed: readonly Failure[] }) => (
  <div role="status">
    <Alert type={failed.length === 0 ? 'success' : 'warning'} showIcon title={done} />
    {failed.length > 0 ? (
      <>
        <Typography.Paragraph strong className="desk-gap">
          Không thực hiện được {failed.length} nhiệm vụ:
        </Typography.Paragraph>
        <ul className="desk-failures">
          {failed.map((failure) => (
            <li key={failure.assignmentId}>
              <a href={`/nhiem-vu/${failure.assignmentId}`}>Nhiệm vụ {failure.assignmentId.slice(0, 8)}</a>:{' '}
              {messageForCode(failure.code) ?? failure.reason}
            </li>
          ))}
        </ul>
      </>
    ) : null}
  </div>
);
