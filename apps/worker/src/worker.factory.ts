import { type INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppConfig } from '@dondoc/config';
import { MailSender } from '@dondoc/mail';
import {
  CalendarFeedRepository,
  DigestItemRepository,
  NotificationRepository,
  PersonalLinkRepository,
  PlanRepository,
} from '@dondoc/persistence';
import { createActivities } from './activities';
import { ActivityFailurePolicy } from './activity-failures';
import { PostgresAssignmentStore } from './assignments/assignment.store';
import { cachedFeeds } from './notices/cached-feeds';
import { PostgresInspectionStore } from './inspections/inspection.store';
import { PostgresPlanStore } from './plans/plan.store';
import { PostgresTaskPeriodStore } from './tasks/task-period.store';
import { temporalConnectionOptions } from '@dondoc/temporal';

// From the project root, like the web app's build: the sources and their compiled copy in dist/server share it.
export const WORKFLOW_BUNDLE_PATH = resolve('dist', 'workflow-bundle.js');
const WORKFLOWS_PATH = require.resolve('../../../workflows');

/**
 * The bundle WORKFLOW_BUNDLE names (a test run builds one for all its workers); else production loads the prebuilt
 * one (`npm run build:workflows`), and development bundles the sources at start.
 */
function workflowSource(config: AppConfig): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  if (config.temporal.workflowBundle) return { workflowBundle: { codePath: config.temporal.workflowBundle } };
  if (config.env !== 'production') return { workflowsPath: WORKFLOWS_PATH };
  if (!existsSync(WORKFLOW_BUNDLE_PATH)) {
    throw new Error(`NODE_ENV=production needs ${WORKFLOW_BUNDLE_PATH}: run npm run build:workflows first`);
  }
  return { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } };
}

/** The worker's activities over the application context's repositories and mail sender. */
export function workerActivities(app: INestApplicationContext, config: AppConfig) {
  return createActivities({
    plans: app.get(PlanRepository),
    notifications: app.get(NotificationRepository),
    mail: app.get(MailSender),
    sendingLeaseMs: config.mail.sendingLeaseMs,
    publicUrl: config.http.publicUrl,
    links: app.get(PersonalLinkRepository),
    linkSecret: config.auth.jwtSecret,
    linkGraceDays: config.links.graceDays,
    planStore: app.get(PostgresPlanStore),
    taskPeriods: app.get(PostgresTaskPeriodStore),
    assignments: app.get(PostgresAssignmentStore),
    inspections: app.get(PostgresInspectionStore),
    digests: app.get(DigestItemRepository),
    calendarFeeds: cachedFeeds(app.get(CalendarFeedRepository)),
  });
}

export async function createWorker(app: INestApplicationContext, config: AppConfig): Promise<Worker> {
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const activities = workerActivities(app, config);
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    maxCachedWorkflows: config.temporal.cachedWorkflows,
    // A burst keeps workflow tasks queued longer than the SDK's ten seconds; past them, each one times out, goes again
    // through the shared queue and replays its history. The server also holds, this long, an update whose task it
    // failed to dispatch (its caller gave up): an officer retrying a report waits it out, and a minute was too long.
    stickyQueueScheduleToStartTimeout: '20 seconds',
    activities,
    interceptors: { activity: [() => ({ inbound: new ActivityFailurePolicy() })] },
    ...workflowSource(config),
  });
}
