import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography, Upload } from 'antd';
import { Dialog } from '../../components/dialog';
import type { TableProps } from 'antd';
import { DirectoryTable } from './directory-table';
import { useState } from 'react';
import type { DirectoryImportResult, RejectedRow } from '../../api/types';
import { problemMessage } from '../../lib/problems';
import { useDirectoryChange } from './api';
import { UnreadableFile, importDirectoryFile } from './import-file';

const rejectedColumns: TableProps<RejectedRow>['columns'] = [
  { title: 'Dòng', dataIndex: 'row', width: 70 },
  { title: 'Loại', dataIndex: 'entry', width: 90, render: (entry: RejectedRow['entry']) => entryLabel[entry] },
  { title: 'Mã', dataIndex: 'code', render: (code?: string) => code ?? '—' },
  { title: 'Lý do', dataIndex: 'reason' },
];

const entryLabel: Record<RejectedRow['entry'], string> = { agency: 'Cơ quan', group: 'Nhóm' };

const ImportSummary = ({ result }: { result: DirectoryImportResult }) => (
  <Flex vertical gap="small">
    <Alert
      type={result.rejected.length > 0 ? 'warning' : 'success'}
      showIcon
      title={`Đã nhập: ${result.created} mới, ${result.updated} cập nhật, ${result.unchanged} không đổi; ${result.rejected.length} dòng bị từ chối.`}
      description={`Cơ quan: ${result.agencies.created} mới, ${result.agencies.updated} cập nhật. Nhóm: ${result.groups.created} mới, ${result.groups.updated} cập nhật.`}
    />
    {result.rejected.length > 0 ? (
      <>
        <Typography.Title level={2} className="card-heading">
          Các dòng bị từ chối
        </Typography.Title>
        <DirectoryTable<RejectedRow>
          label="Các dòng bị từ chối"
          size="small"
          rowKey={(row) => `${row.entry}-${row.row}`}
          columns={rejectedColumns}
          dataSource={result.rejected}
          pagination={false}
        />
      </>
    ) : null}
  </Flex>
);

/** Imports a directory file (CSV for one province, or JSON) and shows what was written and what was refused. */
export const AgencyImportModal = ({ onClose }: { onClose: () => void }) => {
  const [file, setFile] = useState<File | null>(null);
  const [province, setProvince] = useState('');
  const isCsv = file !== null && !file.name.toLowerCase().endsWith('.json');
  const run = useDirectoryChange(['agencies', 'agency-groups'], () =>
    importDirectoryFile(file as File, province.trim()),
  );
  const error = run.error instanceof UnreadableFile ? run.error.message : run.error ? problemMessage(run.error) : null;
  const detail = run.error && !(run.error instanceof UnreadableFile) ? run.error.message : null;
  return (
    <Dialog
      open
      title="Nhập danh bạ cơ quan từ tệp"
      onCancel={onClose}
      width={760}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button
          key="import"
          type="primary"
          loading={run.isPending}
          disabled={!file || (isCsv && !province.trim())}
          onClick={() => run.mutate(undefined)}
        >
          Nhập tệp
        </Button>,
      ]}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Typography.Paragraph type="secondary">
          Tệp CSV có các cột code, name, short_names, aliases, kind, parent_code, focal_emails, head_email, active (danh
          sách cách nhau bởi dấu “;”), kèm tên tỉnh. Tệp JSON tự ghi tỉnh của mình.
        </Typography.Paragraph>
        <Form.Item label="Tệp danh bạ (.csv, .json)">
          <Upload
            accept=".csv,.json,text/csv,application/json"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              run.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined aria-hidden />}>Chọn tệp</Button>
          </Upload>
        </Form.Item>
        {isCsv ? (
          <Form.Item label="Tỉnh của danh bạ" htmlFor="import-province" required>
            <Input id="import-province" value={province} onChange={(event) => setProvince(event.target.value)} />
          </Form.Item>
        ) : null}
      </Form>
      {error ? <Alert type="error" showIcon title={error} description={detail} /> : null}
      {run.data ? <ImportSummary result={run.data} /> : null}
    </Dialog>
  );
};
