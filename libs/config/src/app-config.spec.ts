import { CACHED_WORKFLOW_MIB, DEV_AUTH_DEFAULTS, defaultCachedWorkflows, loadAppConfig } from './app-config';
import { ConfigError } from './env-reader';

const valid = { DATABASE_URL: 'postgres://dondoc:secret@db.internal:5432/dondoc', NODE_ENV: 'development' };

describe('loadAppConfig', () => {
  it('fills every default around the one required variable', () => {
    expect(loadAppConfig(valid)).toEqual({
      env: 'development',
      logLevel: 'info',
      http: { port: 3000, publicUrl: 'http://localhost:3000' },
      database: { url: valid.DATABASE_URL },
      temporal: {
        address: 'localhost:7233',
        namespace: 'default',
        taskQueue: 'dondoc',
        tls: null,
        cachedWorkflows: defaultCachedWorkflows(),
        callTimeoutMs: 10_000,
        workflowBundle: null,
        workerMetricsAddress: null,
      },
      mail: { url: 'smtp://localhost:1025', from: 'dondoc <dondoc@dondoc.invalid>', sendingLeaseMs: 120_000 },
      auth: {
        jwtSecret: DEV_AUTH_DEFAULTS.JWT_SECRET,
        adminEmail: 'admin@dondoc.invalid',
        adminPassword: 'dondoc-admin',
      },
      storage: { dir: '.data/attachments', agencyQuotaBytes: 1024 * 1024 * 1024 },
      web: { distDir: 'apps/web/dist' },
      links: { graceDays: 30 },
      ocr: { tesseract: '/usr/bin/tesseract', pdftoppm: '/usr/bin/pdftoppm', maxPages: 30, timeoutMs: 600_000 },
    });
  });

  it('caches as many workflows as the heap holds after the worker’s reserve, unless WORKER_CACHED_WORKFLOWS says', () => {
    expect(defaultCachedWorkflows(4096)).toBe(Math.floor((4096 - 512) / CACHED_WORKFLOW_MIB));
    expect(defaultCachedWorkflows(2048)).toBeLessThan(defaultCachedWorkflows(4096));
    expect(defaultCachedWorkflows(256)).toBe(100);
    expect(loadAppConfig({ ...valid, WORKER_CACHED_WORKFLOWS: '12000' }).temporal.cachedWorkflows).toBe(12_000);
    expect(() => loadAppConfig({ ...valid, WORKER_CACHED_WORKFLOWS: '-1' })).toThrow(/WORKER_CACHED_WORKFLOWS/);
  });

  it('serves the worker’s SDK metrics for Prometheus where WORKER_METRICS_ADDRESS says, host:port', () => {
    expect(loadAppConfig({ ...valid, WORKER_METRICS_ADDRESS: '0.0.0.0:9464' }).temporal.workerMetricsAddress).toBe(
      '0.0.0.0:9464',
    );
    expect(() => loadAppConfig({ ...valid, WORKER_METRICS_ADDRESS: '9464' })).toThrow(
      'WORKER_METRICS_ADDRESS must be host:port (got "9464")',
    );
  });

  it('refuses a workflow cache smaller than the tasks the worker runs at once: with none, no notice goes out', () => {
    expect(() => loadAppConfig({ ...valid, WORKER_CACHED_WORKFLOWS: '0' })).toThrow(
      /WORKER_CACHED_WORKFLOWS must be a whole number from 40 to /,
    );
    expect(() => loadAppConfig({ ...valid, WORKER_CACHED_WORKFLOWS: '39' })).toThrow(/WORKER_CACHED_WORKFLOWS/);
    expect(loadAppConfig({ ...valid, WORKER_CACHED_WORKFLOWS: '40' }).temporal.cachedWorkflows).toBe(40);
  });

  it('bounds every workflow call of the API by TEMPORAL_CALL_TIMEOUT_SECONDS, at least one second', () => {
    expect(loadAppConfig({ ...valid, TEMPORAL_CALL_TIMEOUT_SECONDS: '3' }).temporal.callTimeoutMs).toBe(3_000);
    expect(() => loadAppConfig({ ...valid, TEMPORAL_CALL_TIMEOUT_SECONDS: '0' })).toThrow(
      /TEMPORAL_CALL_TIMEOUT_SECONDS/,
    );
  });

  it('loads a prebuilt workflow bundle that WORKFLOW_BUNDLE names, and names one that cannot be read', () => {
    expect(loadAppConfig({ ...valid, WORKFLOW_BUNDLE: __filename }).temporal.workflowBundle).toBe(__filename);
    expect(() => loadAppConfig({ ...valid, WORKFLOW_BUNDLE: '/no/such/bundle.js' })).toThrow(
      /WORKFLOW_BUNDLE names \/no\/such\/bundle.js, which cannot be read/,
    );
  });

  // A send attempt ends within a minute (SMTP's timeouts, the send activity's own): a shorter lease could let a
  // second attempt send beside a first one still running.
  it('holds a mail being sent for MAIL_SENDING_LEASE_SECONDS, a minute to an hour, before another attempt sends it', () => {
    expect(loadAppConfig({ ...valid, MAIL_SENDING_LEASE_SECONDS: '60' }).mail.sendingLeaseMs).toBe(60_000);
    expect(() => loadAppConfig({ ...valid, MAIL_SENDING_LEASE_SECONDS: '59' })).toThrow(/MAIL_SENDING_LEASE_SECONDS/);
    expect(() => loadAppConfig({ ...valid, MAIL_SENDING_LEASE_SECONDS: '3601' })).toThrow(/MAIL_SENDING_LEASE_SECONDS/);
  });

  it('keeps attachments under the data folder unless ATTACHMENTS_DIR says otherwise', () => {
    expect(loadAppConfig({ ...valid, DONDOC_DATA_DIR: '/srv/dondoc' }).storage.dir).toBe('/srv/dondoc/attachments');
    expect(loadAppConfig({ ...valid, ATTACHMENTS_DIR: '/mnt/files' }).storage.dir).toBe('/mnt/files');
  });

  it('speaks TLS to Temporal when its files are named, and names what is missing or contradictory', () => {
    const file = __filename;
    expect(
      loadAppConfig({ ...valid, TEMPORAL_TLS_CA_FILE: file, TEMPORAL_TLS_SERVER_NAME: 'temporal.stp.gov.vn' }),
    ).toMatchObject({ temporal: { tls: { caFile: file, serverName: 'temporal.stp.gov.vn' } } });
    expect(loadAppConfig({ ...valid, TEMPORAL_TLS: 'true' }).temporal.tls).toEqual({});
    expect(() => loadAppConfig({ ...valid, TEMPORAL_TLS_CERT_FILE: file })).toThrow(
      /TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together/,
    );
    expect(() => loadAppConfig({ ...valid, TEMPORAL_TLS_CA_FILE: '/no/such/ca.pem' })).toThrow(
      /TEMPORAL_TLS_CA_FILE names \/no\/such\/ca.pem, which cannot be read/,
    );
    expect(() => loadAppConfig({ ...valid, TEMPORAL_TLS: 'false', TEMPORAL_TLS_CA_FILE: file })).toThrow(
      /TEMPORAL_TLS=false contradicts/,
    );
  });

  it('keeps personal links working 1 to 90 days past a deadline', () => {
    expect(loadAppConfig({ ...valid, LINK_GRACE_DAYS: '90' }).links.graceDays).toBe(90);
    expect(() => loadAppConfig({ ...valid, LINK_GRACE_DAYS: '91' })).toThrow(/LINK_GRACE_DAYS/);
  });

  it('derives the public URL from PORT unless PUBLIC_URL is given', () => {
    expect(loadAppConfig({ ...valid, PORT: '8080' }).http.publicUrl).toBe('http://localhost:8080');
    expect(loadAppConfig({ ...valid, PUBLIC_URL: 'https://dondoc.stp.gov.vn' }).http.publicUrl).toBe(
      'https://dondoc.stp.gov.vn',
    );
  });

  it('names every invalid variable at once', () => {
    const attempt = (): unknown =>
      loadAppConfig({
        NODE_ENV: 'development',
        PORT: '70000',
        SMTP_URL: 'http://mail',
        TEMPORAL_ADDRESS: 'no-port',
        LOG_LEVEL: 'loud',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toEqual([
        'PORT must be a whole number from 1 to 65535 (got "70000")',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        'DATABASE_URL is required',
        'TEMPORAL_ADDRESS must be host:port (got "no-port")',
        'SMTP_URL must use smtp: or smtps: (got "http:")',
      ]);
    }
  });

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => loadAppConfig({ ...valid, DATABASE_URL: 'mysql://localhost/dondoc' })).toThrow(
      /DATABASE_URL must use postgres:/,
    );
  });

  describe('auth', () => {
    const production = {
      ...valid,
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
      ADMIN_EMAIL: 'Quantri@STP.LaiChau.gov.vn',
      ADMIN_PASSWORD: 'a long production passphrase',
    };

    it('reads the JWT secret and the first admin, storing the email in lower case', () => {
      expect(loadAppConfig(production).auth).toEqual({
        jwtSecret: production.JWT_SECRET,
        adminEmail: 'quantri@stp.laichau.gov.vn',
        adminPassword: production.ADMIN_PASSWORD,
      });
    });

    it.each(['JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'])(
      'refuses the local default of %s when NODE_ENV=production',
      (name) => {
        expect(() => loadAppConfig({ ...production, [name]: undefined })).toThrow(
          new RegExp(`${name} is required unless NODE_ENV is development or test`),
        );
      },
    );

    it.each([
      ['unset', undefined],
      ['mistyped', 'prod'],
      ['production', 'production'],
    ])('refuses every local default when NODE_ENV is %s, naming each variable', (_case, nodeEnv) => {
      const attempt = () => loadAppConfig({ DATABASE_URL: valid.DATABASE_URL, NODE_ENV: nodeEnv });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(/JWT_SECRET is required unless NODE_ENV is development or test/);
    });

    it('takes the local defaults when NODE_ENV says test', () => {
      expect(loadAppConfig({ ...valid, NODE_ENV: 'test' }).auth.jwtSecret).toBe(DEV_AUTH_DEFAULTS.JWT_SECRET);
    });

    it('names all three when production has none of them', () => {
      try {
        loadAppConfig({ ...valid, NODE_ENV: 'production' });
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
          'JWT_SECRET is required unless NODE_ENV is development or test (its local default is refused)',
          'ADMIN_EMAIL is required unless NODE_ENV is development or test (its local default is refused)',
          'ADMIN_PASSWORD is required unless NODE_ENV is development or test (its local default is refused)',
        ]);
      }
    });

    it('refuses a short secret, a short admin password and an admin email that is not one', () => {
      expect(() =>
        loadAppConfig({ ...valid, JWT_SECRET: 'short', ADMIN_PASSWORD: 'eleven char', ADMIN_EMAIL: 'admin' }),
      ).toThrow(
        /JWT_SECRET must be at least 32 characters[\s\S]*ADMIN_EMAIL must be an email address[\s\S]*ADMIN_PASSWORD must be at least 12/,
      );
    });
  });
});
