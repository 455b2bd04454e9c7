import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { temporalConnectionOptions } from './connection-options';

/** The API's only handle on Temporal. Connects lazily, so the API starts (and /health says so) while Temporal is down. */
@Injectable()
export class TemporalClient extends Client implements OnApplicationShutdown {
  private readonly lazyConnection: Connection;
  private readonly callTimeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const connection = Connection.lazy(temporalConnectionOptions(config));
    super({ connection, namespace: config.temporal.namespace });
    this.lazyConnection = connection;
    this.callTimeoutMs = config.temporal.callTimeoutMs;
  }

  /**
   * Runs `call`'s requests under one deadline (TEMPORAL_CALL_TIMEOUT_SECONDS): a server that is down, or up and not
   * answering, fails them with DEADLINE_EXCEEDED instead of holding the HTTP request open.
   */
  withinDeadline<T>(call: () => Promise<T>): Promise<T> {
    return this.lazyConnection.withDeadline(Date.now() + this.callTimeoutMs, call);
  }

  async isServing(timeoutMs = 2_000): Promise<boolean> {
    try {
      const connection = this.lazyConnection;
      await connection.withDeadline(Date.now() + timeoutMs, () => connection.healthService.check({}));
      return true;
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lazyConnection.close();
  }
}

@Global()
@Module({ providers: [TemporalClient], exports: [TemporalClient] })
export class TemporalClientModule {}
