import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { DEFAULT_TASK_QUEUE } from '@dondoc/contracts';
import { type Env, EnvReader } from './env-reader';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  logLevel: LogLevel;
  http: { port: number; publicUrl: string };
  database: { url: string };
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    tls: TemporalTls | null;
    /** Workflows a worker keeps in memory between their tasks; one evicted replays its history on its next task. */
    cachedWorkflows: number;
    /** How long the API waits on one workflow call (start, signal, update) before answering 503. */
    callTimeoutMs: number;
    /** A prebuilt workflow bundle for the worker to load; null: production's dist build, or the sources bundled. */
    workflowBundle: string | null;
    /** Where the worker serves its SDK's metrics for Prometheus (polls, slots, task latencies); null: not served. */
    workerMetricsAddress: string | null;
  };
  /** The relay, the sender, and how long a mail being sent is held from other attempts. */
  mail: { url: string; from: string; sendingLeaseMs: number };
  auth: { jwtSecret: string; adminEmail: string; adminPassword: string };
  /** Attachments: where they are kept, and how many bytes one agency's reports may hold in all. */
  storage: { dir: string; agencyQuotaBytes: number };
  /** The web app's build, served by the API on the same origin. */
  web: { distDir: string };
  /** Personal links in emails: how long after the deadline they keep working. */
  links: { graceDays: number };
  /** Scanned plans: the OCR tools (Debian's tesseract-ocr with tesseract-ocr-vie, poppler-utils) and their caps. */
  ocr: { tesseract: string; pdftoppm: string; maxPages: number; timeoutMs: number };
}

/**
 * Local defaults so `npm start` works out of the box. Taken only when NODE_ENV says development or test: a
 * deployment that forgets NODE_ENV must not run with a published secret.
 */
export const DEV_AUTH_DEFAULTS = {
  JWT_SECRET: 'dondoc-dev-only-jwt-secret-never-use-in-production',
  ADMIN_EMAIL: 'admin@dondoc.invalid',
  ADMIN_PASSWORD: 'dondoc-admin',
} as const;

/** How long a mail being sent is held from other attempts unless MAIL_SENDING_LEASE_SECONDS says (see the outbox). */
export const DEFAULT_SENDING_LEASE_SECONDS = 120;

/** Mirrors @dondoc/auth's MIN_PASSWORD_LENGTH (which depends on this lib, so cannot be imported); a spec pins them. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** TLS to Temporal's frontend: server verification against a CA, and a client certificate for mTLS. */
export interface TemporalTls {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  /** The name the server's certificate carries, when it differs from the address's host. */
  serverName?: string;
}

function readTemporalTls(read: EnvReader): TemporalTls | null {
  const tls: TemporalTls = {
    caFile: read.readableFile('TEMPORAL_TLS_CA_FILE'),
    certFile: read.readableFile('TEMPORAL_TLS_CERT_FILE'),
    keyFile: read.readableFile('TEMPORAL_TLS_KEY_FILE'),
    serverName: read.optional('TEMPORAL_TLS_SERVER_NAME'),
  };
  read.require(
    !tls.certFile === !tls.keyFile,
    'TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together (a client certificate needs its key)',
  );
  const wanted = read.oneOf('TEMPORAL_TLS', 'auto', ['auto', 'true', 'false'] as const);
  const named = Object.values(tls).some((value) => value !== undefined);
  read.require(wanted !== 'false' || !named, 'TEMPORAL_TLS=false contradicts the TEMPORAL_TLS_* files set beside it');
  return wanted === 'true' || (wanted === 'auto' && named) ? tls : null;
}

/** What one cached workflow holds, measured by bench:orchestration (docs/performance.md), with headroom. */
export const CACHED_WORKFLOW_MIB = 0.5;
/** Kept for the worker's own modules, activities and their buffers. */
const WORKER_RESERVE_MIB = 512;
/**
 * The SDK's workflow task slots: a notice keeps its workflow cached while its local activity sends the mail. With
 * no cache at all the SDK drops its local activities' results, and no notice goes out (docs/performance.md).
 */
const MIN_CACHED_WORKFLOWS = 40;

/** As many workflows as the workflow thread's heap holds (Node's default heap follows the machine's memory). */
export function defaultCachedWorkflows(heapLimitMiB = getHeapStatistics().heap_size_limit / 2 ** 20): number {
  return Math.max(100, Math.floor((heapLimitMiB - WORKER_RESERVE_MIB) / CACHED_WORKFLOW_MIB));
}

/** Read once at process start; anything invalid stops the process with every offending variable named. */
export function loadAppConfig(env: Env = process.env): AppConfig {
  const read = new EnvReader(env);
  const port = read.integer('PORT', 3000, { min: 1, max: 65535 });
  const nodeEnv = read.oneOf('NODE_ENV', 'development', ['development', 'test', 'production'] as const);
  const local = env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
  const devDefault = (name: keyof typeof DEV_AUTH_DEFAULTS): string =>
    read.devDefault(name, DEV_AUTH_DEFAULTS[name], local);
  const config: AppConfig = {
    env: nodeEnv,
    logLevel: read.oneOf('LOG_LEVEL', 'info', LOG_LEVELS),
    http: { port, publicUrl: read.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']) },
    database: { url: read.url('DATABASE_URL', undefined, ['postgres:', 'postgresql:']) },
    temporal: {
      address: read.hostPort('TEMPORAL_ADDRESS', 'localhost:7233'),
      namespace: read.string('TEMPORAL_NAMESPACE', 'default'),
      taskQueue: read.string('TEMPORAL_TASK_QUEUE', DEFAULT_TASK_QUEUE),
      tls: readTemporalTls(read),
      cachedWorkflows: read.integer('WORKER_CACHED_WORKFLOWS', defaultCachedWorkflows(), {
        min: MIN_CACHED_WORKFLOWS,
        max: 1_000_000,
      }),
      callTimeoutMs: read.integer('TEMPORAL_CALL_TIMEOUT_SECONDS', 10, { min: 1, max: 300 }) * 1000,
      workflowBundle: read.readableFile('WORKFLOW_BUNDLE') ?? null,
      workerMetricsAddress: read.hostPort('WORKER_METRICS_ADDRESS', null),
    },
    mail: {
      url: read.url('SMTP_URL', 'smtp://localhost:1025', ['smtp:', 'smtps:']),
      from: read.string('MAIL_FROM', 'dondoc <dondoc@dondoc.invalid>'),
      sendingLeaseMs:
        read.integer('MAIL_SENDING_LEASE_SECONDS', DEFAULT_SENDING_LEASE_SECONDS, { min: 60, max: 3600 }) * 1000,
    },
    auth: {
      jwtSecret: read.minLength('JWT_SECRET', devDefault('JWT_SECRET'), 32),
      adminEmail: read.email('ADMIN_EMAIL', devDefault('ADMIN_EMAIL')).toLowerCase(),
      adminPassword: read.minLength('ADMIN_PASSWORD', devDefault('ADMIN_PASSWORD'), MIN_ADMIN_PASSWORD_LENGTH),
    },
    storage: {
      dir: read.string('ATTACHMENTS_DIR', join(read.string('DONDOC_DATA_DIR', '.data'), 'attachments')),
      agencyQuotaBytes: read.integer('AGENCY_STORAGE_QUOTA_MB', 1024, { min: 1, max: 1_048_576 }) * 1024 * 1024,
    },
    web: { distDir: read.string('WEB_DIST_DIR', join('apps', 'web', 'dist')) },
    links: { graceDays: read.integer('LINK_GRACE_DAYS', 30, { min: 1, max: 90 }) },
    ocr: {
      tesseract: read.string('TESSERACT_PATH', '/usr/bin/tesseract'),
      pdftoppm: read.string('PDFTOPPM_PATH', '/usr/bin/pdftoppm'),
      maxPages: read.integer('OCR_MAX_PAGES', 30, { min: 1, max: 300 }),
      timeoutMs: read.integer('OCR_TIMEOUT_SECONDS', 600, { min: 10, max: 3600 }) * 1000,
    },
  };
  read.finish();
  return config;
}
