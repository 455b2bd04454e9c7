import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { Dialog } from '../../components/dialog';
import { useState } from 'react';
import { deskProblemMessage as problemMessage } from './desk-problems';
import { AgencySearch } from './agency-search';
import { useMergeAgency, useMergePreview } from './api';
import { BulkProgress } from './bulk-progress';
import { BulkResult } from './bulk-result';

interface MergeAgencyProps {
  agencyId: string;
  agencyName: string;
  assignmentId: string;
}

/** A merger: every open assignment of the agency goes to its successor; the count first, then what was done. */
export const MergeAgency = (props: MergeAgencyProps) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" className="desk-link-button" onClick={() => setOpen(true)}>
        Chuyển toàn bộ nhiệm vụ đang mở của cơ quan sang…
      </Button>
      {open ? <MergeModal {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

const MergeModal = ({ agencyId, agencyName, assignmentId, onClose }: MergeAgencyProps & { onClose: () => void }) => {
  const [successorId, setSuccessorId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const preview = useMergePreview(agencyId, successorId);
  const merge = useMergeAgency(agencyId, assignmentId);
  const result = merge.data;
  const count = preview.data?.count ?? 0;
  return (
    <Dialog open title="Chuyển nhiệm vụ khi sáp nhập cơ quan" onCancel={onClose} footer={null} width={640}>
      <Typography.Paragraph>
        Toàn bộ nhiệm vụ đang mở của <strong>{agencyName}</strong> sẽ được giao cho cơ quan tiếp nhận; {agencyName} được
        ghi nhận là đã sáp nhập và không nhận nhiệm vụ mới.
      </Typography.Paragraph>
      <Form layout="vertical" disabled={merge.isPending || !!result}>
        <Form.Item label="Cơ quan tiếp nhận" htmlFor="merge-successor" required>
          <AgencySearch id="merge-successor" value={successorId} onChange={setSuccessorId} exclude={[agencyId]} />
        </Form.Item>
        <Form.Item label="Lý do (không bắt buộc)" htmlFor="merge-reason">
          <Input.TextArea
            id="merge-reason"
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      {preview.isFetching && !preview.data ? <Typography.Text role="status">Đang đếm nhiệm vụ…</Typography.Text> : null}
      {preview.error ? <Alert type="error" showIcon role="alert" title={problemMessage(preview.error)} /> : null}
      {preview.data && !result ? (
        <Alert
          type="info"
          showIcon
          title={`Sẽ chuyển ${count} nhiệm vụ đang mở.`}
          description={[
            `${preview.data.toMove} nhiệm vụ giao cho cơ quan tiếp nhận`,
            `${preview.data.toMerge} nhiệm vụ hợp nhất vào nhiệm vụ cơ quan tiếp nhận đã có (được miễn)`,
            ...(preview.data.awaitingReview > 0
              ? [`${preview.data.awaitingReview} nhiệm vụ có báo cáo chờ xem xét sẽ giữ nguyên đến khi xem xét`]
              : []),
          ].join('; ')}
        />
      ) : null}
      {merge.error ? (
        <Alert type="error" showIcon role="alert" className="desk-gap" title={problemMessage(merge.error)} />
      ) : null}
      {result ? (
        <BulkResult
          done={`Đã chuyển ${result.moved} nhiệm vụ và hợp nhất ${result.merged} nhiệm vụ.`}
          failed={result.failed}
        />
      ) : null}
      <Flex gap="small" justify="end" wrap className="desk-gap">
        <Button onClick={onClose} disabled={merge.isPending}>
          {result ? 'Đóng' : 'Hủy'}
        </Button>
        {preview.data && successorId && !result ? (
          <Button
            type="primary"
            loading={merge.isPending}
            onClick={() => merge.mutate({ successorId, ...(reason.trim() ? { reason: reason.trim() } : {}) })}
          >
            {merge.isPending ? 'Đang chuyển…' : `Chuyển ${count} nhiệm vụ và ghi nhận sáp nhập`}
          </Button>
        ) : null}
      </Flex>
      {merge.isPending ? <BulkProgress doing={`Đang chuyển ${count} nhiệm vụ sang cơ quan tiếp nhận…`} /> : null}
    </Dialog>
  );
};
