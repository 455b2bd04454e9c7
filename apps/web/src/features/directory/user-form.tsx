import { ROLE_LABELS } from '../../lib/roles';
import { Form, Input, Select, Switch } from 'antd';

import type { CreateUserRequest, User, UserRole } from '../../api/types';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';

import { useAgency, useDirectoryChange } from './api';
import { AgencyPicker } from './agency-picker';
import { DirectoryFormModal } from './form-modal';

interface UserDraft {
  email: string;
  name: string;
  role: UserRole;
  agencyId?: string | null;
  province?: string;
  password?: string;
  active: boolean;
}

const FIELDS = ['email', 'name', 'role', 'agencyId', 'province', 'password', 'active'] as const;

/** The roles this manager may give: only an admin makes admins (the API refuses it otherwise). */
export const grantableRoles = (isAdmin: boolean) =>
  (Object.keys(ROLE_LABELS) as UserRole[])
    .filter((role) => isAdmin || role !== 'admin')
    .map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export const UserFormModal = ({
  user,
  isAdmin,
  onClose,
}: {
  user: User | null;
  isAdmin: boolean;
  onClose: () => void;
}) => {
  const [form] = Form.useForm<UserDraft>();
  const role = Form.useWatch('role', form);
  const agency = useAgency(user?.agencyId ?? null);
  // A manager bound to a province gives its own; one serving every province may leave it empty (every province).
  const ownProvince = useSession().data?.province ?? null;
  const save = useDirectoryChange(['users'], (draft: UserDraft) => {
    const agencyId = draft.role === 'agency_officer' ? (draft.agencyId ?? null) : null;
    const province = draft.role === 'agency_officer' ? null : (ownProvince ?? (draft.province?.trim() || null));
    if (user) {
      return api.patch<User>(`/api/users/${user.id}`, {
        name: draft.name.trim(),
        ...(draft.role !== user.role ? { role: draft.role } : {}),
        agencyId,
        province,
        active: draft.active,
      });
    }
    const body: CreateUserRequest = {
      email: draft.email.trim(),
      name: draft.name.trim(),
      role: draft.role,
      agencyId,
      province,
      active: draft.active,
      ...(draft.password ? { password: draft.password } : {}),
    };
    return api.post<User>('/api/users', body);
  });
  const initial: Partial<UserDraft> = user
    ? {
        email: user.email,
        name: user.name,
        role: user.role,
        agencyId: user.agencyId,
        province: user.province ?? undefined,
        active: user.active,
      }
    : { role: 'coordinator', province: ownProvince ?? undefined, active: true };
  return (
    <DirectoryFormModal
      name="user"
      title={user ? 'Sửa người dùng' : 'Thêm người dùng'}
      form={form}
      initialValues={initial}
      fields={FIELDS}
      save={(draft) => save.mutateAsync(draft)}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form.Item
        name="email"
        label="Thư điện tử"
        rules={[{ required: true, type: 'email', message: 'Nhập thư điện tử hợp lệ.' }]}
      >
        <Input type="email" disabled={Boolean(user)} autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label="Họ và tên" rules={[{ required: true, message: 'Nhập họ và tên.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="role" label="Vai trò" rules={[{ required: true, message: 'Chọn vai trò.' }]}>
        <Select options={grantableRoles(isAdmin)} />
      </Form.Item>
      {role === 'agency_officer' ? (
        <Form.Item name="agencyId" label="Cơ quan" rules={[{ required: true, message: 'Chọn cơ quan của cán bộ.' }]}>
          <AgencyPicker known={agency.data ? [{ value: agency.data.id, label: agency.data.name }] : []} />
        </Form.Item>
      ) : (
        <Form.Item
          name="province"
          label="Tỉnh, thành phố phụ trách"
          extra={
            ownProvince
              ? 'Tài khoản do anh/chị tạo chỉ làm việc trong tỉnh của anh/chị.'
              : 'Để trống: tài khoản làm việc với mọi tỉnh trong hệ thống.'
          }
        >
          <Input maxLength={100} disabled={Boolean(ownProvince)} placeholder="Ví dụ: Lai Châu" />
        </Form.Item>
      )}
      {user ? null : (
        <Form.Item name="password" label="Mật khẩu ban đầu" extra="Để trống: người dùng chưa đăng nhập được.">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="active" label="Đang hoạt động" valuePropName="checked">
        <Switch />
      </Form.Item>
    </DirectoryFormModal>
  );
};
