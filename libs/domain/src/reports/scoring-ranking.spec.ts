import { type Case, entryOf } from './scoring.fixture';
import { RankingBuilder, type RankingEntry, rankAgencies } from './scoring-ranking';
import { DEFAULT_SCORING_RUBRIC, type ScoringRubric } from './scoring-rubric';

const rubric = DEFAULT_SCORING_RUBRIC;
const agency = (name: string, ...kinds: Array<Case | [Case, 'coordinating']>): RankingEntry[] =>
  kinds.map((kind) => (Array.isArray(kind) ? entryOf(name, kind[0], kind[1]) : entryOf(name, kind)));
const summary = (entries: RankingEntry[], scoring: ScoringRubric = rubric) =>
  rankAgencies(scoring, 1, entries).rows.map(({ rank, agencyName, score }) => [rank, agencyName, score]);

describe('rankAgencies', () => {
  it('averages points per scored assignment on a 100-point scale, so loads of any size compare', () => {
    const entries = [
      ...agency('Sở Tư pháp', 'onTime', 'onTime', 'onTime', 'missed'),
      ...agency('Sở Tài chính', 'lateAfterExtension'),
    ];
    expect(summary(entries)).toEqual([
      [1, 'Sở Tài chính', 88],
      [2, 'Sở Tư pháp', 75],
    ]);
  });

  it('weighs lead work above coordinating work by the rubric’s role weights', () => {
    const entries = [
      ...agency('Sở Nội vụ', 'onTime', ['missed', 'coordinating']),
      ...agency('Sở Y tế', 'missed', ['onTime', 'coordinating']),
    ];
    expect(summary(entries)).toEqual([
      [1, 'Sở Nội vụ', 66.67],
      [2, 'Sở Y tế', 33.33],
    ]);
    const equalWeights = { ...rubric, roleWeights: { lead: 1, coordinating: 1 } };
    expect(summary(entries, equalWeights).map(([, , score]) => score)).toEqual([50, 50]);
  });

  it('gives each agency its buckets and the reasons behind its deductions, adding up to what it lost', () => {
    const [row] = rankAgencies(rubric, 1, [
      ...agency('Sở Tư pháp', 'onTime', 'lateAfterExtension', 'returnedThenAccepted', 'missed', 'waived'),
      ...agency('Sở Tư pháp', 'openInTime', ['returnedThenMissed', 'coordinating']),
    ]).rows;
    expect(row).toMatchObject({ assignments: 7, scoredAssignments: 5, workingDaysLate: 10, returns: 3 });
    expect(row.buckets.buckets).toMatchObject({
      doneOnTime: { count: 2, percent: 33.3 },
      doneLate: { count: 1 },
      openInTime: { count: 1 },
      openOverdue: { count: 2 },
      waived: { count: 1 },
    });
    expect(row.deductions).toEqual([
      { reason: 'late', assignments: 1, quantity: 1, points: 12, scoreImpact: 2.67, detail: expect.any(String) },
      { reason: 'return', assignments: 2, quantity: 3, points: 10, scoreImpact: 2.22, detail: expect.any(String) },
      { reason: 'missed', assignments: 2, quantity: 2, points: 145, scoreImpact: 32.22, detail: expect.any(String) },
    ]);
    expect(row.deductions.map((deduction) => deduction.detail)).toEqual([
      '1 báo cáo gửi muộn, tổng 1 ngày làm việc',
      '2 báo cáo bị trả lại, tổng 3 lần',
      '2 báo cáo chưa gửi khi đã quá hạn',
    ]);
    // (100 + 88 + 95 + 0 + 0.5 × 0) / 4.5 scored weights: 100 less the three impacts above.
    expect(row.score).toBe(62.89);
  });

  describe('the tie rule', () => {
    const noDeductions = { ...rubric, deductionPerDayLate: 0, deductionPerReturn: 0 };

    it('puts more reports done on time first at an equal score', () => {
      const entries = [...agency('Sở Công Thương', 'onTime'), ...agency('Sở Xây dựng', 'onTime', 'onTime')];
      expect(summary(entries)).toEqual([
        [1, 'Sở Xây dựng', 100],
        [2, 'Sở Công Thương', 100],
      ]);
    });

    it('then fewer working days late, then fewer returns', () => {
      const entries = [
        ...agency('Ban Dân tộc', 'returnedThenAccepted', 'veryLate'),
        ...agency('Công an tỉnh', 'onTime', 'veryLate'),
        ...agency('Sở Giáo dục và Đào tạo', 'onTime', 'lateAfterExtension'),
      ];
      const lateOnly = { ...noDeductions, maxLateDeduction: 10 };
      expect(summary(entries, lateOnly)).toEqual([
        [1, 'Sở Giáo dục và Đào tạo', 95],
        [2, 'Công an tỉnh', 95],
        [3, 'Ban Dân tộc', 95],
      ]);
    });

    it('shares a rank among agencies equal on every key, listed in Vietnamese order (1, 2, 2, 2, 5)', () => {
      const entries = [
        ...agency('Sở Tư pháp', 'onTime', 'onTime'),
        ...agency('Sở Giáo dục và Đào tạo', 'onTime', 'missed'),
        ...agency('Ban Dân tộc', 'onTime', 'missed'),
        ...agency('Đài Phát thanh và Truyền hình', 'onTime', 'missed'),
        ...agency('Ủy ban Mặt trận Tổ quốc', 'missed'),
      ];
      expect(summary(entries)).toEqual([
        [1, 'Sở Tư pháp', 100],
        [2, 'Ban Dân tộc', 50],
        [2, 'Đài Phát thanh và Truyền hình', 50],
        [2, 'Sở Giáo dục và Đào tạo', 50],
        [5, 'Ủy ban Mặt trận Tổ quốc', 0],
      ]);
    });

    it('lists agencies with nothing scored last, unranked, with their buckets', () => {
      const ranking = rankAgencies(rubric, 1, [
        ...agency('Văn phòng UBND tỉnh', 'waived', 'openInTime'),
        ...agency('Sở Tư pháp', 'missed'),
        ...agency('Ban Dân tộc', 'cancelled'),
      ]);
      expect(ranking.rows.map(({ rank, agencyName, score }) => [rank, agencyName, score])).toEqual([
        [1, 'Sở Tư pháp', 0],
        [null, 'Ban Dân tộc', null],
        [null, 'Văn phòng UBND tỉnh', null],
      ]);
      expect(ranking.rows[2].buckets.buckets.openInTime.count).toBe(1);
    });
  });

  it('gives the same result whatever order the assignments stream in', () => {
    const entries = [
      ...agency('Sở Tư pháp', 'onTime', 'lateAfterExtension', ['returnedThenMissed', 'coordinating']),
      ...agency('Sở Tài chính', 'veryLate', ['onTime', 'coordinating'], 'returnedThenAccepted'),
      ...agency('Sở Y tế', 'missed', 'onTime', 'onTimeAfterExtension'),
    ];
    const tenth = { ...rubric, onTimePoints: 10, lateFlatDeduction: 0.1, deductionPerDayLate: 0.3 };
    const forwards = rankAgencies(tenth, 7, entries);
    const builder = new RankingBuilder(tenth, 7);
    for (const entry of [...entries].reverse()) builder.add(entry);
    expect(builder.finish()).toEqual(forwards);
    expect(forwards.rubricVersion).toBe(7);
  });

  it('reproduces an old ranking from its rubric version after a new version changes the scores', () => {
    const entries = [
      ...agency('Sở Tư pháp', 'onTime', 'returnedThenAccepted', 'returnedThenAccepted'),
      ...agency('Sở Tài chính', 'lateAfterExtension', 'onTime', 'onTime'),
    ];
    const versions = new Map<number, ScoringRubric>([
      [1, rubric],
      [2, { ...rubric, lateFlatDeduction: 0, deductionPerReturn: 20 }],
    ]);
    const rank = (version: number) => rankAgencies(versions.get(version)!, version, entries);
    const first = rank(1);
    expect(first.rows.map((row) => [row.agencyName, row.score])).toEqual([
      ['Sở Tư pháp', 96.67],
      ['Sở Tài chính', 96],
    ]);
    expect(rank(2).rows.map((row) => [row.agencyName, row.score])).toEqual([
      ['Sở Tài chính', 99.33],
      ['Sở Tư pháp', 86.67],
    ]);
    expect(rank(1)).toEqual(first);
  });
});
