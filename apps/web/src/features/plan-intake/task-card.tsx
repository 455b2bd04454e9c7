import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { Task, TaskAgencyRole, TaskReview } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { ToneTag } from '../../components/tone-tag';
import { useState } from 'react';
import { AgencyFormModal } from '../directory/agency-form';
import { GroupMembers } from './group-members';
import { NamePicker, type Picked } from './name-picker';
import { scheduleKindText, scheduleText } from './schedule-text';

export interface TaskCardActions {
  rename: (title: string) => void;
  retime: (timeframe: string) => void;
  remove: () => void;
  /** Splits off a copy under `splitCode`, for a task that really covers two pieces of work. */
  split: () => void;
  dropAgency: (agencyId: string) => void;
  settle: (name: string, role: TaskAgencyRole, picked: Picked) => void;
  /** Adds an agency (or a group's members) the document did not name. */
  add: (role: TaskAgencyRole, picked: Picked) => void;
}

const roleText: Record<TaskAgencyRole, string> = { lead: 'Chủ trì', coordinating: 'Phối hợp' };
const roleName: Record<TaskAgencyRole, string> = { lead: 'cơ quan chủ trì', coordinating: 'cơ quan phối hợp' };

/**
 * No agency leads the task yet, and no lead name waits to be settled (that one is counted as a name): it needs one
 * before it runs.
 */
export const hasNoLead = (task: Task, review: TaskReview | undefined): boolean =>
  task.agencies.every((agency) => agency.role !== 'lead') &&
  !(review?.unresolved.some((name) => name.role === 'lead') ?? false);

/** One task as the draft holds it, what its time frame became, and what still needs the coordinator's decision. */
export const TaskCard = ({
  task,
  review,
  editable,
  busy,
  splitCode,
  province,
  mayAddAgencies,
  actions,
}: {
  task: Task;
  review: TaskReview | undefined;
  editable: boolean;
  busy: boolean;
  splitCode: string;
  /** The plan's province, filled in for an agency added to the directory from here. */
  province: string | null;
  mayAddAgencies: boolean;
  actions: TaskCardActions;
}) => {
  const understood = review?.understood ?? task.schedule !== null;
  // The time the task's sentences name, offered while the task has none.
  const toldTimeframe = task.timeframe ? null : (review?.timeframeInText ?? null);
  const noLead = hasNoLead(task, review);
  const needs = (review?.unresolved.length ?? 0) + (review?.emptyGroups.length ?? 0) + (review?.bothRoles.length ?? 0);
  const headingId = `task-${task.id}`;
  const [shownGroup, setShownGroup] = useState<{ written: string; code: string; name: string } | null>(null);
  const [adding, setAdding] = useState<TaskAgencyRole | null>(null);
  const [newAgency, setNewAgency] = useState<{ name: string; role: TaskAgencyRole } | null>(null);
  return (
    <Card
      className={needs > 0 || noLead || !understood ? 'task-card task-card-attention' : 'task-card'}
      role="article"
      aria-labelledby={headingId}
      size="small"
      title={
        <h3 id={headingId} className="task-heading">
          <span className="task-code">{task.code}</span>{' '}
          {task.kind === 'report' ? <Tag color="purple">Báo cáo</Tag> : null}
        </h3>
      }
      extra={
        editable ? (
          <Flex gap={8}>
            <Popconfirm
              title={`Tách nhiệm vụ ${task.code} thành hai?`}
              description={`Nhiệm vụ mới mang mã ${splitCode}, chép tên, thời hạn và các cơ quan; sau đó sửa từng nhiệm vụ.`}
              okText="Tách"
              cancelText="Không"
              onConfirm={actions.split}
            >
              <Button size="small" disabled={busy} aria-label={`Tách nhiệm vụ ${task.code}`}>
                Tách
              </Button>
            </Popconfirm>
            <Popconfirm title={`Xoá nhiệm vụ ${task.code}?`} okText="Xoá" cancelText="Không" onConfirm={actions.remove}>
              <Button danger size="small" disabled={busy} aria-label={`Xoá nhiệm vụ ${task.code}`}>
                Xoá
              </Button>
            </Popconfirm>
          </Flex>
        ) : null
      }
    >
      <Typography.Paragraph
        className="task-title"
        editable={
          editable
            ? {
                onChange: (title) => title.trim() && title !== task.title && actions.rename(title.trim()),
                tooltip: 'Sửa tên nhiệm vụ',
                text: task.title,
              }
            : false
        }
      >
        {task.title}
      </Typography.Paragraph>
      <dl className="task-facts">
        {(['lead', 'coordinating'] as const).map((role) => (
          <div key={role} className="task-fact">
            <dt>{role === 'lead' ? 'Cơ quan chủ trì' : 'Cơ quan phối hợp'}</dt>
            <dd>
              <Flex wrap gap={4}>
                {task.agencies
                  .filter((agency) => agency.role === role)
                  .map((agency) => (
                    <Tag key={agency.agencyId} color={role === 'lead' ? 'blue' : 'default'}>
                      {agency.name}
                      {editable ? (
                        <Button
                          type="text"
                          size="small"
                          className="task-agency-drop"
                          icon={<CloseOutlined />}
                          disabled={busy}
                          aria-label={`Bỏ ${agency.name} khỏi nhiệm vụ ${task.code}`}
                          onClick={() => actions.dropAgency(agency.agencyId)}
                        />
                      ) : null}
                    </Tag>
                  ))}
                {task.agencies.every((agency) => agency.role !== role) ? (
                  <Typography.Text type="secondary">Chưa có</Typography.Text>
                ) : null}
                {editable && adding !== role ? (
                  <Button
                    type="link"
                    size="small"
                    disabled={busy}
                    aria-label={`Thêm ${roleName[role]} cho nhiệm vụ ${task.code}`}
                    onClick={() => setAdding(role)}
                  >
                    Thêm
                  </Button>
                ) : null}
              </Flex>
              {editable && adding === role ? (
                <Flex gap={4} align="center" className="agency-adding">
                  <NamePicker
                    label={`Tìm ${roleName[role]} cho nhiệm vụ ${task.code}`}
                    placeholder="Tìm cơ quan hoặc nhóm để thêm…"
                    autoFocus
                    disabled={busy}
                    onPick={(picked) => {
                      setAdding(null);
                      actions.add(role, picked);
                    }}
                  />
                  <Button type="link" size="small" onClick={() => setAdding(null)}>
                    Huỷ
                  </Button>
                </Flex>
              ) : null}
              <Typography.Text type="secondary" className="task-written">
                Theo văn bản: {(role === 'lead' ? task.leadNames : task.coordinatingNames).join('; ') || '—'}
              </Typography.Text>
            </dd>
          </div>
        ))}
        <div className="task-fact">
          <dt>Thời hạn theo văn bản</dt>
          <dd>
            <Typography.Text
              editable={
                editable
                  ? {
                      onChange: (text) => text !== (task.timeframe ?? '') && actions.retime(text),
                      tooltip: 'Sửa thời hạn',
                      text: task.timeframe ?? '',
                    }
                  : false
              }
            >
              {task.timeframe ?? '—'}
            </Typography.Text>
            {toldTimeframe ? (
              <div className="timeframe-in-text">
                <Typography.Text type="secondary">
                  Văn bản không có dòng thời hạn; nội dung nêu “{toldTimeframe}”.
                </Typography.Text>{' '}
                {editable ? (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => actions.retime(toldTimeframe)}
                    aria-label={`Đặt “${toldTimeframe}” làm thời hạn của nhiệm vụ ${task.code}`}
                  >
                    Đặt làm thời hạn
                  </Button>
                ) : null}
              </div>
            ) : null}
          </dd>
        </div>
        <div className="task-fact">
          <dt>Được hiểu là</dt>
          <dd>
            {understood ? (
              scheduleText(review?.scheduleKind ?? task.schedule?.kind?.toString() ?? null, task.schedule)
            ) : (
              <ToneTag tone="warning">{scheduleKindText(review?.scheduleKind ?? null)}</ToneTag>
            )}
            {review && review.timeframeNotes.length > 0 ? (
              <ul className="plain-list timeframe-notes" aria-label={`Lưu ý về thời hạn của nhiệm vụ ${task.code}`}>
                {review.timeframeNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
            {review && review.periods.length > 0 ? (
              <div className="task-deadlines">
                Hạn đầu tiên: {review.periods.map((period) => formatDate(period.due)).join(', ')}
                {review.periods.length >= 3 ? ' …' : ''}
              </div>
            ) : null}
          </dd>
        </div>
      </dl>
      {!understood ? (
        <Alert
          type="warning"
          showIcon
          title={
            task.timeframe
              ? 'Thời hạn được giữ nguyên như văn bản: nhiệm vụ sẽ không tự mở kỳ báo cáo. Hãy sửa thời hạn hoặc giao khi có yêu cầu.'
              : 'Nhiệm vụ chưa có thời hạn nên sẽ không tự mở kỳ báo cáo. Hãy nhập thời hạn hoặc giao khi có yêu cầu.'
          }
        />
      ) : null}
      {review?.unresolved.map((name) => (
        <Alert
          key={`${name.role}-${name.name}`}
          type="error"
          className="task-unresolved"
          title={
            <span>
              {roleText[name.role]}: chưa nhận diện được “<mark>{name.name}</mark>”
            </span>
          }
          description={
            editable ? (
              <Flex vertical gap={8}>
                {name.suggestions.length > 0 ? (
                  <>
                    <Flex wrap gap={8} role="group" aria-label={`Gợi ý cho “${name.name}”`}>
                      {name.suggestions.map((suggestion) => (
                        <Button
                          key={suggestion.code}
                          size="small"
                          disabled={busy || suggestion.agencyIds.length === 0}
                          onClick={() =>
                            suggestion.type === 'group'
                              ? setShownGroup({ written: name.name, code: suggestion.code, name: suggestion.name })
                              : actions.settle(name.name, name.role, suggestion)
                          }
                        >
                          {suggestion.type === 'group' ? `Xem nhóm ${suggestion.name}` : `Chọn ${suggestion.name}`}
                        </Button>
                      ))}
                    </Flex>
                    {shownGroup?.written === name.name ? (
                      <GroupMembers
                        group={shownGroup}
                        disabled={busy}
                        onCancel={() => setShownGroup(null)}
                        onChoose={(picked) => {
                          setShownGroup(null);
                          actions.settle(name.name, name.role, picked);
                        }}
                      />
                    ) : null}
                  </>
                ) : (
                  <Typography.Text>Không có gợi ý gần đúng.</Typography.Text>
                )}
                <NamePicker
                  label={`Tìm cơ quan cho “${name.name}”`}
                  disabled={busy}
                  onPick={(picked) => actions.settle(name.name, name.role, picked)}
                />
                {mayAddAgencies ? (
                  // An agency the directory does not hold yet: added as written, without leaving the draft.
                  <Button
                    size="small"
                    className="task-new-agency"
                    disabled={busy}
                    onClick={() => setNewAgency({ name: name.name, role: name.role })}
                  >
                    Thêm “{name.name}” vào danh bạ
                  </Button>
                ) : null}
              </Flex>
            ) : (
              `Gợi ý: ${name.suggestions.map((s) => s.name).join('; ') || 'không có'}`
            )
          }
        />
      ))}
      {newAgency ? (
        <AgencyFormModal
          agency={null}
          written={{ name: newAgency.name, province: province ?? '' }}
          onClose={() => setNewAgency(null)}
          onSaved={(agency) =>
            actions.settle(newAgency.name, newAgency.role, { name: agency.name, agencyIds: [agency.id] })
          }
        />
      ) : null}
      {review?.emptyGroups.map((group) => (
        <Alert key={group} type="warning" showIcon title={`Nhóm “${group}” chưa có cơ quan thành viên nào.`} />
      ))}
      {review?.bothRoles.map((agency) => (
        <Alert
          key={agency.agencyId}
          type="warning"
          showIcon
          title={`${agency.name} vừa là cơ quan chủ trì vừa là cơ quan phối hợp: chỉ được giao một lần, với vai trò chủ trì.`}
        />
      ))}
    </Card>
  );
};
