import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Progress, Space, Tabs, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanImport, PlanImportJob } from '../../api/types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSession } from '../../lib/session';
import { can } from '../../lib/roles';
import { importPlan, isImportJob, usePlanImportJob } from './api';
import { importProblemMessage } from './intake-problems';
import { DropHint } from '../../components/drop-hint';

const ACCEPT = '.txt,.md,.docx,.doc,.pdf';
/** About 300 pages of text: a plan copied from a portal page or a document, never near it. */
const MAX_PASTED_CHARS = 1_000_000;

type Source = 'file' | 'pasted';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'parsing' }
  | { kind: 'scanning'; jobId: string; started: number };

/** A plan document becomes a draft: drop it, name the province whose directory resolves the agencies, upload. */
export const ImportPage = () => {
  useDocumentTitle('Nhập kế hoạch');
  const session = useSession();
  const navigate = useNavigate();
  const [source, setSource] = useState<Source>('file');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [pasted, setPasted] = useState('');
  const [province, setProvince] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ body: PlanImport; seconds: number } | null>(null);

  if (!can(session.data, 'managePlans')) {
    return <Alert type="warning" showIcon title="Chỉ cán bộ điều phối và quản trị viên được nhập kế hoạch." />;
  }

  const ready = source === 'file' ? files.length > 0 : pasted.trim() !== '';
  const submit = async () => {
    const file = source === 'file' ? files[0]?.originFileObj : pastedAsFile(pasted);
    if (!file) return setError(source === 'file' ? 'Chưa chọn tệp kế hoạch.' : 'Chưa dán nội dung kế hoạch.');
    if (source === 'pasted' && pasted.length > MAX_PASTED_CHARS) {
      return setError(
        `Nội dung đã dán dài ${pasted.length.toLocaleString('vi-VN')} ký tự, quá ${MAX_PASTED_CHARS.toLocaleString('vi-VN')} ký tự: hãy lưu thành tệp và tải tệp lên.`,
      );
    }
    setError(null);
    setResult(null);
    const started = performance.now();
    setStage({ kind: 'uploading', percent: 0 });
    try {
      const body = await importPlan(file, province, (percent) =>
        setStage(percent >= 100 ? { kind: 'parsing' } : { kind: 'uploading', percent }),
      );
      if (isImportJob(body)) return setStage({ kind: 'scanning', jobId: body.id, started });
      setResult({ body, seconds: (performance.now() - started) / 1000 });
      setStage({ kind: 'idle' });
    } catch (problem) {
      setError(importProblemMessage(problem));
      setStage({ kind: 'idle' });
    }
  };
  const scanEnded = (job: PlanImportJob, started: number) => {
    if (job.result) setResult({ body: job.result, seconds: (performance.now() - started) / 1000 });
    else setError(importProblemMessage(job.problem));
    setStage({ kind: 'idle' });
  };

  const busy = stage.kind !== 'idle';
  const fileField = (
    <Form.Item label="Văn bản kế hoạch" required>
      <Upload.Dragger
        accept={ACCEPT}
        maxCount={1}
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => setFiles(fileList.slice(-1))}
        disabled={busy}
        aria-label="Chọn hoặc kéo thả văn bản kế hoạch"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <DropHint photos={false} />
        <p className="ant-upload-hint">.txt, .md, .docx, .doc, .pdf (bản quét được nhận dạng chữ)</p>
      </Upload.Dragger>
    </Form.Item>
  );
  const pastedField = (
    <Form.Item
      label="Nội dung kế hoạch"
      htmlFor="import-pasted"
      required
      extra="Sao chép toàn bộ văn bản (kể cả bảng danh mục nhiệm vụ) từ trang cổng thông tin, Word hoặc Excel rồi dán vào đây."
    >
      <Input.TextArea
        id="import-pasted"
        value={pasted}
        onChange={(event) => setPasted(event.target.value)}
        autoSize={{ minRows: 8, maxRows: 20 }}
        disabled={busy}
      />
    </Form.Item>
  );
  return (
    <Flex vertical gap="large" className="intake-page">
      <Typography.Title level={1}>Nhập kế hoạch từ văn bản</Typography.Title>
      <Typography.Paragraph>
        Kéo thả văn bản kế hoạch (.txt, .md, .docx, .doc hoặc .pdf, kể cả bản quét, tối đa 20 MB), hoặc dán nội dung đã
        sao chép. dondoc đọc danh mục nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn, rồi tạo bản dự thảo để bạn rà
        soát trước khi kích hoạt.
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Tabs
          activeKey={source}
          onChange={(key) => setSource(key as Source)}
          items={[
            { key: 'file', label: 'Tải tệp lên', children: fileField, disabled: busy },
            { key: 'pasted', label: 'Dán nội dung', children: pastedField, disabled: busy },
          ]}
        />
        {session.data?.province ? (
          <Form.Item
            label="Tỉnh"
            extra="Kế hoạch thuộc tỉnh anh/chị phụ trách; tên cơ quan được nhận diện theo danh bạ của tỉnh."
          >
            <Typography.Text strong>{session.data.province}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            label="Tỉnh"
            htmlFor="import-province"
            extra="Danh bạ cơ quan của tỉnh này dùng để nhận diện tên cơ quan. Để trống: lấy theo tỉnh nêu trong văn bản."
          >
            <Input
              id="import-province"
              value={province}
              onChange={(event) => setProvince(event.target.value)}
              placeholder="Ví dụ: Lai Châu"
              disabled={busy}
            />
          </Form.Item>
        )}
        {stage.kind === 'uploading' ? (
          <Progress percent={stage.percent} status="active" aria-label="Tiến độ tải lên" />
        ) : null}
        {stage.kind === 'parsing' ? (
          <Alert type="info" showIcon title="Đã tải lên, đang đọc văn bản và nhận diện cơ quan…" role="status" />
        ) : null}
        {stage.kind === 'scanning' ? (
          <ScanProgress jobId={stage.jobId} onEnded={(job) => scanEnded(job, stage.started)} />
        ) : null}
        {error ? <Alert type="error" showIcon title="Không nhập được kế hoạch" description={error} /> : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!ready}>
            {source === 'file' ? 'Tải lên và đọc kế hoạch' : 'Đọc nội dung đã dán'}
          </Button>
        </Form.Item>
      </Form>
      {result ? <ImportResult result={result} onReview={() => void navigate(reviewPath(result.body))} /> : null}
    </Flex>
  );
};

/** A scan read page by page by OCR, in the background: the page can be left and the draft found in the plans list. */
const ScanProgress = ({ jobId, onEnded }: { jobId: string; onEnded: (job: PlanImportJob) => void }) => {
  const job = usePlanImportJob(jobId);
  const data = job.data;
  useEffect(() => {
    if (data && data.status !== 'reading') onEnded(data);
  }, [data, onEnded]);
  const total = data?.pagesTotal ?? null;
  const done = data?.pagesDone ?? 0;
  return (
    <div role="status" aria-live="polite">
      <Typography.Paragraph>
        Tệp là bản quét (ảnh chụp): dondoc đang nhận dạng chữ (OCR)
        {total ? `, đã đọc ${done}/${total} trang` : ', đang đếm số trang'}… Việc này có thể mất vài phút.
      </Typography.Paragraph>
      <Progress
        percent={total ? Math.round((done / total) * 100) : 0}
        status="active"
        aria-label="Tiến độ nhận dạng chữ"
      />
    </div>
  );
};

/** Pasted text goes up as the .txt file it would have been saved as: one reader for both. */
const pastedAsFile = (text: string): File | undefined =>
  text.trim() === '' ? undefined : new File([text], 'ke-hoach-da-dan.txt', { type: 'text/plain' });

const reviewPath = (body: PlanImport) => `/ke-hoach/${body.plan.id}/du-thao`;

const ImportResult = ({
  result,
  onReview,
}: {
  result: { body: PlanImport; seconds: number };
  onReview: () => void;
}) => {
  const { body, seconds } = result;
  const unresolved = body.unresolvedAgencies.length;
  return (
    <Card title={<h2 className="card-heading">Kết quả đọc văn bản</h2>} role="region" aria-label="Kết quả đọc văn bản">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="Kế hoạch">{body.plan.title}</Descriptions.Item>
        <Descriptions.Item label="Tỉnh (danh bạ)">{body.province ?? 'Không xác định'}</Descriptions.Item>
        <Descriptions.Item label="Số nhiệm vụ">{body.tasks.length}</Descriptions.Item>
        <Descriptions.Item label="Tên cơ quan chưa nhận diện">{unresolved}</Descriptions.Item>
        <Descriptions.Item label="Lưu ý cần rà soát">{body.warnings.length}</Descriptions.Item>
        <Descriptions.Item label="Thời gian xử lý">
          {seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây
        </Descriptions.Item>
      </Descriptions>
      <Space wrap className="intake-actions">
        <Button type="primary" onClick={onReview}>
          Rà soát dự thảo
        </Button>
        <Link to={`/ke-hoach/${body.plan.id}`}>Xem trang kế hoạch</Link>
      </Space>
    </Card>
  );
};
