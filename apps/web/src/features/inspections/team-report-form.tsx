import { Alert, Button, Card, Form, Input } from 'antd';
import type { Briefing } from '../../api/types';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';
import { useSubmitTeamReport } from './api';

const maxReportLength = 100_000;

export const TeamReportForm = ({ briefing }: { briefing: Briefing }) => {
  const [form] = Form.useForm<{ report: string }>();
  const submit = useSubmitTeamReport(briefing.inspection.id);
  const missing = briefing.targets.filter((target) => !target.finding).map((target) => target.agency.name);
  const done = briefing.inspection.status === 'reported' || briefing.inspection.status === 'closed';

  if (!briefing.inspection.canSubmit) {
    return (
      <Alert
        type={done ? 'success' : 'info'}
        showIcon
        title={done ? 'Đoàn đã gửi báo cáo kết quả kiểm tra' : 'Đợt kiểm tra không còn nhận báo cáo kết quả'}
        description="Trang này chỉ để xem, không sửa được kết quả kiểm tra."
      />
    );
  }

  const onFinish = ({ report }: { report: string }) =>
    submit.mutate(report, { onError: (error) => showFieldErrors(form, error, ['report']) });

  return (
    <Card title={<h2 className="card-heading">Báo cáo kết quả kiểm tra của đoàn</h2>}>
      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={`Còn ${missing.length} cơ quan chưa có kết quả kiểm tra`}
          description={missing.join('; ')}
        />
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} disabled={submit.isPending} onFinish={onFinish}>
        <Form.Item
          name="report"
          label="Báo cáo kết quả kiểm tra của đoàn"
          extra="Tổng hợp kết quả kiểm tra các cơ quan, đánh giá chung và kiến nghị của đoàn. Sau khi gửi, không sửa được."
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập báo cáo kết quả kiểm tra.' }]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={maxReportLength} showCount />
        </Form.Item>
        {submit.isError ? (
          <Alert type="error" showIcon className="form-alert" title={problemMessage(submit.error)} />
        ) : null}
        <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
          Gửi báo cáo kết quả kiểm tra
        </Button>
      </Form>
    </Card>
  );
};
