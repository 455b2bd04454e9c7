import { Alert, Button, Form, Input, Progress, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import type { Finding, Rating } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { AttachmentsField, filesOf } from '../../components/attachments-field';
import { NativeSelect } from '../../components/native-select';
import { formatInstant } from '../../lib/dates';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';
import { useSaveFinding } from './api';
import { ratingOptions } from './labels';

interface FindingValues {
  finding: string;
  rating: Rating;
  recommendation?: string;
  attachments?: UploadFile[];
}

interface FindingsFormProps {
  inspectionId: string;
  agencyId: string;
  finding: Finding | null;
}

const fields = ['finding', 'rating', 'recommendation', 'attachments'] as const;

export const FindingsForm = ({ inspectionId, agencyId, finding }: FindingsFormProps) => {
  const [form] = Form.useForm<FindingValues>();
  const save = useSaveFinding(inspectionId, agencyId);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const onFinish = ({ finding: text, rating, recommendation = '', attachments }: FindingValues) => {
    const files = filesOf(attachments);
    setRefusal(null);
    setSavedAt(null);
    save.mutate(
      { finding: text, rating, recommendation, files },
      {
        onSuccess: (saved) => {
          form.setFieldValue('attachments', []);
          setSavedAt(saved.updatedAt);
        },
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
    <Form
      form={form}
      name={`ket-qua-${agencyId}`}
      layout="vertical"
      requiredMark={false}
      disabled={save.isPending}
      onFinish={onFinish}
      initialValues={{
        finding: finding?.finding ?? '',
        rating: finding?.rating,
        recommendation: finding?.recommendation ?? '',
      }}
    >
      <Form.Item
        name="finding"
        label="Kết quả kiểm tra"
        extra="Nhận xét, đánh giá việc thực hiện các nhiệm vụ của cơ quan."
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nhận xét, đánh giá.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
      </Form.Item>
      <Form.Item name="rating" label="Xếp loại" rules={[{ required: true, message: 'Vui lòng chọn xếp loại.' }]}>
        <NativeSelect options={ratingOptions} placeholder="Chọn xếp loại" disabled={save.isPending} />
      </Form.Item>
      <Form.Item name="recommendation" label="Kiến nghị">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      {finding && finding.attachments.length > 0 ? (
        <div className="saved-files">
          <Typography.Text>Tệp đã lưu:</Typography.Text>
          <AttachmentList attachments={finding.attachments} />
        </div>
      ) : null}
      <AttachmentsField />
      {save.isPending && save.progress !== null ? (
        <Progress percent={save.progress} status="active" aria-label="Tiến độ lưu kết quả" />
      ) : null}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title="Chưa lưu được"
          description={problemMessage(refusal)}
        />
      ) : null}
      {savedAt ? (
        <Alert type="success" showIcon className="form-alert" title={`Đã lưu kết quả lúc ${formatInstant(savedAt)}.`} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        Lưu kết quả
      </Button>
    </Form>
  );
};
