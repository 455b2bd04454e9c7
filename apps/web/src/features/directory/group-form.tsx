import { Form, Input } from 'antd';

import type { AgencyGroup, AgencyGroupDetail, CreateAgencyGroupRequest } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { api } from '../../lib/api';

import { useAgencyGroup, useDirectoryChange } from './api';
import { AgencyPicker } from './agency-picker';
import { DirectoryFormModal } from './form-modal';

interface GroupDraft {
  code: string;
  name: string;
  province: string;
  phrases?: string;
  memberIds?: string[];
}

const FIELDS = ['code', 'name', 'province', 'phrases', 'memberIds'] as const;

const bodyOf = (draft: GroupDraft): CreateAgencyGroupRequest => ({
  code: draft.code.trim(),
  name: draft.name.trim(),
  province: draft.province.trim(),
  phrases: (draft.phrases ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  memberIds: draft.memberIds ?? [],
});

const GroupForm = ({ group, onClose }: { group: AgencyGroupDetail | null; onClose: () => void }) => {
  const [form] = Form.useForm<GroupDraft>();
  const save = useDirectoryChange(['agency-groups', 'agency-group'], (body: CreateAgencyGroupRequest) =>
    group
      ? api.patch<AgencyGroupDetail>(`/api/agency-groups/${group.id}`, body)
      : api.post<AgencyGroupDetail>('/api/agency-groups', body),
  );
  const initial: Partial<GroupDraft> = group
    ? {
        code: group.code,
        name: group.name,
        province: group.province,
        phrases: group.phrases.join('\n'),
        memberIds: group.members.map((member) => member.id),
      }
    : { memberIds: [] };
  return (
    <DirectoryFormModal
      name="agency-group"
      title={group ? 'Sửa nhóm cơ quan' : 'Thêm nhóm cơ quan'}
      form={form}
      initialValues={initial}
      fields={FIELDS}
      save={(draft) => save.mutateAsync(bodyOf(draft))}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form.Item name="name" label="Tên nhóm" rules={[{ required: true, message: 'Nhập tên nhóm.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="code" label="Mã" rules={[{ required: true, message: 'Nhập mã nhóm.' }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="province" label="Tỉnh, thành phố" rules={[{ required: true, message: 'Nhập tỉnh.' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="phrases"
        label="Cách gọi trong văn bản"
        extra="Mỗi dòng một cụm từ, ví dụ “các sở, ban, ngành tỉnh”."
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="memberIds" label="Thành viên">
        <AgencyPicker
          multiple
          known={group?.members.map((member) => ({ value: member.id, label: member.name })) ?? []}
        />
      </Form.Item>
    </DirectoryFormModal>
  );
};

/** Creates a group, or edits one after loading its members. */
export const GroupFormModal = ({ group, onClose }: { group: AgencyGroup | null; onClose: () => void }) => {
  const detail = useAgencyGroup(group?.id ?? null);
  if (group && detail.isPending) return <LoadingState />;
  return <GroupForm group={group ? (detail.data ?? null) : null} onClose={onClose} />;
};
