import { Injectable } from '@nestjs/common';
import { type Actor, provinceFilterOf } from '@dondoc/auth';
import { CsvSyntaxError, DirectoryFileError, DirectoryImporter, type DirectorySource } from '@dondoc/directory';
import { currentRequestId } from '../http/request-context';
import { invalidField } from '../http/problems';
import { requireServedProvince } from '../http/provinces';
import { DirectoryImportResponse } from './directory-import.response';

export interface DirectoryUpload {
  /** A parsed JSON body, or the CSV text. */
  body: unknown;
  format: DirectorySource['format'];
  province?: string;
}

@Injectable()
export class DirectoryService {
  constructor(private readonly importer: DirectoryImporter) {}

  /** The importer writes the valid rows and its audit event in one transaction and reports the rest. */
  async import(actor: Actor, upload: DirectoryUpload): Promise<DirectoryImportResponse> {
    for (const named of [upload.province, ...provincesNamedIn(upload.body)]) requireServedProvince(actor, named);
    const province = upload.province ?? provinceFilterOf(actor);
    const text = typeof upload.body === 'string' ? upload.body : JSON.stringify(upload.body ?? null);
    try {
      const report = await this.importer.import(
        { text, format: upload.format, province },
        { actor: { id: actor.userId, email: actor.email }, requestId: currentRequestId() },
      );
      return DirectoryImportResponse.fromReport(report);
    } catch (error) {
      if (error instanceof DirectoryFileError || error instanceof CsvSyntaxError)
        throw invalidField('body', error.message);
      throw error;
    }
  }
}

/** The provinces a JSON directory names, at its top and on its rows; a CSV names none (the query does). */
function provincesNamedIn(body: unknown): string[] {
  const provinceOf = (value: unknown): unknown[] =>
    typeof value === 'object' && value !== null && 'province' in value ? [value.province] : [];
  if (typeof body !== 'object' || body === null) return [];
  const rows = ['agencies', 'groups'].flatMap((list): unknown[] => {
    const entries: unknown = (body as Record<string, unknown>)[list];
    return Array.isArray(entries) ? (entries as unknown[]) : [];
  });
  return [body, ...rows].flatMap(provinceOf).filter((named): named is string => typeof named === 'string');
}
