import { EVERY_AGENCY } from '@dondoc/persistence';
import { actorOf, scopeOf, servesProvince } from './actor';

const user = { id: 'u1', email: 'can-bo@dondoc.invalid', province: 'Lai Châu' };
const everywhere = { ...user, province: null };
const link = { linkId: 'l1', assignmentId: 'a1', inspectionId: null };

describe('an actor and the scope of its reads', () => {
  it('confines an agency officer to its agency, and a personal link to its one assignment', () => {
    expect(scopeOf(actorOf({ ...user, role: 'agency_officer', agencyId: 'stp' }, null)!)).toEqual({ agencyId: 'stp' });
    expect(scopeOf(actorOf({ ...user, id: null, role: 'agency_officer', agencyId: 'stp' }, link)!)).toEqual({
      agencyId: 'stp',
      assignmentId: 'a1',
    });
  });

  it.each(['admin', 'coordinator', 'viewer', 'inspector'] as const)(
    'lets a %s read every agency, even one who belongs to an agency; of its province when it serves one',
    (role) => {
      expect(scopeOf(actorOf({ ...everywhere, role, agencyId: 'stp' }, null)!)).toBe(EVERY_AGENCY);
      expect(scopeOf(actorOf({ ...user, role, agencyId: 'stp' }, null)!)).toEqual({
        agencyId: null,
        province: 'Lai Châu',
      });
    },
  );

  it('lets an account act in its own province only, unless it serves every province', () => {
    const bound = actorOf({ ...user, role: 'coordinator', agencyId: null }, null)!;
    const officer = actorOf({ ...user, role: 'agency_officer', agencyId: 'stp' }, null)!;
    const deployment = actorOf({ ...everywhere, role: 'admin', agencyId: null }, null)!;
    expect([bound, officer, deployment].map((actor) => servesProvince(actor, 'Điện Biên'))).toEqual([
      false,
      false,
      true,
    ]);
    expect([bound, officer].map((actor) => servesProvince(actor, 'Lai Châu'))).toEqual([true, true]);
    expect(servesProvince(bound, null)).toBe(false);
  });

  it('refuses an agency officer without an agency rather than scoping it to nothing or everything', () => {
    expect(actorOf({ ...user, role: 'agency_officer', agencyId: null }, null)).toBeNull();
    expect(actorOf({ ...everywhere, role: 'agency_officer', agencyId: 'stp' }, null)).toBeNull();
  });
});
