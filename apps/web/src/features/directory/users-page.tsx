import { Button, Flex, Popconfirm, message } from 'antd';
import { ToneTag } from '../../components/tone-tag';
import type { TableProps } from 'antd';
import { DirectoryTable, DirectorySearch, pageControls } from './directory-table';
import { useState } from 'react';
import type { User } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { api } from '../../lib/api';
import { ApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';
import { ROLE_LABELS, can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { PAGE_SIZE, useAgency, useDirectoryChange, useUsers } from './api';
import { PasswordResetButton } from './password-reset';
import { PageHeading } from './page-heading';
import { UserFormModal } from './user-form';
import './directory.css';

const AgencyName = ({ agencyId }: { agencyId: string | null }) => {
  const agency = useAgency(agencyId);
  if (!agencyId) return <>—</>;
  return <>{agency.data?.name ?? '…'}</>;
};

export const UsersPage = () => {
  const session = useSession();
  const isAdmin = session.data?.role === 'admin';
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [notice, notices] = message.useMessage();
  const users = useUsers({ q, page, pageSize: PAGE_SIZE });
  const deactivate = useDirectoryChange(['users'], (user: User) => api.delete<void>(`/api/users/${user.id}`));
  const mayTouch = (user: User) => (isAdmin || user.role !== 'admin') && user.id !== session.data?.userId;

  if (!can(session.data, 'manageUsers')) {
    return <ErrorState error={new ApiProblem({ type: 'about:blank', status: 403, title: 'Forbidden' })} />;
  }

  const columns: TableProps<User>['columns'] = [
    { title: 'Họ và tên', dataIndex: 'name' },
    { title: 'Thư điện tử', dataIndex: 'email' },
    { title: 'Vai trò', dataIndex: 'role', render: (role: User['role']) => ROLE_LABELS[role] },
    {
      title: 'Cơ quan',
      dataIndex: 'agencyId',
      render: (agencyId: string | null) => <AgencyName agencyId={agencyId} />,
    },
    {
      title: 'Tỉnh phụ trách',
      dataIndex: 'province',
      render: (province: string | null, user) =>
        user.role === 'agency_officer' ? 'Theo cơ quan' : (province ?? 'Mọi tỉnh'),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      render: (active: boolean, user) => (
        <Flex wrap gap={4}>
          {active ? <ToneTag tone="success">Đang hoạt động</ToneTag> : <ToneTag tone="neutral">Đã khóa</ToneTag>}
          {user.hasPassword ? null : <ToneTag tone="warning">Chưa có mật khẩu</ToneTag>}
        </Flex>
      ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_: unknown, user: User) =>
        mayTouch(user) ? (
          <Flex wrap gap="small">
            <Button size="small" onClick={() => setEditing(user)} aria-label={`Sửa ${user.email}`}>
              Sửa
            </Button>
            {user.active ? (
              <Popconfirm
                title="Khóa tài khoản này?"
                description="Người dùng không đăng nhập được nữa; lịch sử thao tác được giữ nguyên."
                okText="Khóa"
                cancelText="Hủy"
                onConfirm={() =>
                  deactivate.mutate(user, {
                    onSuccess: () => void notice.success(`Đã khóa tài khoản ${user.email}`),
                    onError: (error) => void notice.error(problemMessage(error)),
                  })
                }
              >
                <Button size="small" aria-label={`Khóa ${user.email}`}>
                  Khóa
                </Button>
              </Popconfirm>
            ) : null}
            {can(session.data, 'resetPasswords') ? <PasswordResetButton user={user} /> : null}
          </Flex>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      {notices}
      <PageHeading
        title="Người dùng"
        actions={
          <Button type="primary" onClick={() => setEditing('new')}>
            Thêm người dùng
          </Button>
        }
        intro={isAdmin ? undefined : 'Chỉ quản trị viên mới thay đổi được tài khoản quản trị.'}
      />
      <DirectorySearch
        label="Tìm người dùng"
        placeholder="Tìm theo tên, thư điện tử"
        onSearch={(value) => {
          setQ(value);
          setPage(1);
        }}
      />
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <DirectoryTable<User>
          label="Danh sách người dùng"
          rowKey="id"
          loading={users.isFetching}
          columns={columns}
          dataSource={users.data?.items ?? []}
          locale={{ emptyText: 'Không có người dùng nào.' }}
          pagination={pageControls(page, users.data?.total, setPage, 'người dùng')}
        />
      )}
      {editing ? (
        <UserFormModal user={editing === 'new' ? null : editing} isAdmin={isAdmin} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
};
