import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@dondoc/auth';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { AuditEventRepository, isUniqueViolation, UserRepository } from '@dondoc/persistence';
import { UserResponse } from './user.response';

/** A fresh install needs someone to log in: the configured admin is created once, while no admin exists. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly events: AuditEventRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.existsWithRole('admin')) return;
    const { adminEmail, adminPassword } = this.config.auth;
    const passwordHash = await this.hasher.hash(adminPassword);
    try {
      await this.dataSource.transaction(async (manager) => {
        const admin = await this.users.create(
          { email: adminEmail, name: 'Quản trị viên', role: 'admin', passwordHash },
          manager,
        );
        await this.events.record(manager, {
          actor: null,
          action: 'user.bootstrap',
          entityType: 'user',
          entityId: admin.id,
          after: UserResponse.from(admin),
        });
      });
      this.logger.log(`created the first admin, ${adminEmail}`);
    } catch (error) {
      // Another API instance won the race, or the address belongs to a user who is not an admin.
      if (!isUniqueViolation(error)) throw error;
      this.logger.warn(`no admin created: ${adminEmail} is already taken`);
    }
  }
}
