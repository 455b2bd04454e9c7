import { randomUUID } from 'node:crypto';
import { type NewUser } from '@dondoc/persistence';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Vũ Thị Hạnh'];

/** An inspector (kiểm tra viên) of `agencyId`, with an address of their own. */
export function inspectorUser(agencyId: string | null, index = 0, overrides: Partial<NewUser> = {}): NewUser {
  return {
    email: `kiemtra-${randomUUID().slice(0, 8)}@thu.dondoc.invalid`,
    name: NAMES[index % NAMES.length],
    role: 'inspector',
    agencyId,
    active: true,
    ...overrides,
  };
}
