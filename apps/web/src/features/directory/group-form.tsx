import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { AgencyGroup, AgencyGroupDetail, CreateAgencyGroupRequest } from '../../api/types';
import { LoadingState } from '../../components/loading-state';
import { api } from '../../lib/api';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';
import { useAgencyGroup, useDirectoryChange } from './api';
import { AgencyPicker } from './agency-picker';

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
  const [general, setGeneral] = useState<string | null>(null);
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
    <Modal
      open
      title={group ? 'Sửa nhóm cơ quan' : 'Thêm nhóm cơ quan'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        requiredMark="optional"
        onFinish={(draft) => {
          setGeneral(null);
          save.mutate(bodyOf(draft), {
            onSuccess: onClose,
            onError: (error) => {
              if (!showFieldErrors(form, error, FIELDS)) setGeneral(problemMessage(error));
            },
          });
        }}
      >
        {general ? <Alert type="error" showIcon title={general} className="form-alert" /> : null}
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
      </Form>
    </Modal>
  );
};

/** Creates a group, or edits one after loading its members. */
export const GroupFormModal = ({ group, onClose }: { group: AgencyGroup | null; onClose: () => void }) => {
  const detail = useAgencyGroup(group?.id ?? null);
  if (group && detail.isPending) return <LoadingState />;
  return <GroupForm group={group ? (detail.data ?? null) : null} onClose={onClose} />;
};
