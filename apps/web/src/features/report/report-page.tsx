import { Alert, Flex } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { SubmissionResponse } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useReportView } from './api';
import { CalendarFeed } from './calendar-feed';
import { CoordinatingInputs } from './coordinating-inputs';
import { ReportForm } from './report-form';
import { ReportHistory } from './report-history';
import { ReportStatusNotice } from './report-status-notice';
import { ReportSummary } from './report-summary';

const SentConfirmation = ({ sent }: { sent: SubmissionResponse }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  return (
    <div ref={ref}>
      <Alert
        type="success"
        showIcon
        title="Đã gửi báo cáo. dondoc đã gửi thư xác nhận tới địa chỉ thư điện tử của cơ quan."
        description={`Báo cáo lần ${sent.version} đã được ghi nhận và đang chờ cơ quan theo dõi xem xét.`}
      />
    </div>
  );
};

export const ReportPage = () => {
  const { assignmentId = '' } = useParams();
  const view = useReportView(assignmentId);
  const [sent, setSent] = useState<SubmissionResponse | null>(null);
  useDocumentTitle(view.data ? `Báo cáo nhiệm vụ ${view.data.task.code}` : 'Báo cáo nhiệm vụ');

  if (view.isPending) return <LoadingState />;
  if (view.isError) {
    return (
      <ErrorState error={view.error} onRetry={() => void view.refetch()} notFoundTitle="Không tìm thấy nhiệm vụ" />
    );
  }
  const data = view.data;
  return (
    <Flex vertical gap="large">
      <ReportSummary view={data} />
      {sent ? <SentConfirmation sent={sent} /> : null}
      <ReportStatusNotice view={data} justSent={sent !== null} />
      {data.assignment.canSubmit ? (
        <ReportForm view={data} onSent={setSent} onStale={() => void view.refetch()} />
      ) : null}
      <CoordinatingInputs inputs={data.inputs} />
      <ReportHistory history={data.history} />
      <CalendarFeed url={data.calendarFeedUrl} />
    </Flex>
  );
};
