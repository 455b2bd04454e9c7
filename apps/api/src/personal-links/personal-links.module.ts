import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { MailModule } from '@dondoc/mail';
import { AuthApiModule } from '../auth/auth-api.module';
import { WebShell } from '../web/web-shell';
import { PersonalLinksController } from './personal-links.controller';
import { PersonalLinksService } from './personal-links.service';

@Module({
  imports: [AuthApiModule, MailModule],
  controllers: [PersonalLinksController],
  providers: [
    PersonalLinksService,
    { provide: WebShell, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new WebShell(config.web.distDir) },
  ],
})
export class PersonalLinksModule {}
