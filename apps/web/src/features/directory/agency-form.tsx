import { Form, Input, Select, Switch } from 'antd';

import type { Agency, AgencyKind, CreateAgencyRequest } from '../../api/types';
import { api } from '../../lib/api';

import { useDirectoryChange } from './api';
import { agencyKindLabels, optionsOf } from './labels';
import { DirectoryFormModal } from './form-modal';

interface AgencyDraft {
  code: string;
  name: string;
  province: string;
  kind: AgencyKind;
  shortNames?: string;
  focalEmails?: string;
  headEmail?: string;
  active: boolean;
}

const FIELDS = ['code', 'name', 'province', 'kind', 'shortNames', 'focalEmails', 'headEmail', 'active'] as const;

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[\n;,]/)
    .map((line) => line.trim())
    .filter(Boolean);

const draftOf = (agency: Agency | null): Partial<AgencyDraft> =>
  agency
    ? {
        code: agency.code,
        name: agency.name,
        province: agency.province,
        kind: agency.kind,
        shortNames: agency.shortNames.join('\n'),
        focalEmails: (agency.focalEmails ?? []).join('\n'),
        headEmail: agency.headEmail ?? '',
        active: agency.active,
      }
    : { active: true, kind: 'provincial_department' };

const bodyOf = (draft: AgencyDraft): CreateAgencyRequest => ({
  code: draft.code.trim(),
  name: draft.name.trim(),
  province: draft.province.trim(),
  kind: draft.kind,
  shortNames: lines(draft.shortNames),
  focalEmails: lines(draft.focalEmails),
  headEmail: draft.headEmail?.trim() ? draft.headEmail.trim() : null,
  active: draft.active,
});

/**
 * Adds an agency (with `written`, what is already known of it, filled in), or edits one; the API's 400 and 409 are
 * shown beside the field they name. `onSaved` hears of the agency as saved.
 */
export const AgencyFormModal = ({
  agency,
  written,
  onClose,
  onSaved,
}: {
  agency: Agency | null;
  written?: Pick<AgencyDraft, 'name' | 'province'>;
  onClose: () => void;
  onSaved?: (agency: Agency) => void;
}) => {
  const [form] = Form.useForm<AgencyDraft>();
  const save = useDirectoryChange(['agencies', 'agency'], (body: CreateAgencyRequest) =>
    agency ? api.patch<Agency>(`/api/agencies/${agency.id}`, body) : api.post<Agency>('/api/agencies', body),
  );
  return (
    <DirectoryFormModal
      name="agency"
      title={agency ? 'Sửa thông tin cơ quan' : 'Thêm cơ quan, đơn vị'}
      form={form}
      initialValues={{ ...draftOf(agency), ...written }}
      fields={FIELDS}
      save={async (draft) => onSaved?.(await save.mutateAsync(bodyOf(draft)))}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form.Item name="name" label="Tên cơ quan" rules={[{ required: true, message: 'Nhập tên cơ quan.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="code"
        label="Mã"
        extra="Chữ, số, dấu chấm, gạch ngang; ví dụ LCU-STP."
        rules={[{ required: true, message: 'Nhập mã cơ quan.' }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="province" label="Tỉnh, thành phố" rules={[{ required: true, message: 'Nhập tỉnh.' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label="Loại cơ quan" rules={[{ required: true, message: 'Chọn loại cơ quan.' }]}>
        <Select options={optionsOf(agencyKindLabels)} />
      </Form.Item>
      <Form.Item name="shortNames" label="Tên gọi khác" extra="Mỗi dòng một tên.">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="focalEmails" label="Thư điện tử đầu mối" extra="Mỗi dòng một địa chỉ.">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="headEmail" label="Thư điện tử của thủ trưởng">
        <Input type="email" maxLength={320} />
      </Form.Item>
      <Form.Item name="active" label="Đang hoạt động" valuePropName="checked">
        <Switch />
      </Form.Item>
    </DirectoryFormModal>
  );
};
