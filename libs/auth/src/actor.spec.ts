import { EVERY_AGENCY } from '@dondoc/persistence';
import { actorOf, scopeOf } from './actor';

const user = { id: 'u1', email: 'can-bo@dondoc.invalid' };
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
    'lets a %s read every agency, even one who belongs to an agency',
    (role) => {
      expect(scopeOf(actorOf({ ...user, role, agencyId: 'stp' }, null)!)).toBe(EVERY_AGENCY);
    },
  );

  it('refuses an agency officer without an agency rather than scoping it to nothing or everything', () => {
    expect(actorOf({ ...user, role: 'agency_officer', agencyId: null }, null)).toBeNull();
  });
});
