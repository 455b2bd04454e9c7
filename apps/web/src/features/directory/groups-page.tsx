import { Button } from 'antd';
import type { TableProps } from 'antd';
import { DirectoryTable, DirectorySearch, pageControls } from './directory-table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AgencyGroup } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { PAGE_SIZE, useAgencyGroup, useAgencyGroups } from './api';
import { GroupFormModal } from './group-form';
import { PageHeading } from './page-heading';
import './directory.css';

const GroupMembers = ({ groupId }: { groupId: string }) => {
  const detail = useAgencyGroup(groupId);
  if (detail.isPending) return <LoadingState label="Đang tải thành viên…" />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (detail.data.members.length === 0) return <p>Nhóm chưa có thành viên.</p>;
  return (
    <ul className="plain-list compact" aria-label={`Thành viên của ${detail.data.name}`}>
      {detail.data.members.map((member) => (
        <li key={member.id}>
          <Link to={`/co-quan/${member.id}`}>{member.name}</Link> ({member.code})
        </li>
      ))}
    </ul>
  );
};

export const GroupsPage = () => {
  const session = useSession();
  const manager = can(session.data, 'manageDirectory');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<AgencyGroup | 'new' | null>(null);
  const groups = useAgencyGroups({ q, page, pageSize: PAGE_SIZE });

  const columns: TableProps<AgencyGroup>['columns'] = [
    { title: 'Tên nhóm', dataIndex: 'name' },
    { title: 'Mã', dataIndex: 'code' },
    { title: 'Tỉnh', dataIndex: 'province' },
    {
      title: 'Cách gọi trong văn bản',
      dataIndex: 'phrases',
      render: (phrases: string[]) => (phrases.length > 0 ? phrases.join('; ') : '—'),
    },
    ...(manager
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_: unknown, group: AgencyGroup) => (
              <Button size="small" onClick={() => setEditing(group)} aria-label={`Sửa ${group.name}`}>
                Sửa
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeading
        title="Nhóm cơ quan"
        intro="Mở một dòng để xem các cơ quan thuộc nhóm."
        actions={
          manager ? (
            <Button type="primary" onClick={() => setEditing('new')}>
              Thêm nhóm
            </Button>
          ) : null
        }
      />
      <DirectorySearch
        label="Tìm nhóm cơ quan"
        placeholder="Tìm theo tên, mã (không cần dấu)"
        onSearch={(value) => {
          setQ(value);
          setPage(1);
        }}
      />
      {groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : (
        <DirectoryTable<AgencyGroup>
          label="Danh sách nhóm cơ quan"
          rowKey="id"
          loading={groups.isFetching}
          columns={columns}
          dataSource={groups.data?.items ?? []}
          expandable={{ expandedRowRender: (group) => <GroupMembers groupId={group.id} /> }}
          locale={{ emptyText: 'Chưa có nhóm cơ quan nào.' }}
          pagination={pageControls(page, groups.data?.total, setPage, 'nhóm')}
        />
      )}
      {editing ? <GroupFormModal group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
