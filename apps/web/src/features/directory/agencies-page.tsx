import { Button, Flex, Popconfirm, Typography, message } from 'antd';
import { ToneTag } from '../../components/tone-tag';
import type { TableProps } from 'antd';
import { DirectoryTable, DirectorySearch, pageControls } from './directory-table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Agency } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { api } from '../../lib/api';
import { problemMessage } from '../../lib/problems';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { PAGE_SIZE, useAgencies, useDirectoryChange } from './api';
import { AgencyFormModal } from './agency-form';
import { AgencyImportModal } from './agency-import';
import { agencyKindLabels } from './labels';
import { PageHeading } from './page-heading';
import './directory.css';

const ActiveTag = ({ active }: { active: boolean }) =>
  active ? <ToneTag tone="success">Đang hoạt động</ToneTag> : <ToneTag tone="neutral">Ngừng hoạt động</ToneTag>;

export const AgenciesPage = () => {
  const session = useSession();
  const manager = can(session.data, 'manageDirectory');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, notices] = message.useMessage();
  const agencies = useAgencies({ q, page, pageSize: PAGE_SIZE });
  const deactivate = useDirectoryChange(['agencies', 'agency'], (agency: Agency) =>
    api.patch<Agency>(`/api/agencies/${agency.id}`, { active: false }),
  );

  const columns: TableProps<Agency>['columns'] = [
    {
      title: 'Tên cơ quan',
      dataIndex: 'name',
      minWidth: 220,
      render: (name: string, agency) => (
        <Flex vertical>
          <Link to={`/co-quan/${agency.id}`}>{name}</Link>
          <Typography.Text type="secondary">{agency.code}</Typography.Text>
        </Flex>
      ),
    },
    { title: 'Loại', dataIndex: 'kind', render: (kind: Agency['kind']) => agencyKindLabels[kind] },
    { title: 'Tỉnh', dataIndex: 'province' },
    ...(manager
      ? [
          {
            title: 'Thư điện tử đầu mối',
            dataIndex: 'focalEmails',
            render: (emails: string[]) => (emails.length > 0 ? emails.join(', ') : '—'),
          },
        ]
      : []),
    { title: 'Trạng thái', dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
    ...(manager
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_: unknown, agency: Agency) => (
              <Flex wrap gap="small">
                <Button size="small" onClick={() => setEditing(agency)} aria-label={`Sửa ${agency.name}`}>
                  Sửa
                </Button>
                {agency.active ? (
                  <Popconfirm
                    title="Ngừng hoạt động cơ quan này?"
                    description="Cơ quan không được giao nhiệm vụ mới; dữ liệu cũ được giữ nguyên."
                    okText="Ngừng hoạt động"
                    cancelText="Hủy"
                    onConfirm={() =>
                      deactivate.mutate(agency, {
                        onSuccess: () => void notice.success(`Đã ngừng hoạt động: ${agency.name}`),
                        onError: (error) => void notice.error(problemMessage(error)),
                      })
                    }
                  >
                    <Button size="small" aria-label={`Ngừng hoạt động ${agency.name}`}>
                      Ngừng hoạt động
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {notices}
      <PageHeading
        title="Cơ quan, đơn vị"
        actions={
          manager ? (
            <>
              <Button type="primary" onClick={() => setEditing('new')}>
                Thêm cơ quan
              </Button>
              <Button onClick={() => setImporting(true)}>Nhập từ tệp</Button>
            </>
          ) : null
        }
      />
      <DirectorySearch
        label="Tìm cơ quan"
        placeholder="Tìm theo tên, mã (không cần dấu)"
        onSearch={(value) => {
          setQ(value);
          setPage(1);
        }}
      />
      {agencies.isError ? (
        <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : (
        <DirectoryTable<Agency>
          label="Danh sách cơ quan"
          rowKey="id"
          loading={agencies.isFetching}
          columns={columns}
          dataSource={agencies.data?.items ?? []}
          locale={{ emptyText: q ? `Không có cơ quan nào khớp “${q}”.` : 'Chưa có cơ quan nào.' }}
          pagination={pageControls(page, agencies.data?.total, setPage, 'cơ quan')}
        />
      )}
      {editing ? (
        <AgencyFormModal agency={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {importing ? <AgencyImportModal onClose={() => setImporting(false)} /> : null}
    </>
  );
};
