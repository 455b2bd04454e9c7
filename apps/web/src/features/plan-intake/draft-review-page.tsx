import { Alert, Button, Card, Flex, Form, Input, Tag, Typography, message } from 'antd';
import { Link, useParams } from 'react-router';
import type { CreateTaskRequest, DraftReview, Task, TaskAgencyRole, TaskReview } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { problemMessage } from '../../lib/problems';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDraftReview, usePlan, useTaskChanges, useTasks } from './api';
import type { Picked } from './name-picker';
import { splitCode } from './split-code';
import { TaskCard, hasNoLead } from './task-card';
import { PLAN_STATUS_LABELS } from '../../lib/labels';

/** Every task of a draft in outline order, what its time frame became, and what needs a decision before it runs. */
export const DraftReviewPage = () => {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const tasks = useTasks(planId);
  const review = useDraftReview(planId);
  const session = useSession();
  const changes = useTaskChanges(planId);
  const [notice, notices] = message.useMessage();
  useDocumentTitle(plan.data ? `Rà soát dự thảo: ${plan.data.title}` : 'Rà soát dự thảo');

  if (plan.isPending || tasks.isPending) return <LoadingState />;
  if (plan.isError)
    return (
      <ErrorState error={plan.error} onRetry={() => void plan.refetch()} notFoundTitle="Không tìm thấy kế hoạch" />
    );
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;

  const editable = plan.data.status === 'draft' && can(session.data, 'managePlans');
  const byTask = new Map<string, TaskReview>((review.data?.tasks ?? []).map((t) => [t.taskId, t]));
  const busy = [
    changes.update,
    changes.create,
    changes.remove,
    changes.settle,
    changes.addAgencies,
    changes.split,
    changes.dropAgency,
  ].some((change) => change.isPending);
  const codes = tasks.data.map((task) => task.code);
  const failed = (error: unknown) => void notice.error(problemMessage(error));
  const saved = (text: string) => () => void notice.success(text);

  /** The task's agencies with those picked joining in `role`. */
  const withPicked = (task: Task, role: TaskAgencyRole, picked: Picked) => {
    const present = new Set(task.agencies.map((agency) => agency.agencyId));
    return [
      ...task.agencies.map(({ agencyId, role: kept }) => ({ agencyId, role: kept })),
      ...picked.agencyIds.filter((id) => !present.has(id)).map((agencyId) => ({ agencyId, role })),
    ];
  };
  const settlement = (task: Task, name: string, role: TaskAgencyRole, picked: Picked) => {
    const swap = (names: string[]) => names.map((written) => (written === name ? picked.name : written));
    const names =
      role === 'lead' ? { leadNames: swap(task.leadNames) } : { coordinatingNames: swap(task.coordinatingNames) };
    return { taskId: task.id, agencies: withPicked(task, role, picked), names };
  };
  // A name written the same way in other tasks of the plan means the same agency: it is settled there too.
  const settle = async (task: Task, name: string, role: TaskAgencyRole, picked: Picked) => {
    const writing = tasks.data.filter(
      (other) =>
        other.id === task.id ||
        (byTask.get(other.id)?.unresolved.some((unresolved) => unresolved.name === name && unresolved.role === role) ??
          false),
    );
    try {
      for (const each of writing) await changes.settle.mutateAsync(settlement(each, name, role, picked));
    } catch (error) {
      return failed(error);
    }
    const where = writing.length > 1 ? ` ở ${writing.length} nhiệm vụ` : '';
    saved(`Đã chọn ${picked.name} cho “${name}”${where}.`)();
  };
  // The names as written stay as they were: the document did not name this agency.
  const add = (task: Task, role: TaskAgencyRole, picked: Picked) =>
    changes.addAgencies.mutate(
      { taskId: task.id, agencies: withPicked(task, role, picked) },
      { onSuccess: saved(`Đã thêm ${picked.name} vào nhiệm vụ ${task.code}.`), onError: failed },
    );

  const reviewed = review.data?.tasks ?? [];
  const counts = {
    unresolved: reviewed.reduce((sum, t) => sum + t.unresolved.length, 0),
    emptyGroups: new Set(reviewed.flatMap((t) => t.emptyGroups)).size,
    emptyGroupTasks: reviewed.filter((t) => t.emptyGroups.length > 0).length,
    noTimeframe: reviewed.filter((t) => t.scheduleKind === null).length,
    notUnderstood: reviewed.filter((t) => !t.understood && t.scheduleKind !== null).length,
    bothRoles: reviewed.reduce((sum, t) => sum + t.bothRoles.length, 0),
    noLead: tasks.data.filter((task) => hasNoLead(task, byTask.get(task.id))).length,
  };
  // Read, but on an assumption the coordinator should confirm: not a decision, since nothing needs changing.
  const assumed = reviewed.filter((t) => t.understood && t.timeframeNotes.length > 0).length;
  const decisions =
    counts.unresolved +
    counts.emptyGroups +
    counts.noTimeframe +
    counts.notUnderstood +
    counts.bothRoles +
    counts.noLead;

  return (
    <Flex vertical gap="middle" className="intake-page">
      {notices}
      <div>
        <Typography.Title level={1}>Rà soát dự thảo</Typography.Title>
        <Typography.Paragraph className="plan-title">
          {plan.data.title} <Tag>{PLAN_STATUS_LABELS[plan.data.status] ?? plan.data.status}</Tag>
        </Typography.Paragraph>
        {!editable ? (
          <Alert
            type="info"
            showIcon
            title={
              plan.data.status === 'draft' ? 'Bạn chỉ được xem dự thảo này.' : 'Kế hoạch không còn là dự thảo: chỉ xem.'
            }
          />
        ) : null}
      </div>
      {review.data?.scan ? <ScanNotice scan={review.data.scan} /> : null}
      <Card size="small" title={<h2 className="card-heading">Cần quyết định</h2>}>
        {review.isPending ? (
          <LoadingState label="Đang đối chiếu danh bạ và thời hạn…" />
        ) : review.isError ? (
          <Alert type="error" showIcon title={problemMessage(review.error)} />
        ) : decisions === 0 ? (
          <Typography.Text>Không còn điểm nào cần quyết định.</Typography.Text>
        ) : (
          <ul className="decision-list">
            <li>Tên cơ quan chưa nhận diện: {counts.unresolved}</li>
            <li>
              Nhóm cơ quan chưa có thành viên: {counts.emptyGroups}
              {counts.emptyGroups > 0 ? ` (ở ${counts.emptyGroupTasks} nhiệm vụ)` : ''}
            </li>
            <li>Nhiệm vụ chưa có thời hạn: {counts.noTimeframe}</li>
            <li>Thời hạn giữ nguyên văn bản (chưa hiểu được): {counts.notUnderstood}</li>
            <li>Cơ quan vừa chủ trì vừa phối hợp: {counts.bothRoles}</li>
            <li>Nhiệm vụ chưa có cơ quan chủ trì: {counts.noLead}</li>
          </ul>
        )}
        {assumed > 0 ? (
          <Typography.Paragraph className="assumed-timeframes">
            {assumed} nhiệm vụ có thời hạn được hiểu theo một giả định: hãy xem lưu ý ở từng nhiệm vụ và sửa thời hạn
            nếu chưa đúng.
          </Typography.Paragraph>
        ) : null}
        <Flex wrap gap={8} className="intake-actions">
          {plan.data.status === 'draft' && can(session.data, 'managePlans') ? (
            <Link to={`/ke-hoach/${planId}/kich-hoat`} className="ant-btn ant-btn-primary">
              Xem trước khi kích hoạt
            </Link>
          ) : null}
          <Link to={`/ke-hoach/${planId}`}>Về trang kế hoạch</Link>
        </Flex>
      </Card>
      {review.data && review.data.importNotes.length > 0 ? (
        <ImportNotes notes={review.data.importNotes} taskCodes={new Set(codes)} />
      ) : null}
      <h2 className="section-heading">Nhiệm vụ ({tasks.data.length})</h2>
      {tasks.data.map((task) => (
        <TaskCard
          key={task.id}
          task={task}
          review={byTask.get(task.id)}
          editable={editable}
          busy={busy}
          splitCode={splitCode(task.code, codes)}
          province={plan.data.province}
          mayAddAgencies={editable && can(session.data, 'manageDirectory')}
          actions={{
            rename: (title) =>
              changes.update.mutate(
                { taskId: task.id, change: { title } },
                { onSuccess: saved('Đã lưu tên nhiệm vụ.'), onError: failed },
              ),
            retime: (timeframe) =>
              changes.update.mutate(
                { taskId: task.id, change: { timeframe: timeframe.trim() || null } },
                { onSuccess: saved('Đã lưu thời hạn.'), onError: failed },
              ),
            remove: () =>
              changes.remove.mutate(task.id, { onSuccess: saved(`Đã xoá nhiệm vụ ${task.code}.`), onError: failed }),
            split: () => {
              const code = splitCode(task.code, codes);
              changes.split.mutate(
                { task, code },
                { onSuccess: saved(`Đã tách ${task.code}: nhiệm vụ mới ${code} ngay sau.`), onError: failed },
              );
            },
            dropAgency: (agencyId) =>
              changes.dropAgency.mutate(
                { task, agencyId },
                { onSuccess: saved('Đã bỏ cơ quan khỏi nhiệm vụ.'), onError: failed },
              ),
            settle: (name, role, picked) => void settle(task, name, role, picked),
            add: (role, picked) => add(task, role, picked),
          }}
        />
      ))}
      {editable ? (
        <NewTaskForm
          busy={busy}
          onCreate={(task, done) =>
            changes.create.mutate(task, {
              onSuccess: () => {
                done();
                saved(`Đã thêm nhiệm vụ ${task.code}.`)();
              },
              onError: failed,
            })
          }
        />
      ) : null}
    </Flex>
  );
};

const NewTaskForm = ({
  busy,
  onCreate,
}: {
  busy: boolean;
  onCreate: (task: CreateTaskRequest, done: () => void) => void;
}) => {
  const [form] = Form.useForm<{ code: string; title: string; timeframe?: string }>();
  return (
    <Card size="small" title={<h2 className="card-heading">Thêm nhiệm vụ</h2>}>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ code, title, timeframe }) =>
          onCreate({ code: code.trim(), title: title.trim(), timeframe: timeframe?.trim() || null }, () =>
            form.resetFields(),
          )
        }
      >
        <Form.Item
          name="code"
          label="Mã nhiệm vụ"
          rules={[{ required: true, whitespace: true, message: 'Nhập mã nhiệm vụ' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tên nhiệm vụ"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên nhiệm vụ' }]}
        >
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="timeframe"
          label="Thời hạn (như văn bản)"
          extra="Ví dụ: Hằng năm; Quý III năm 2027; Khi có yêu cầu"
        >
          <Input maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          Thêm nhiệm vụ
        </Button>
      </Form>
    </Card>
  );
};

/** What the import noticed about the document itself, each at its task when it names one. */
const ImportNotes = ({ notes, taskCodes }: { notes: DraftReview['importNotes']; taskCodes: ReadonlySet<string> }) => (
  <Card size="small" title={<h2 className="card-heading">Lưu ý khi đọc văn bản ({notes.length})</h2>}>
    <ul className="plain-list import-notes" aria-label="Lưu ý khi đọc văn bản">
      {notes.map((note, index) => (
        <li key={index}>
          {note.where && taskCodes.has(note.where) ? <strong>Nhiệm vụ {note.where}: </strong> : null}
          {note.message}
        </li>
      ))}
    </ul>
  </Card>
);

/** A draft read from a scan: say so, and list the lines OCR was unsure of, to check against the paper. */
const ScanNotice = ({ scan }: { scan: NonNullable<DraftReview['scan']> }) => (
  <Alert
    type="warning"
    showIcon
    title="Dự thảo được đọc từ bản quét bằng nhận dạng chữ (OCR)"
    description={
      <>
        <Typography.Paragraph>
          Hãy đối chiếu tên cơ quan, số hiệu và thời hạn với văn bản gốc.
          {scan.uncertainLines.length > 0
            ? ` Có ${scan.uncertainLines.length} dòng nhận dạng chưa chắc chắn:`
            : ' Không có dòng nào nhận dạng kém.'}
        </Typography.Paragraph>
        {scan.uncertainLines.length > 0 ? (
          <ul className="uncertain-lines" aria-label="Dòng nhận dạng chưa chắc chắn">
            {scan.uncertainLines.map((line, index) => (
              <li key={index}>
                Trang {line.page}: “{line.text}”
              </li>
            ))}
          </ul>
        ) : null}
      </>
    }
  />
);
