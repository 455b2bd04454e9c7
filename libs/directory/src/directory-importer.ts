import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AgencyEntity,
  AgencyGroupRepository,
  AgencyRepository,
  type AuditActor,
  AuditEventRepository,
  type UpsertOutcome,
} from '@dondoc/persistence';
import { type DirectorySource, type ParsedDirectory, type RejectedRow } from './directory.types';
import { parseDirectory } from './parse-directory';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Totals over agencies and groups. `updated` counts only rows that really changed; equal rows are `unchanged`. */
export interface DirectoryImportReport extends ImportCounts {
  agencies: ImportCounts;
  groups: ImportCounts;
  rejected: RejectedRow[];
}

export interface ImportContext {
  actor: AuditActor | null;
  requestId?: string | null;
}

const noCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

@Injectable()
export class DirectoryImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly groups: AgencyGroupRepository,
    private readonly audit: AuditEventRepository,
  ) {}

  /**
   * Upserts the file's valid agencies (by code) and groups (by code, members by agency code) in one transaction
   * with its audit event: if the database refuses any row, nothing is written. Invalid rows are reported, not written.
   */
  import(source: DirectorySource, context: ImportContext = { actor: null }): Promise<DirectoryImportReport> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(AgencyEntity).find({ select: { id: true, code: true } });
      const idByCode = new Map(existing.map((agency) => [agency.code, agency.id]));
      const parsed = parseDirectory(source, { knownAgencyCodes: new Set(idByCode.keys()) });

      const report: DirectoryImportReport = {
        ...noCounts(),
        agencies: await this.writeAgencies(manager, parsed, idByCode),
        groups: await this.writeGroups(manager, parsed, idByCode),
        rejected: parsed.rejected,
      };
      for (const key of ['created', 'updated', 'unchanged'] as const) {
        report[key] = report.agencies[key] + report.groups[key];
      }
      await this.audit.record(manager, {
        actor: context.actor,
        action: 'directory.import',
        entityType: 'directory',
        entityId: parsed.accepted[0]?.province ?? source.province ?? null,
        after: { format: source.format, ...report, rejected: report.rejected.length },
        requestId: context.requestId ?? null,
      });
      return report;
    });
  }

  private async writeAgencies(
    manager: EntityManager,
    parsed: ParsedDirectory,
    idByCode: Map<string, string>,
  ): Promise<ImportCounts> {
    const counts = noCounts();
    // Parents precede children in `accepted`, so each parent id is known by the time a child needs it.
    for (const { parentCode, ...agency } of parsed.accepted) {
      const parentId = parentCode === null ? null : (idByCode.get(parentCode) ?? null);
      const { entity, outcome } = await this.agencies.upsertByCode({ ...agency, parentId }, manager);
      idByCode.set(entity.code, entity.id);
      count(counts, outcome);
    }
    return counts;
  }

  private async writeGroups(
    manager: EntityManager,
    parsed: ParsedDirectory,
    idByCode: ReadonlyMap<string, string>,
  ): Promise<ImportCounts> {
    const counts = noCounts();
    for (const { memberCodes, ...group } of parsed.groups) {
      const memberIds = memberCodes.flatMap((code) => idByCode.get(code) ?? []);
      const { outcome } = await this.groups.upsertByCode({ ...group, memberIds }, manager);
      count(counts, outcome);
    }
    return counts;
  }
}

function count(counts: ImportCounts, outcome: UpsertOutcome): void {
  counts[outcome] += 1;
}
