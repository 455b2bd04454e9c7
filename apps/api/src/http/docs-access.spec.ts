import { docsDecision } from './docs-access';

describe('who may read the API docs', () => {
  it('lets anyone in outside production, signed in or not', () => {
    for (const env of ['development', 'test'] as const) {
      expect(docsDecision(env, null)).toBe('allow');
      expect(docsDecision(env, { role: 'agency_officer' })).toBe('allow');
    }
  });

  it('in production asks for a signed-in staff member and turns agency officers away', () => {
    expect(docsDecision('production', null)).toBe('unauthenticated');
    expect(docsDecision('production', { role: 'agency_officer' })).toBe('forbidden');
    for (const role of ['admin', 'coordinator', 'viewer', 'inspector'] as const) {
      expect(docsDecision('production', { role })).toBe('allow');
    }
  });
});
