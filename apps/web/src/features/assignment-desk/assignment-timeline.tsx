import { Alert, Card, Timeline, Typography } from 'antd';
import type { TimelineProps } from 'antd';
import type { AssignmentTimeline as Timelined, TimelineEmail, TimelineEvent } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { ToneTag } from '../../components/tone-tag';
import { formatDate, formatInstant } from '../../lib/dates';
import { useTimeline } from './api';
import { actionColors, actionLabels, emailStatusLabels, noteLabels, stepText } from './labels';

const Emails = ({ emails }: { emails: readonly TimelineEmail[] }) => {
  if (emails.length === 0) return <Typography.Text type="secondary">Chưa có thư nào được ghi nhận.</Typography.Text>;
  return (
    <ul className="desk-emails" aria-label="Thư đã gửi">
      {emails.map((email, index) => {
        const status = emailStatusLabels[email.status];
        return (
          <li key={index}>
            <ToneTag tone={status.tone}>{status.label}</ToneTag>
            <span className="desk-break">{email.recipients.join(', ')}</span>
            {email.sentAt ? (
              <Typography.Text type="secondary"> lúc {formatInstant(email.sentAt)}</Typography.Text>
            ) : null}
            {email.refusedRecipients.length > 0 && email.status !== 'refused' ? (
              <Typography.Text type="danger"> (bị từ chối: {email.refusedRecipients.join(', ')})</Typography.Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
};

const noteText = (event: TimelineEvent): string | null => {
  if (!event.note) return null;
  return event.action === 'reminded' || event.action === 'escalated' || event.action === 'submitted'
    ? stepText(event.note)
    : event.note;
};

const EventContent = ({ event }: { event: TimelineEvent }) => {
  const note = noteText(event);
  const isNotice = event.action === 'reminded' || event.action === 'escalated';
  return (
    <div className="timeline-entry">
      <Typography.Text type="secondary" className="timeline-when">
        {formatInstant(event.at)}
      </Typography.Text>
      <Typography.Text strong>{actionLabels[event.action]}</Typography.Text>
      <div>
        <Typography.Text type="secondary">Người thực hiện: </Typography.Text>
        <span className="desk-break">{event.actor}</span>
      </div>
      {event.action === 'reassigned' || event.action === 'opened' ? (
        <div>
          <Typography.Text type="secondary">Cơ quan: </Typography.Text>
          {event.agencyName}
        </div>
      ) : null}
      <div>
        <Typography.Text type="secondary">Hạn báo cáo: </Typography.Text>
        {formatDate(event.dueDate)}
      </div>
      {note ? (
        <Typography.Paragraph className="pre-wrap desk-note">
          <Typography.Text type="secondary">{noteLabels[event.action] ?? 'Ghi chú'}: </Typography.Text>
          {note}
        </Typography.Paragraph>
      ) : null}
      {isNotice ? <Emails emails={event.emails} /> : null}
    </div>
  );
};

const TimelineBody = ({ timeline }: { timeline: Timelined }) => {
  const items: TimelineProps['items'] = timeline.events.map((event) => ({
    key: event.id,
    color: actionColors[event.action],
    content: <EventContent event={event} />,
  }));
  return (
    <>
      {timeline.truncated ? (
        <Alert
          type="info"
          showIcon
          className="desk-gap"
          title={`Hiển thị ${timeline.events.length} trong ${timeline.total} sự kiện: sự kiện đầu tiên và các sự kiện gần nhất.`}
        />
      ) : null}
      {items.length === 0 ? (
        <Typography.Text type="secondary">Chưa có sự kiện nào.</Typography.Text>
      ) : (
        <Timeline items={items} />
      )}
    </>
  );
};

/** Everything that happened to the assignment, oldest first, with who did it. */
export const AssignmentTimeline = ({ assignmentId }: { assignmentId: string }) => {
  const timeline = useTimeline(assignmentId);
  return (
    <Card title={<h2 className="card-heading">Diễn biến</h2>}>
      {timeline.isPending ? <LoadingState /> : null}
      {timeline.isError ? <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
      {timeline.isSuccess ? <TimelineBody timeline={timeline.data} /> : null}
    </Card>
  );
};
