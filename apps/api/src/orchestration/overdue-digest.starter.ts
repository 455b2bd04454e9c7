import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { type OverdueDigestInput, workflowIds } from '@dondoc/contracts';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS } from '@dondoc/domain';
import { TemporalClient } from '@dondoc/temporal';

/** After the working day, when the day's escalations have gone out. */
export const DIGEST_SEND_TIME = '16:30';

/**
 * Makes sure the standing offices' daily digest runs: started once per deployment, found running on every later
 * start. The API does not wait for it: a Temporal that is not up yet delays the digest, not the API.
 */
@Injectable()
export class OverdueDigestStarter implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OverdueDigestStarter.name);
  private readonly shutdown = new AbortController();
  private starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.starting = this.temporal
      .withAbortSignal(this.shutdown.signal, () => this.ensureRunning())
      .catch((error: unknown) => {
        if (!this.shutdown.signal.aborted) {
          this.logger.warn(`the overdue digest could not be started now: ${String(error)}`);
        }
      });
  }

  /** A start still retrying must end before the connection closes under it. */
  async beforeApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    await this.starting;
  }

  async ensureRunning(): Promise<void> {
    const input: OverdueDigestInput = { sendTime: DIGEST_SEND_TIME, calendar: DEFAULT_ANNOUNCED_ADJUSTMENTS };
    try {
      await this.temporal.workflow.start('overdueDigestWorkflow', {
        workflowId: workflowIds.overdueDigest(),
        taskQueue: this.config.temporal.taskQueue,
        args: [input],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
