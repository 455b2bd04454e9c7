import { Alert, Button, Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { AgencyGroupDetail } from '../../api/types';
import { problemMessage } from '../../lib/problems';
import { findGroup, groupDetail } from './api';
import type { Picked } from './name-picker';

/** Which group to show: by id from the directory search, or by code and name from a draft suggestion. */
export type GroupRef = { id: string } | { code: string; name: string };

const load = (group: GroupRef): Promise<AgencyGroupDetail> =>
  'id' in group ? groupDetail(group.id) : findGroup(group.code, group.name);

/** A group's member agencies, shown before the coordinator chooses it, so nobody assigns a group blind. */
export const GroupMembers = ({
  group,
  disabled,
  onChoose,
  onCancel,
}: {
  group: GroupRef;
  disabled?: boolean;
  onChoose: (picked: Picked) => void;
  onCancel: () => void;
}) => {
  const detail = useQuery({ queryKey: ['agency-groups', group], queryFn: () => load(group) });
  if (detail.isPending) return <Typography.Text role="status">Đang tải thành viên của nhóm…</Typography.Text>;
  if (detail.isError) return <Alert type="error" showIcon title={problemMessage(detail.error)} />;
  const { name, members } = detail.data;
  return (
    <section className="group-members" aria-label={`Thành viên nhóm ${name}`}>
      <Typography.Text strong>
        Nhóm “{name}” gồm {members.length} cơ quan
        {members.length > 0 ? ':' : '.'}
      </Typography.Text>
      {members.length > 0 ? (
        <ul className="group-member-list">
          {members.map((member) => (
            <li key={member.id}>{member.name}</li>
          ))}
        </ul>
      ) : (
        <Alert type="warning" showIcon title="Nhóm chưa có cơ quan thành viên: chọn nhóm này sẽ không giao cho ai." />
      )}
      <Flex wrap gap={8}>
        <Button
          type="primary"
          size="small"
          disabled={disabled || members.length === 0}
          onClick={() => onChoose({ name, agencyIds: members.map((member) => member.id) })}
        >
          Chọn nhóm này ({members.length} cơ quan)
        </Button>
        <Button size="small" onClick={onCancel}>
          Thôi
        </Button>
      </Flex>
    </section>
  );
};
