import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { temporalConnectionOptions } from './connection-options';

/** The API's only handle on Temporal. Connects lazily, so the API starts (and /health says so) while Temporal is down. */
@Injectable()
export class TemporalClient extends Client implements OnApplicationShutdown {
  private readonly lazyConnection: Connection;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const connection = Connection.lazy(temporalConnectionOptions(config));
    super({ connection, namespace: config.temporal.namespace });
    this.lazyConnection = connection;
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
