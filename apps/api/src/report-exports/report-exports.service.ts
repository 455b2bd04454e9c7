import { Injectable } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import {
  BUCKET_LABELS,
  BucketCounter,
  type BucketTally,
  type IsoDate,
  ROLE_LABELS,
  type StatusBucket,
  formatVietnamese,
  localDateOf,
  periodLabel,
  planNumberLabel,
} from '@dondoc/domain';
import { AgencyRepository, type PlanEntity, TaskRepository } from '@dondoc/persistence';
import { AgencyNames } from '../status-reports/agency-names';
import { type RankingQuery } from '../status-reports/ranking.query';
import { type RankedAgencyResponse } from '../status-reports/ranking.response';
import { RankingService } from '../status-reports/ranking.service';
import { type ClassifiedAssignment, StatusReportsService, asOfDay } from '../status-reports/status-reports.service';
import { type ExportQuery } from './report-exports.query';
import { type ExportColumn, type TabularExport } from './tabular-export';

const TRACKED: StatusBucket[] = ['doneOnTime', 'doneLate', 'openInTime', 'openOverdue'];

interface ProgressRow {
  index: number;
  taskCode: string;
  taskTitle: string;
  agencyName: string;
  item: ClassifiedAssignment;
}

interface TallyRow {
  index: number;
  name: string;
  tally: BucketTally;
}

/** The tables the office sends upward, built from the same figures the status report serves. */
@Injectable()
export class ReportExportsService {
  constructor(
    private readonly reports: StatusReportsService,
    private readonly rankings: RankingService,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** One row per assignment, streamed in the plan's order; the totals are the four buckets. */
  async progress(actor: Actor, planId: string, query: ExportQuery): Promise<TabularExport<ProgressRow>> {
    const plan = await this.reports.planOf(planId);
    const asOf = asOfDay(query.asOf);
    const scope = this.reports.planScope(actor, plan.id, query);
    const tasks = new Map((await this.tasks.listForPlan(plan.id)).map((task) => [task.id, task]));
    const names = new AgencyNames(this.agencies);
    const counter = new BucketCounter();
    const classified = this.reports.classified(scope, asOf);
    async function* rows(): AsyncGenerator<ProgressRow> {
      let index = 0;
      for await (const item of classified) {
        counter.add(item.classified, item.snapshot);
        const task = tasks.get(item.taskId);
        index += 1;
        yield {
          index,
          taskCode: task?.code ?? '',
          taskTitle: task?.title ?? '',
          agencyName: await names.of(item.snapshot.agencyId),
          item,
        };
      }
    }
    const columns: Array<ExportColumn<ProgressRow>> = [
      { header: 'STT', width: 6, kind: 'integer', value: (row) => row.index },
      { header: 'Mã nhiệm vụ', width: 12, kind: 'text', value: (row) => row.taskCode },
      { header: 'Nhiệm vụ', width: 50, kind: 'text', value: (row) => row.taskTitle },
      { header: 'Cơ quan', width: 36, kind: 'text', value: (row) => row.agencyName },
      { header: 'Vai trò', width: 10, kind: 'text', value: (row) => ROLE_LABELS[row.item.role] },
      { header: 'Kỳ báo cáo', width: 14, kind: 'text', value: (row) => periodLabel(row.item.period) },
      { header: 'Hạn', width: 12, kind: 'date', value: (row) => row.item.snapshot.due },
      { header: 'Ngày gửi báo cáo', width: 14, kind: 'date', value: (row) => row.item.snapshot.submittedOn },
      { header: 'Tình trạng', width: 26, kind: 'text', value: (row) => BUCKET_LABELS[row.item.classified.bucket] },
      { header: 'Số ngày quá hạn', width: 10, kind: 'integer', value: (row) => row.item.classified.late.calendar },
      { header: 'Ghi chú', width: 30, kind: 'text', value: (row) => progressNote(row.item) },
    ];
    return {
      ...this.frame(plan, asOf, 'tien-do', 'Tiến độ', 'TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH'),
      columns,
      rows: rows(),
      totals: () => {
        const tally = counter.finish();
        return [
          ['Tổng số', tally.counted],
          ...TRACKED.map((bucket): [string, number] => [
            `${BUCKET_LABELS[bucket]} (${tally.buckets[bucket].percent}%)`,
            tally.buckets[bucket].count,
          ]),
          [BUCKET_LABELS.waived, tally.buckets.waived.count],
          [BUCKET_LABELS.cancelled, tally.buckets.cancelled.count],
        ];
      },
    };
  }

  /** The four buckets per agency or per task, with a total row. */
  async buckets(
    actor: Actor,
    planId: string,
    by: 'agency' | 'task',
    query: ExportQuery,
  ): Promise<TabularExport<TallyRow>> {
    const report = await this.reports.plan(actor, planId, query);
    const plan = await this.reports.planOf(planId);
    const groups =
      by === 'agency'
        ? report.byAgency.map((entry) => ({ name: entry.agencyName, tally: entry.tally }))
        : report.byTask.map((entry) => ({ name: `${entry.taskCode}. ${entry.taskTitle}`, tally: entry.tally }));
    const rows: TallyRow[] = [
      ...groups.map((group, index) => ({ index: index + 1, ...group })),
      { index: 0, name: 'Tổng cộng', tally: report.total },
    ];
    const columns: Array<ExportColumn<TallyRow>> = [
      { header: 'STT', width: 6, kind: 'integer', value: (row) => (row.index > 0 ? row.index : null) },
      { header: by === 'agency' ? 'Cơ quan' : 'Nhiệm vụ', width: 44, kind: 'text', value: (row) => row.name },
      { header: 'Tổng số', width: 9, kind: 'integer', value: (row) => row.tally.counted },
      ...TRACKED.flatMap((bucket): Array<ExportColumn<TallyRow>> => [
        { header: BUCKET_LABELS[bucket], width: 14, kind: 'integer', value: (row) => row.tally.buckets[bucket].count },
        { header: 'Tỷ lệ (%)', width: 9, kind: 'decimal', value: (row) => row.tally.buckets[bucket].percent },
      ]),
      {
        header: 'Quá hạn lâu nhất (ngày)',
        width: 12,
        kind: 'integer',
        value: (row) => row.tally.overdueDays.max.calendar,
      },
      { header: BUCKET_LABELS.waived, width: 12, kind: 'integer', value: (row) => row.tally.buckets.waived.count },
      {
        header: BUCKET_LABELS.cancelled,
        width: 10,
        kind: 'integer',
        value: (row) => row.tally.buckets.cancelled.count,
      },
    ];
    const [fileName, sheet, title] =
      by === 'agency'
        ? ['theo-co-quan', 'Theo cơ quan', 'KẾT QUẢ THỰC HIỆN THEO CƠ QUAN']
        : ['theo-nhiem-vu', 'Theo nhiệm vụ', 'KẾT QUẢ THỰC HIỆN THEO NHIỆM VỤ'];
    return { ...this.frame(plan, report.asOf as IsoDate, fileName, sheet, title), columns, rows: fromArray(rows) };
  }

  /** The ranking with the rubric version that produced it and the reasons for each agency's deductions. */
  async ranking(actor: Actor, planId: string, query: RankingQuery): Promise<TabularExport<RankedAgencyResponse>> {
    const ranking = await this.rankings.rank(actor, planId, query);
    const plan = await this.reports.planOf(planId);
    const count = (bucket: StatusBucket) => (row: RankedAgencyResponse) => row.buckets.buckets[bucket].count;
    const columns: Array<ExportColumn<RankedAgencyResponse>> = [
      { header: 'Xếp hạng', width: 8, kind: 'integer', value: (row) => row.rank },
      { header: 'Cơ quan', width: 40, kind: 'text', value: (row) => row.agencyName },
      { header: 'Điểm', width: 9, kind: 'decimal', value: (row) => row.score },
      { header: 'Số nhiệm vụ được chấm', width: 12, kind: 'integer', value: (row) => row.scoredAssignments },
      ...TRACKED.map((bucket): ExportColumn<RankedAgencyResponse> => ({
        header: BUCKET_LABELS[bucket],
        width: 14,
        kind: 'integer',
        value: count(bucket),
      })),
      { header: 'Ngày làm việc chậm', width: 11, kind: 'integer', value: (row) => row.workingDaysLate },
      { header: 'Số lần bị trả lại', width: 10, kind: 'integer', value: (row) => row.returns },
      {
        header: 'Lý do trừ điểm',
        width: 60,
        kind: 'text',
        value: (row) => row.deductions.map((deduction) => deduction.detail).join('; '),
      },
    ];
    const frame = this.frame(plan, ranking.asOf as IsoDate, 'xep-hang', 'Xếp hạng', 'XẾP HẠNG CƠ QUAN, ĐƠN VỊ');
    return {
      ...frame,
      subtitle: [
        ...frame.subtitle,
        ...(ranking.period ? [`Kỳ báo cáo: ${periodLabel(ranking.period)}`] : []),
        `Chấm theo bộ tiêu chí phiên bản ${ranking.rubricVersion}. ${ranking.tieRule}`,
      ],
      columns,
      rows: fromArray(ranking.rows),
    };
  }

  frame(
    plan: PlanEntity,
    asOf: IsoDate,
    fileName: string,
    sheetName: string,
    title: string,
  ): Pick<TabularExport<never>, 'fileName' | 'sheetName' | 'title' | 'subtitle'> {
    const named = `${planNumberLabel(plan.number)}: ${plan.title}`;
    return {
      fileName: `${fileName}-${plan.number?.replace(/[^\p{L}\p{N}-]+/gu, '-') ?? plan.id}-${asOf}`,
      sheetName,
      title,
      subtitle: [
        named,
        `Số liệu tính đến hết ngày ${formatVietnamese(asOf)}`,
        `Lập ngày ${formatVietnamese(localDateOf(Date.now()))}`,
      ],
    };
  }
}

function progressNote(item: ClassifiedAssignment): string {
  const notes: string[] = [];
  if (item.snapshot.status === 'submitted') notes.push('Chờ thẩm định');
  if (item.snapshot.extensions > 0) notes.push(`Gia hạn ${item.snapshot.extensions} lần`);
  if (item.snapshot.returns > 0) notes.push(`Trả lại ${item.snapshot.returns} lần`);
  if (item.classified.bucket === 'openOverdue' || item.classified.bucket === 'doneLate') {
    notes.push(`${item.classified.late.working} ngày làm việc`);
  }
  return notes.join('; ');
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}
