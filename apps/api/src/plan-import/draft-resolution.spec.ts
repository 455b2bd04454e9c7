import { buildAgencyResolver } from '@dondoc/directory';
import { type PlanDraft, type PlanTaskDraft, ParseWarningCode } from '@dondoc/plan-import';
import { resolveDraft } from './draft-resolution';

const resolver = buildAgencyResolver({
  province: 'Lai Châu',
  agencies: [
    { code: 'STP', name: 'Sở Tư pháp tỉnh Lai Châu', shortNames: ['Sở Tư pháp'], aliases: [] },
    { code: 'SNV', name: 'Sở Nội vụ tỉnh Lai Châu', shortNames: ['Sở Nội vụ'], aliases: [] },
  ],
  groups: [
    { code: 'SBN', name: 'Các sở, ban, ngành tỉnh', phrases: [], memberCodes: ['STP', 'SNV'] },
    { code: 'XA', name: 'Ủy ban nhân dân cấp xã', phrases: [], memberCodes: [] },
  ],
});

const task = (code: string, lead: string[], coordinating: string[] = []): PlanTaskDraft => ({
  code,
  part: 'III',
  title: `Nhiệm vụ ${code}`,
  lead,
  coordinating,
  timeframe: 'Hằng năm',
  form: null,
  product: null,
});

const draft = (tasks: PlanTaskDraft[], standingOffice: string | null = 'Sở Tư pháp'): PlanDraft => ({
  kind: 'plan',
  number: null,
  issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
  issuedDate: null,
  basis: [],
  period: null,
  standingOffice,
  tasks,
  reportDeadlines: [],
  inspection: [],
  agencyResponsibilities: [],
  warnings: [{ code: ParseWarningCode.LeadFromProse, message: 'lead read from the item text', where: '4.2.a' }],
});

describe('resolveDraft', () => {
  it('prefixes the Roman part, links a task to its parent task, and moves warnings to the full code', () => {
    const resolved = resolveDraft(draft([task('4', ['Sở Tư pháp']), task('4.2.a', ['Sở Nội vụ'])]), resolver);
    expect(resolved.tasks.map(({ task: t }) => [t.code, t.parentCode, t.position])).toEqual([
      ['III.4', null, 1],
      ['III.4.2.a', 'III.4', 2],
    ]);
    expect(resolved.warnings).toEqual([expect.objectContaining({ code: 'lead-from-prose', where: 'III.4.2.a' })]);
    expect(resolved.standingOfficeCode).toBe('STP');
  });

  it('expands groups, keeps a lead agency out of coordinating, and warns once about a group without members', () => {
    const resolved = resolveDraft(
      draft([
        task('1', ['Sở Tư pháp', 'Ủy ban nhân dân cấp xã'], ['các sở, ban, ngành tỉnh']),
        task('2', ['Ủy ban nhân dân cấp xã']),
      ]),
      resolver,
    );
    expect(resolved.tasks[0]).toMatchObject({ leadCodes: ['STP'], coordinatingCodes: ['SNV'] });
    expect(resolved.warnings.filter((w) => w.code === 'agency-group-empty')).toEqual([
      expect.objectContaining({ where: 'III.1' }),
    ]);
  });

  it('turns the plan’s reporting obligations into report tasks after its own, led by the reporters', () => {
    const withObligations: PlanDraft = {
      ...draft([task('1', ['Sở Nội vụ'])]),
      period: { from: '2027-01-01', to: '2027-12-31', text: 'năm 2027' },
      reportDeadlines: [
        { who: 'Các sở, ban, ngành tỉnh', to: 'Sở Tư pháp', deadline: 'trước ngày 20/11/2027', recurring: false },
      ],
    };
    const resolved = resolveDraft(withObligations, resolver);
    expect(resolved.tasks.map(({ task: t }) => [t.code, t.kind, t.position])).toEqual([
      ['III.1', 'work', 1],
      ['BC.1', 'report', 2],
    ]);
    expect(resolved.tasks[1]).toMatchObject({
      task: { title: 'Báo cáo kết quả thực hiện Kế hoạch gửi Sở Tư pháp', timeframe: 'trước ngày 20/11/2027' },
      leadCodes: ['STP', 'SNV'],
    });
    expect(resolved.tasks[1].task.schedule).toMatchObject({ kind: 'once', due: '2027-11-19' });
  });

  it('resolves agencies listed under one head to each, and takes no such list for the standing office', () => {
    const resolved = resolveDraft(
      draft([task('1', ['Các Sở: Tư pháp, Nội vụ'])], 'các Sở Tư pháp và Nội vụ'),
      resolver,
    );
    expect(resolved.tasks[0]).toMatchObject({ leadCodes: ['STP', 'SNV'] });
    expect(resolved.standingOfficeCode).toBeNull();
    expect(resolved.unresolved.map(({ where, role }) => ({ where, role }))).toEqual([
      { where: 'standingOffice', role: 'standingOffice' },
    ]);
  });

  it('keeps unresolved names as written and reports them with where they stand', () => {
    const resolved = resolveDraft(draft([task('1', ['Sở Nội vụ'], ['Sở Tư phám'])], 'Văn phòng Sở'), resolver);
    expect(resolved.tasks[0].task).toMatchObject({ leadNames: ['Sở Nội vụ'], coordinatingNames: ['Sở Tư phám'] });
    expect(resolved.unresolved.map(({ name, where, role }) => ({ name, where, role }))).toEqual([
      { name: 'Văn phòng Sở', where: 'standingOffice', role: 'standingOffice' },
      { name: 'Sở Tư phám', where: 'III.1', role: 'coordinating' },
    ]);
    expect(resolved.unresolved[1].suggestions[0]?.code).toBe('STP');
    expect(resolved.standingOfficeCode).toBeNull();
  });

  it('resolves nothing without a directory, and gives a repeated code a suffix', () => {
    const resolved = resolveDraft(draft([task('1', ['Sở Nội vụ']), task('1', ['Sở Tư pháp'])]), null);
    expect(resolved.tasks.map(({ task: t }) => t.code)).toEqual(['III.1', 'III.1#2']);
    expect(resolved.unresolved).toHaveLength(3);
    expect(resolved.warnings.map((w) => w.code)).toContain('duplicate-code');
  });
});
