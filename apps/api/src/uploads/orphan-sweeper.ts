import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SubmissionRepository } from '@dondoc/persistence';
import { AttachmentStore, type SweepResult } from './attachment-store';

/** A report's files reach the store before the workflow records the report: a day covers any retry. */
export const ORPHAN_GRACE_MS = 24 * 60 * 60_000;
const SWEEP_EVERY_MS = 60 * 60_000;

/** Hourly, each API instance removes stored files that no report or finding holds any more. */
@Injectable()
export class OrphanSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('uploads');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: AttachmentStore,
    private readonly submissions: SubmissionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.sweep().catch((error: unknown) => this.logger.warn(String(error))),
      SWEEP_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now = Date.now()): Promise<SweepResult> {
    const result = await this.store.sweepOrphans(await this.submissions.heldStorageKeys(), ORPHAN_GRACE_MS, now);
    if (result.removed > 0) this.logger.log(`removed ${result.removed} orphaned attachment files`);
    return result;
  }
}
