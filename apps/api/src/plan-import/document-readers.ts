import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type ExtractedPlan, ExtractionPool } from '@dondoc/plan-import';
import { mappedImportError } from './plan-import.problems';

/** The API's reader threads: a document is read and parsed there, never on the thread that answers requests. */
@Injectable()
export class DocumentReaders implements OnModuleInit, OnModuleDestroy {
  private readonly pool = new ExtractionPool();

  onModuleInit(): void {
    this.pool.warm();
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }

  read(buffer: Buffer, filename: string): Promise<ExtractedPlan> {
    return this.pool.read(buffer, filename).catch((error: unknown) => {
      throw mappedImportError(error);
    });
  }
}
