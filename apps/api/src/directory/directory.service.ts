import { Injectable } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { CsvSyntaxError, DirectoryFileError, DirectoryImporter, type DirectorySource } from '@dondoc/directory';
import { currentRequestId } from '../http/request-context';
import { invalidField } from '../http/problems';
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
    const text = typeof upload.body === 'string' ? upload.body : JSON.stringify(upload.body ?? null);
    try {
      const report = await this.importer.import(
        { text, format: upload.format, province: upload.province },
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
