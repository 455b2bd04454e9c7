import { assignInspectors, inspectionProvince, type InspectorRotaDraw, type RosterInspector } from './inspector-rota';

const LAI_CHAU = 'Tỉnh Lai Châu';
const inspector = (id: string, agencyId: string | null, pastInspections = 0, province = LAI_CHAU): RosterInspector => ({
  id,
  agencyId,
  province: agencyId === null ? null : province,
  pastInspections,
});
const twoTeams = [{ agencyIds: ['stp', 'stc'] }, { agencyIds: ['syt', 'sgddt'] }];
const draw = (overrides: Partial<InspectorRotaDraw>) =>
  assignInspectors({ roster: [], teams: twoTeams, perTeam: 2, province: LAI_CHAU, seed: 'inspection-1', ...overrides });

describe('assignInspectors', () => {
  it('takes only inspectors whose agency is in the plan’s province, however its name is spaced or cased', () => {
    const roster = [
      inspector('a', 'snv', 0, 'tỉnh  Lai Châu'),
      inspector('b', 'sct', 0, 'Tỉnh Điện Biên'),
      inspector('c', 'sxd', 0),
    ];
    const rota = draw({ roster, perTeam: 1 });
    expect(rota.teams.flat().sort()).toEqual(['a', 'c']);
  });

  it('takes the province named without "Tỉnh", as the directory and the seeds both write it', () => {
    const roster = [inspector('a', 'snv', 0, 'Lai Châu'), inspector('b', 'sct', 0, 'Điện Biên')];
    expect(draw({ roster, perTeam: 1 }).teams.flat()).toEqual(['a']);
    expect(draw({ roster, perTeam: 1, province: 'Thành phố Điện Biên' }).teams.flat()).toEqual(['b']);
  });

  it('uses inspectors of no agency only for places the province’s own inspectors cannot fill', () => {
    const enough = draw({ roster: [inspector('x', null), ...['a', 'b', 'c', 'd'].map((id) => inspector(id, 'snv'))] });
    expect(enough.teams.flat().sort()).toEqual(['a', 'b', 'c', 'd']);

    // x has never inspected, but the province's own a and b still go first.
    const short = draw({ roster: [inspector('x', null), inspector('a', 'snv', 5), inspector('b', 'snv', 9)] });
    expect(short.teams.flat().sort()).toEqual(['a', 'b', 'x']);
  });

  it('takes only inspectors of no agency when the plan’s province is unknown', () => {
    const rota = draw({ roster: [inspector('a', 'snv'), inspector('x', null)], province: null });
    expect(rota.teams.flat()).toEqual(['x']);
  });

  it('puts those with the fewest past inspections first', () => {
    const roster = [3, 0, 7, 1, 0, 2].map((past, i) => inspector(`i${i}`, 'snv', past));
    const rota = draw({ roster });
    expect(rota.teams.flat().sort()).toEqual(['i1', 'i3', 'i4', 'i5']);
  });

  it('breaks ties by the seed alone: the same seed gives the same teams whatever the roster order', () => {
    const roster = Array.from({ length: 20 }, (_, i) => inspector(`i${String(i).padStart(2, '0')}`, 'snv'));
    const first = draw({ roster, seed: 'inspection-1' });
    expect(draw({ roster: [...roster].reverse(), seed: 'inspection-1' })).toEqual(first);
    expect(draw({ roster, seed: 'inspection-2' }).teams).not.toEqual(first.teams);
  });

  it('never puts an inspector on a team that inspects their own agency', () => {
    const roster = [inspector('from-stp', 'stp'), inspector('from-syt', 'syt'), inspector('from-snv', 'snv', 4)];
    const rota = draw({ roster, perTeam: 1 });
    expect(rota.teams).toEqual([['from-syt'], ['from-stp']]);
  });

  it('moves someone already placed rather than leave a place empty that could be filled', () => {
    // `free` goes first and could sit on either team; `from-syt` fits only the first, so `free` makes way.
    const roster = [inspector('free', 'snv', 0), inspector('from-syt', 'syt', 1)];
    const rota = draw({ roster, perTeam: 1 });
    expect(rota).toEqual({ teams: [['from-syt'], ['free']], shortfall: [0, 0] });
  });

  it('puts each inspector on one team at most and no more than perTeam on any', () => {
    const roster = Array.from({ length: 12 }, (_, i) => inspector(`i${i}`, i % 2 ? 'snv' : 'sxd'));
    const rota = draw({ roster, teams: [...twoTeams, { agencyIds: ['snv'] }], perTeam: 3 });
    expect(rota.teams.map((team) => team.length)).toEqual([3, 3, 3]);
    expect(new Set(rota.teams.flat()).size).toBe(9);
    expect(rota.teams[2].every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
  });

  it('leaves places empty, spread across the teams, and reports them when the roster runs short', () => {
    const rota = draw({ roster: ['a', 'b', 'c'].map((id) => inspector(id, 'snv')), perTeam: 2 });
    expect(rota.teams.map((team) => team.length)).toEqual([2, 1]);
    expect(rota.shortfall).toEqual([0, 1]);
    expect(draw({ roster: [] })).toEqual({ teams: [[], []], shortfall: [2, 2] });
  });

  it('counts an inspector listed twice once', () => {
    const rota = draw({ roster: [inspector('a', 'snv'), inspector('a', 'snv')], perTeam: 1 });
    expect(rota.teams.flat()).toEqual(['a']);
    expect(rota.shortfall).toEqual([0, 1]);
  });

  it('rejects a team size that is not a whole number ≥ 0', () => {
    expect(() => draw({ perTeam: -1 })).toThrow(RangeError);
    expect(() => draw({ perTeam: 1.5 })).toThrow(RangeError);
    expect(draw({ roster: [inspector('a', 'snv')], perTeam: 0 })).toEqual({ teams: [[], []], shortfall: [0, 0] });
  });
});

describe('inspectionProvince', () => {
  it('is the standing office’s province when there is one', () => {
    expect(inspectionProvince(LAI_CHAU, ['Tỉnh Điện Biên', 'Tỉnh Điện Biên'])).toBe(LAI_CHAU);
  });

  it('is otherwise the province most inspected agencies are in, a tie going to the first alphabetically', () => {
    expect(inspectionProvince(null, ['Tỉnh Điện Biên', LAI_CHAU, 'Tỉnh Điện Biên'])).toBe('Tỉnh Điện Biên');
    expect(inspectionProvince(null, ['Tỉnh Sơn La', LAI_CHAU])).toBe(LAI_CHAU);
    expect(inspectionProvince(null, [])).toBeNull();
  });
});
