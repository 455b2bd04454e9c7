import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type PasswordHasher } from '@dondoc/auth';
import { AuditEventRepository, UserEntity } from '@dondoc/persistence';

export interface RecoveredAdmin {
  email: string;
  password: string;
  created: boolean;
}

/**
 * For an operator with database access when the office has locked itself out: the user with this email becomes an
 * active admin (created if missing) with a new password, and the audit trail says so.
 */
export async function recoverAdmin(
  dataSource: DataSource,
  hasher: PasswordHasher,
  email: string,
  password: string = randomBytes(12).toString('base64url'),
): Promise<RecoveredAdmin> {
  const address = email.trim().toLowerCase();
  const passwordHash = await hasher.hash(password);
  return dataSource.transaction(async (manager) => {
    const users = manager.getRepository(UserEntity);
    const existing = await users.findOneBy({ email: address });
    const saved = await users.save(
      existing
        ? Object.assign(existing, { role: 'admin', active: true, agencyId: null, passwordHash })
        : users.create({ email: address, name: 'Quản trị viên', role: 'admin', active: true, passwordHash }),
    );
    await new AuditEventRepository(dataSource).record(manager, {
      actor: null,
      action: 'user.admin-recovery',
      entityType: 'user',
      entityId: saved.id,
      after: { email: saved.email, role: saved.role, active: saved.active },
    });
    return { email: saved.email, password, created: !existing };
  });
}
