import { PaperClipOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { Attachment } from '../api/types';
import { formatBytes } from '../lib/files';

export const AttachmentList = ({ attachments }: { attachments: readonly Attachment[] }) => {
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list" aria-label="Tệp kèm theo">
      {attachments.map((file) => (
        <li key={file.url}>
          <PaperClipOutlined aria-hidden />{' '}
          <Typography.Link href={file.url} download={file.filename}>
            {file.filename}
          </Typography.Link>{' '}
          <Typography.Text type="secondary">({formatBytes(file.size)})</Typography.Text>
        </li>
      ))}
    </ul>
  );
};
