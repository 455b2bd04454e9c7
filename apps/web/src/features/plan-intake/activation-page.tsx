import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Progress,
  Radio,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ActivateRequest, Plan } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { formatDate } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { intakeKeys, useActivationPreview, usePlan, usePlanActions, usePlanProgress, useTasks } from './api';
import { activationProblemMessage } from './intake-problems';
import { PreviewDetails } from './preview-details';

const DATE = 'DD/MM/YYYY';
/** Schedules whose periods open by themselves; any other task runs only when someone asks for it. */
const startsByItself = new Set(['once', 'annual', 'periodic', 'continuous', 'window']);
const iso = (day: Dayjs | null) => (day ? day.format('YYYY-MM-DD') : undefined);
const beforeToday = (day: Dayjs) => day.isBefore(dayjs().startOf('day'));

/** A draft's activation preview and the activation itself; on an active plan, cancel it or start an on-request task. */
export const ActivationPage = () => {
  const { planId = '' } = useParams();
  const session = useSession();
  const plan = usePlan(planId);
  // Kept here: the plan turns active while its activation runs, and the progress must outlive the draft view.
  const [activating, setActivating] = useState<number | null>(null);
  useDocumentTitle(plan.data ? `Kích hoạt: ${plan.data.title}` : 'Kích hoạt kế hoạch');
  if (plan.isPending) return <LoadingState />;
  if (plan.isError)
    return (
      <ErrorState error={plan.error} onRetry={() => void plan.refetch()} notFoundTitle="Không tìm thấy kế hoạch" />
    );
  if (!can(session.data, 'managePlans')) {
    return (
      <Alert type="warning" showIcon title="Chỉ cán bộ điều phối và quản trị viên được kích hoạt hoặc huỷ kế hoạch." />
    );
  }
  return (
    <Flex vertical gap="middle" className="intake-page">
      <div>
        <Typography.Title level={1}>Kích hoạt kế hoạch</Typography.Title>
        <Typography.Paragraph className="plan-title">{plan.data.title}</Typography.Paragraph>
      </div>
      {plan.data.status === 'draft' ? (
        <DraftActivation plan={plan.data} onActivate={setActivating} />
      ) : activating !== null ? (
        <ActivationProgress planId={plan.data.id} expected={activating} />
      ) : (
        <RunningPlan plan={plan.data} />
      )}
    </Flex>
  );
};

const DraftActivation = ({ plan, onActivate }: { plan: Plan; onActivate: (expected: number) => void }) => {
  const [mode, setMode] = useState<'open-now' | 'skip' | undefined>(undefined);
  const [lateDue, setLateDue] = useState<Dayjs | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  const choice: ActivateRequest =
    mode === 'open-now' ? { latePeriods: mode, lateDue: iso(lateDue) } : { latePeriods: mode };
  const ready = mode !== 'open-now' || lateDue !== null;
  const preview = useActivationPreview(plan.id, choice, ready && started === null);
  // Which periods are late does not depend on the choice: the choice-free preview counts them, also while the
  // chosen one waits for its date or loads.
  const unchosen = useActivationPreview(plan.id, {}, started === null);
  const actions = usePlanActions(plan.id);
  const late = unchosen.data?.latePeriods.length ?? 0;

  if (started !== null) return <ActivationProgress planId={plan.id} expected={started} />;
  return (
    <>
      {late > 0 || mode !== undefined ? (
        <Card size="small" title={<h2 className="card-heading">Các kỳ báo cáo đã quá hạn</h2>}>
          <Typography.Paragraph>
            Kế hoạch được kích hoạt muộn: {late} kỳ báo cáo của năm nay đã qua hạn trước hôm nay. Nếu không mở lại, các
            kỳ này sẽ không được giao và kích hoạt có thể không giao nhiệm vụ nào cho tới kỳ sau. Hãy chọn:
          </Typography.Paragraph>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value as 'open-now' | 'skip')}
            aria-label="Xử lý các kỳ đã quá hạn"
          >
            <Flex vertical gap={8}>
              <Radio value="open-now">Mở ngay các kỳ này với hạn mới</Radio>
              <Radio value="skip">Bỏ qua, bắt đầu từ kỳ tiếp theo</Radio>
            </Flex>
          </Radio.Group>
          {mode === 'open-now' ? (
            <Form.Item label="Hạn mới" htmlFor="late-due" className="late-due">
              <DatePicker
                id="late-due"
                format={DATE}
                value={lateDue}
                onChange={setLateDue}
                disabledDate={beforeToday}
                placeholder="dd/mm/yyyy"
              />
            </Form.Item>
          ) : null}
        </Card>
      ) : null}
      {!ready ? (
        <Alert type="info" showIcon title="Chọn hạn mới để xem trước." />
      ) : preview.isPending ? (
        <LoadingState label="Đang tính các kỳ báo cáo…" />
      ) : preview.isError ? (
        <Alert type="error" showIcon title={activationProblemMessage(preview.error)} />
      ) : (
        <>
          <h2 className="section-heading">Xem trước</h2>
          <PreviewDetails preview={preview.data} />
          {actions.activate.isError ? (
            <Alert
              type="error"
              showIcon
              title="Chưa kích hoạt được"
              description={activationProblemMessage(actions.activate.error)}
            />
          ) : null}
          <Flex wrap gap={8}>
            <Popconfirm
              title="Kích hoạt kế hoạch?"
              description={`Sẽ giao ngay ${preview.data.assignmentsNow} nhiệm vụ và gửi thư cho các cơ quan.`}
              okText="Kích hoạt"
              cancelText="Không"
              onConfirm={() => {
                onActivate(preview.data.assignmentsNow);
                actions.activate.mutate(choice, { onSuccess: () => setStarted(preview.data.assignmentsNow) });
              }}
            >
              <Button type="primary" disabled={preview.data.needsChoice} loading={actions.activate.isPending}>
                Kích hoạt
              </Button>
            </Popconfirm>
            <Link to={`/ke-hoach/${plan.id}/du-thao`}>Quay lại rà soát dự thảo</Link>
          </Flex>
          {preview.data.needsChoice ? (
            <Typography.Text type="secondary">
              Hãy chọn cách xử lý các kỳ đã quá hạn trước khi kích hoạt.
            </Typography.Text>
          ) : null}
        </>
      )}
    </>
  );
};

/** Polls the plan's progress until the assignments the preview counted have opened. */
const ActivationProgress = ({ planId, expected }: { planId: string; expected: number }) => {
  const progress = usePlanProgress(planId, (seen) => !(seen?.status === 'active' && seen.total >= expected));
  const opened = progress.data?.total ?? 0;
  const done = progress.data?.status === 'active' && opened >= expected;
  const client = useQueryClient();
  useEffect(() => {
    // The plan turns active in its workflow, after the activation request answered: read its status again.
    if (done) void client.invalidateQueries({ queryKey: intakeKeys.plan(planId), exact: true });
  }, [done, client, planId]);
  return (
    <Card size="small" title={<h2 className="card-heading">Đang kích hoạt</h2>}>
      <div role="status" aria-live="polite">
        {done ? (
          <Alert
            type="success"
            showIcon
            title={`Kế hoạch đã được kích hoạt: đã giao ${opened} nhiệm vụ.`}
            description={
              progress.data?.nextPeriod
                ? `Kỳ tiếp theo mở ngày ${formatDate(progress.data.nextPeriod.opens)}.`
                : undefined
            }
          />
        ) : (
          <>
            <Typography.Paragraph>
              Đã giao {opened}/{expected} nhiệm vụ…
            </Typography.Paragraph>
            <Progress
              percent={expected === 0 ? 0 : Math.round((opened / expected) * 100)}
              status="active"
              aria-label="Tiến độ giao nhiệm vụ"
            />
          </>
        )}
      </div>
      <Link to={`/ke-hoach/${planId}`}>Xem tiến độ kế hoạch</Link>
    </Card>
  );
};

const RunningPlan = ({ plan }: { plan: Plan }) => {
  const actions = usePlanActions(plan.id);
  const tasks = useTasks(plan.id);
  const progress = usePlanProgress(plan.id, () => false);
  const [reason, setReason] = useState('');
  const [taskId, setTaskId] = useState<string | undefined>(undefined);
  const [due, setDue] = useState<Dayjs | null>(null);
  if (plan.status !== 'active') {
    return <Alert type="info" showIcon title={`Kế hoạch ${plan.status === 'cancelled' ? 'đã huỷ' : 'đã kết thúc'}.`} />;
  }
  const onRequest = (tasks.data ?? []).filter((task) => !startsByItself.has(String(task.schedule?.kind)));
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={
          <span>
            Kế hoạch đang thực hiện <Tag>{progress.data?.total ?? '…'} nhiệm vụ đã giao</Tag>
          </span>
        }
      />
      <Card size="small" title={<h2 className="card-heading">Giao nhiệm vụ khi có yêu cầu</h2>}>
        <Form
          layout="vertical"
          onFinish={() =>
            taskId &&
            due &&
            actions.trigger.mutate(
              { taskId, due: iso(due)! },
              {
                onSuccess: () => {
                  setTaskId(undefined);
                  setDue(null);
                },
              },
            )
          }
        >
          <Form.Item label="Nhiệm vụ" htmlFor="trigger-task" required>
            <Select
              id="trigger-task"
              value={taskId}
              onChange={setTaskId}
              placeholder="Chọn nhiệm vụ"
              options={onRequest.map((task) => ({ value: task.id, label: `${task.code} — ${task.title}` }))}
              notFoundContent="Không có nhiệm vụ giao theo yêu cầu"
            />
          </Form.Item>
          <Form.Item label="Hạn thực hiện" htmlFor="trigger-due" required>
            <DatePicker
              id="trigger-due"
              format={DATE}
              value={due}
              onChange={setDue}
              disabledDate={beforeToday}
              placeholder="dd/mm/yyyy"
            />
          </Form.Item>
          {actions.trigger.isError ? (
            <Alert type="error" showIcon title={activationProblemMessage(actions.trigger.error)} />
          ) : null}
          {actions.trigger.isSuccess ? <Alert type="success" showIcon title="Đã giao nhiệm vụ." /> : null}
          <Button htmlType="submit" disabled={!taskId || !due} loading={actions.trigger.isPending}>
            Giao nhiệm vụ
          </Button>
        </Form>
      </Card>
      <Card size="small" title={<h2 className="card-heading">Huỷ kế hoạch</h2>}>
        <Form layout="vertical">
          <Form.Item label="Lý do huỷ" htmlFor="cancel-reason" required>
            <Input.TextArea
              id="cancel-reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              autoSize
              maxLength={1000}
            />
          </Form.Item>
          {actions.cancel.isError ? (
            <Alert type="error" showIcon title={activationProblemMessage(actions.cancel.error)} />
          ) : null}
          {actions.cancel.isSuccess ? (
            <Alert type="success" showIcon title="Đã gửi yêu cầu huỷ: các nhiệm vụ đang mở sẽ bị huỷ." />
          ) : null}
          <Popconfirm
            title="Huỷ kế hoạch?"
            description="Mọi nhiệm vụ đang mở sẽ bị huỷ. Không thể hoàn tác."
            okText="Huỷ kế hoạch"
            cancelText="Không"
            onConfirm={() => actions.cancel.mutate(reason.trim())}
          >
            <Button danger disabled={!reason.trim()} loading={actions.cancel.isPending}>
              Huỷ kế hoạch
            </Button>
          </Popconfirm>
        </Form>
      </Card>
    </>
  );
};
