import { loadAppConfig } from './app-config';
import { ConfigError } from './env-reader';

const valid = { DATABASE_URL: 'postgres://dondoc:secret@db.internal:5432/dondoc' };

describe('loadAppConfig', () => {
  it('fills every default around the one required variable', () => {
    expect(loadAppConfig(valid)).toEqual({
      env: 'development',
      logLevel: 'info',
      http: { port: 3000, publicUrl: 'http://localhost:3000' },
      database: { url: valid.DATABASE_URL },
      temporal: { address: 'localhost:7233', namespace: 'default', taskQueue: 'dondoc' },
      mail: { url: 'smtp://localhost:1025', from: 'dondoc <dondoc@dondoc.invalid>' },
    });
  });

  it('derives the public URL from PORT unless PUBLIC_URL is given', () => {
    expect(loadAppConfig({ ...valid, PORT: '8080' }).http.publicUrl).toBe('http://localhost:8080');
    expect(loadAppConfig({ ...valid, PUBLIC_URL: 'https://dondoc.stp.gov.vn' }).http.publicUrl).toBe(
      'https://dondoc.stp.gov.vn',
    );
  });

  it('names every invalid variable at once', () => {
    const attempt = (): unknown =>
      loadAppConfig({ PORT: '70000', SMTP_URL: 'http://mail', TEMPORAL_ADDRESS: 'no-port', LOG_LEVEL: 'loud' });
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
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://localhost/dondoc' })).toThrow(
      /DATABASE_URL must use postgres:/,
    );
  });
});
