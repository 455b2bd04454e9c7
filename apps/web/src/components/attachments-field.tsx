import { InboxOutlined } from '@ant-design/icons';
import { Form, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { UploadLimits } from '../api/types';
import { fileProblems, limitsText } from '../lib/files';
import { DropHint } from './drop-hint';

interface AttachmentsFieldProps {
  name?: string;
  limits?: UploadLimits;
  disabled?: boolean;
}

/** The files the user chose, in the order they appear in the list. */
export const filesOf = (fileList: readonly UploadFile[] | undefined): File[] =>
  (fileList ?? []).flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));

const normalize = (event: { fileList: UploadFile[] } | UploadFile[]): UploadFile[] =>
  Array.isArray(event) ? event : event.fileList;

/** Files are kept in the browser (beforeUpload returns false) and sent with the form. */
export const AttachmentsField = ({ name = 'attachments', limits, disabled }: AttachmentsFieldProps) => (
  <Form.Item
    name={name}
    label="Tệp đính kèm"
    valuePropName="fileList"
    getValueFromEvent={normalize}
    rules={[
      {
        validator: (_, value: UploadFile[] | undefined) => {
          const problems = limits ? fileProblems(filesOf(value), limits) : [];
          return problems.length === 0 ? Promise.resolve() : Promise.reject(new Error(problems.join(' ')));
        },
      },
    ]}
  >
    <Upload.Dragger
      multiple
      disabled={disabled}
      beforeUpload={() => false}
      accept={limits?.accept.join(',')}
      showUploadList={{ showRemoveIcon: true }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <DropHint photos={limits?.accept.some((type) => /^(?:image\/|\.(?:jpe?g|png)$)/i.test(type)) ?? false} />
      {limits ? <p className="ant-upload-hint">{limitsText(limits)}</p> : null}
    </Upload.Dragger>
  </Form.Item>
);
