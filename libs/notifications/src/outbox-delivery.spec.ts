import { type MailSender } from '@dondoc/mail';
import { type NewNotification, type NotificationEntity, type NotificationRepository } from '@dondoc/persistence';
import { SENDING_LEASE_MS, deliverNotification } from './outbox-delivery';

const mail: NewNotification = {
  idempotencyKey: 'reminder:a1:2026-11-20:v1',
  kind: 'reminder',
  recipients: ['stp@laichau.dondoc.invalid'],
  subject: 'Nhắc hạn báo cáo',
  textBody: 'Đề nghị gửi báo cáo trước ngày 20/11/2026.',
};

/** The outbox and the relay as far as a delivery asks them; `leases` are the leases each claim asked for. */
function fakes() {
  const leases: number[] = [];
  const notifications = {
    enqueueClaimed: (notification: NewNotification, leaseMs: number) => {
      leases.push(leaseMs);
      return Promise.resolve({ ...notification, id: 'n1', htmlBody: null } as unknown as NotificationEntity);
    },
    markSent: () => Promise.resolve(),
  } as unknown as NotificationRepository;
  const sender = {
    send: () => Promise.resolve({ messageId: '<n1@dondoc.invalid>', rejected: [] }),
  } as unknown as MailSender;
  return { leases, notifications, mail: sender };
}

describe('deliverNotification', () => {
  it('claims a mail for the lease it is given, two minutes unless told', async () => {
    const { leases, ...deps } = fakes();
    await deliverNotification(deps, mail);
    await deliverNotification({ ...deps, sendingLeaseMs: 60_000 }, mail);
    expect(leases).toEqual([SENDING_LEASE_MS, 60_000]);
    expect(SENDING_LEASE_MS).toBe(120_000);
  });
});
