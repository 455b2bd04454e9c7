import { DEFAULT_PLAN_POLICY, standingOfficeEmails } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { type ExtractedPlan } from '@dondoc/plan-import';
import { createHash } from 'node:crypto';
import { type Actor, provinceFilterOf } from '@dondoc/auth';
import {
  type AgencyEntity,
  isUniqueViolation,
  type PlanImportJobEntity,
  type PlanSourceDocument,
  PlanRepository,
  type PlanWarning,
  type TaskAgencyLink,
  TaskRepository,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { duplicate, invalidField } from '../http/problems';
import { requireServedProvince } from '../http/provinces';
import { PlanIntakeClient } from '../plans/plan-intake.client';
import { PlanResponse } from '../plans/plan.response';
import { TaskAgencyResponse } from '../tasks/task-agency.response';
import { type ImportedTask, resolveDraft } from './draft-resolution';
import { DocumentReaders } from './document-readers';
import { type ImportPlanDto } from './import-plan.dto';
import { planFields } from './plan-fields';
import { NOT_A_PLAN, importProblem } from './plan-import.problems';
import { ImportedTaskResponse, type PlanImportResponse } from './plan-import.response';
import { type ProvinceDirectory, ProvinceDirectories } from './province-directories';
import { ScannedPlans } from './scanned-plans';
import { type UploadedDocument, checkUpload } from './uploaded-document';

@Injectable()
export class PlanImportService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly directories: ProvinceDirectories,
    private readonly intake: PlanIntakeClient,
    private readonly audit: AuditTrail,
    private readonly readers: DocumentReaders,
    private readonly scans: ScannedPlans,
  ) {}

  /**
   * The draft at once, or, for a scan, the job that reads it by OCR and then writes the draft the same way.
   */
  async import(
    actor: Actor,
    file: UploadedDocument | undefined,
    dto: ImportPlanDto,
  ): Promise<PlanImportResponse | PlanImportJobEntity> {
    if (!file) throw invalidField('file', 'a multipart field “file” with the plan is required');
    requireServedProvince(actor, dto.province);
    const { mediaType } = checkUpload(file);
    let extracted: ExtractedPlan;
    try {
      extracted = await this.readers.read(file.buffer, file.originalname);
    } catch (error) {
      if (!this.scans.reads(error)) throw error;
      const job = { filename: file.originalname, province: actor.province, createdBy: actor.userId };
      return this.scans.start(job, file.buffer, (scanned) => this.importRead(actor, file, mediaType, dto, scanned));
    }
    return this.importRead(actor, file, mediaType, dto, extracted);
  }

  /**
   * Resolves everything first, then writes the draft, its tasks, their agencies and the audit event and starts the
   * intake workflow in one transaction: any refusal leaves nothing behind.
   */
  private async importRead(
    actor: Actor,
    file: UploadedDocument,
    mediaType: string,
    dto: ImportPlanDto,
    { text, draft }: ExtractedPlan,
  ): Promise<PlanImportResponse> {
    if (draft.kind !== 'plan') throw importProblem(NOT_A_PLAN, draft.warnings[0]?.message ?? 'Not a plan');
    const directory = await this.directories.forPlan(dto.province, text, draft.issuer, provinceFilterOf(actor));
    const resolved = resolveDraft(draft, directory?.resolver ?? null);
    const { fields, warnings: fieldWarnings } = planFields(text, draft, file.originalname);
    const office = resolved.standingOfficeCode ? (directory?.agencies.get(resolved.standingOfficeCode) ?? null) : null;
    const [officeEmail = null] = standingOfficeEmails(office, null);
    const warnings = [...fieldWarnings, ...noticesFor(directory, officeEmail, actor), ...resolved.warnings];
    const sourceDocument: PlanSourceDocument = {
      filename: file.originalname,
      mediaType,
      size: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
    try {
      return await this.audit.change(actor, async (manager) => {
        const plan = await this.plans.createDraft(
          {
            ...fields,
            sourceDocument,
            warnings,
            province: actor.province ?? directory?.resolver.province ?? null,
            standingOfficeId: office?.id ?? null,
            standingOfficeEmail: officeEmail,
            policy: DEFAULT_PLAN_POLICY,
          },
          manager,
        );
        const stored = await this.tasks.upsertForPlan(
          plan.id,
          resolved.tasks.map(({ task }) => task),
          manager,
        );
        const byCode = new Map(resolved.tasks.map((imported) => [imported.task.code, imported]));
        const tasks: ImportedTaskResponse[] = [];
        for (const task of stored) {
          const agencies = agenciesOf(byCode.get(task.code), directory);
          await this.tasks.setAgencies(
            task.id,
            agencies.map(({ agencyId, role }): TaskAgencyLink => ({ agencyId, role })),
            manager,
          );
          tasks.push(ImportedTaskResponse.withAgencies(task, agencies));
        }
        await this.intake.start(plan, officeEmail ?? actor.email);
        const result: PlanImportResponse = {
          plan: PlanResponse.from(plan),
          province: directory?.resolver.province ?? null,
          sourceDocument,
          tasks,
          warnings,
          unresolvedAgencies: resolved.unresolved,
        };
        const after = {
          plan: result.plan,
          sourceDocument,
          tasks: tasks.length,
          unresolvedAgencies: resolved.unresolved.length,
        };
        return { result, change: { action: 'plan.import', entityType: 'plan', entityId: plan.id, after } };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate('number', `a plan numbered ${draft.number ?? ''} already exists`);
      throw error;
    }
  }
}

function agenciesOf(imported: ImportedTask | undefined, directory: ProvinceDirectory | null): TaskAgencyResponse[] {
  if (imported === undefined) return [];
  const link = (role: 'lead' | 'coordinating') => (code: string) => {
    const agency: AgencyEntity | undefined = directory?.agencies.get(code);
    return agency ? [TaskAgencyResponse.from(agency, role)] : [];
  };
  return [...imported.leadCodes.flatMap(link('lead')), ...imported.coordinatingCodes.flatMap(link('coordinating'))];
}

function noticesFor(directory: ProvinceDirectory | null, officeEmail: string | null, actor: Actor): PlanWarning[] {
  const notices: PlanWarning[] = [];
  if (directory === null) {
    const message =
      'Không có danh bạ cơ quan của tỉnh mà văn bản nêu: chưa nhận diện được tên cơ quan nào. Hãy nhập danh bạ ' +
      '(trang Cơ quan, đơn vị) rồi nhập lại kế hoạch và chọn tỉnh, hoặc thêm từng cơ quan vào danh bạ ngay tại nhiệm vụ.';
    notices.push({ code: 'province-unknown', message });
  }
  if (officeEmail === null) {
    const message = `Chưa biết địa chỉ thư của cơ quan thường trực: thư báo đã nhận kế hoạch được gửi tới ${actor.email}`;
    notices.push({ code: 'standing-office-email', message, where: 'standingOffice' });
  }
  return notices;
}
