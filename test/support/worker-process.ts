import { type AppConfig } from '@dondoc/config';
import { type WorkerProcess, spawnWorkerProcess } from '@dondoc/devstack';

export type { WorkerProcess };

/** The real worker process on the test stack's services and this test's task queue. */
export function spawnWorker(config: AppConfig): WorkerProcess {
  return spawnWorkerProcess({
    DATABASE_URL: config.database.url,
    TEMPORAL_ADDRESS: config.temporal.address,
    TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
    SMTP_URL: config.mail.url,
    MAIL_SENDING_LEASE_SECONDS: String(config.mail.sendingLeaseMs / 1000),
    WORKER_METRICS_ADDRESS: config.temporal.workerMetricsAddress ?? '',
  });
}
