import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@dondoc/config';
import { MailModule } from '@dondoc/mail';
import { PersistenceModule } from '@dondoc/persistence';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [AppConfigModule.forRoot(config), PersistenceModule, MailModule] };
  }
}
