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
 * Each try's deadline. The SDK retries a call the server refuses for 15–20 s and does not stop when aborted; a
 * deadline ends those retries, so a stopping API waits for one try at most, within the 10 s a container runtime
 * gives it.
 */
const TRY_DEADLINE_MS = 3_000;
/** Between tries while Temporal does not answer. */
export const RETRY_EVERY_MS = 30_000;

/**
 * Makes sure the standing offices' daily digest runs: started once per deployment, found running on every later
 * start. The API does not wait for it: a Temporal that is not up yet delays the digest, not the API, and the starter
 * tries again until Temporal answers.
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
    this.starting = this.startOnceTemporalAnswers();
  }

  /** A try still under way must end before the connection closes under it: a retry left running throws then. */
  async beforeApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    await this.starting;
  }

  private async startOnceTemporalAnswers(): Promise<void> {
    const { signal } = this.shutdown;
    for (let tries = 1; !signal.aborted; tries += 1) {
      try {
        await this.temporal.withAbortSignal(signal, () =>
          this.temporal.withDeadline(Date.now() + TRY_DEADLINE_MS, () => this.ensureRunning()),
        );
        if (tries > 1) this.logger.log(`the overdue digest is running (try ${tries})`);
        return;
      } catch (error) {
        if (signal.aborted) return;
        if (tries === 1) {
          const every = `every ${RETRY_EVERY_MS / 1000} s`;
          this.logger.warn(`the overdue digest could not be started yet, trying again ${every}: ${String(error)}`);
        }
        await pause(RETRY_EVERY_MS, signal);
      }
    }
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

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
