import { Alert, Button, Card, Form, Input, Progress, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import type { ReportView, SubmissionResponse } from '../../api/types';
import { AttachmentsField, filesOf } from '../../components/attachments-field';
import { isApiProblem } from '../../lib/api-problem';
import { showFieldErrors } from '../../lib/form-errors';
import { messageForCode, problemMessage } from '../../lib/problems';
import { useSubmitReport } from './api';

interface ReportFormValues {
  reportText?: string;
  attachments?: UploadFile[];
}

interface ReportFormProps {
  view: ReportView;
  onSent: (response: SubmissionResponse) => void;
  onStale: () => void;
}

const fields = ['reportText', 'attachments'] as const;

/** A report needs a text or at least one file (the workflow refuses an empty one with EmptyReport). */
const notEmpty = (text: string | undefined, attachments: UploadFile[] | undefined): Promise<void> =>
  text?.trim() || filesOf(attachments).length > 0
    ? Promise.resolve()
    : Promise.reject(new Error(messageForCode('EmptyReport')));

export const ReportForm = ({ view, onSent, onStale }: ReportFormProps) => {
  const [form] = Form.useForm<ReportFormValues>();
  const submit = useSubmitReport(view.assignment.id, onSent);
  const [refusal, setRefusal] = useState<unknown>(null);
  const { limits } = view;
  const resubmission = view.assignment.status === 'returned';

  const onFinish = ({ reportText = '', attachments }: ReportFormValues) => {
    const files = filesOf(attachments);
    setRefusal(null);
    submit.mutate(
      { reportText, files },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (
            !showFieldErrors(
              form,
              error,
              fields,
              files.map((f) => f.name),
            )
          )
            setRefusal(error);
        },
      },
    );
  };

  return (
    <Card title={<h2 className="card-heading">{resubmission ? 'Gửi lại báo cáo' : 'Gửi báo cáo kết quả'}</h2>}>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={submit.isPending} requiredMark={false}>
        <Form.Item
          name="reportText"
          label="Nội dung báo cáo kết quả"
          extra="Nêu kết quả thực hiện, số liệu cụ thể, khó khăn, vướng mắc và đề xuất (nếu có)."
          dependencies={['attachments']}
          rules={[
            {
              validator: (_, text?: string) =>
                notEmpty(text, form.getFieldValue('attachments') as UploadFile[] | undefined),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 18 }} maxLength={limits.maxTextLength} showCount />
        </Form.Item>
        <AttachmentsField limits={limits} />
        {submit.isPending && submit.progress !== null ? (
          <Progress percent={submit.progress} status="active" aria-label="Tiến độ gửi báo cáo" />
        ) : null}
        {refusal ? (
          <Alert
            type="error"
            showIcon
            className="form-alert"
            title="Chưa gửi được báo cáo"
            description={problemMessage(refusal)}
            action={
              isApiProblem(refusal) && refusal.status === 409 ? (
                <Button size="small" onClick={onStale}>
                  Tải lại
                </Button>
              ) : undefined
            }
          />
        ) : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
            Gửi báo cáo
          </Button>
        </Form.Item>
        <Typography.Text type="secondary">
          Sau khi gửi, dondoc gửi thư xác nhận tới địa chỉ thư điện tử của cơ quan.
        </Typography.Text>
      </Form>
    </Card>
  );
};
