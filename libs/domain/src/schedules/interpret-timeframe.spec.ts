import { interpretTimeframe } from './interpret-timeframe';
import { type TimeframeContext } from './schedule.types';

const lawDay2023: TimeframeContext = { planPeriod: { from: 2023, to: 2023 } };
const activities2024: TimeframeContext = { planPeriod: { from: 2024, to: 2024 } };
const digital2025to2030: TimeframeContext = { planPeriod: { from: 2025, to: 2030 } };

/** A reading in a plan of 2025 to 2030, without the text it keeps, to compare two wordings. */
const readIn2025to2030 = (text: string) => {
  const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
  return { schedule: { ...schedule, text: undefined }, warnings };
};

describe('interpretTimeframe on every seed time frame', () => {
  it.each([
    ['Tháng 11 năm 2023', lawDay2023, { kind: 'once', due: '2023-11-30', period: '2023-11' }],
    ['Tháng 01 năm 2024', activities2024, { kind: 'once', due: '2024-01-31', period: '2024-01' }],
    ['Quý I năm 2024', activities2024, { kind: 'once', due: '2024-03-31', period: '2024-Q1' }],
    ['Quý III, năm 2024', activities2024, { kind: 'once', due: '2024-09-30', period: '2024-Q3' }],
    ['quý IV năm 2024', activities2024, { kind: 'once', due: '2024-12-31', period: '2024-Q4' }],
    ['Hoàn thành trong Quý III năm 2024', activities2024, { kind: 'once', due: '2024-09-30', period: '2024-Q3' }],
    ['Thường xuyên', activities2024, { kind: 'continuous', fromYear: 2024, toYear: 2024, due: null, focus: [] }],
    ['Thường xuyên', digital2025to2030, { kind: 'continuous', fromYear: 2025, toYear: 2030, due: null, focus: [] }],
    [
      'Thường xuyên, trọng tâm tháng 10, 11 năm 2023',
      lawDay2023,
      { kind: 'continuous', fromYear: 2023, toYear: 2023, focus: [{ start: '2023-10-01', end: '2023-11-30' }] },
    ],
    [
      'sau sơ kết 06 tháng',
      activities2024,
      { kind: 'eventRelative', event: 'sơ kết 06 tháng', relation: 'after', offsetDays: null, untilYear: null },
    ],
    ['Hàng năm', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Khi có yêu cầu của Bộ Tư pháp', digital2025to2030, { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
    ['2026-2030', digital2025to2030, { kind: 'annual', fromYear: 2026, toYear: 2030 }],
    [
      'Từ khi ứng dụng được Bộ Tư pháp đưa vào sử dụng đến năm 2030',
      digital2025to2030,
      { kind: 'eventRelative', event: 'ứng dụng được Bộ Tư pháp đưa vào sử dụng', relation: 'from', untilYear: 2030 },
    ],
    ['Từ năm 2026', digital2025to2030, { kind: 'annual', fromYear: 2026, toYear: 2030 }],
    ['Từ năm 2027', digital2025to2030, { kind: 'annual', fromYear: 2027, toYear: 2030 }],
    ['Từ 2026-2030', digital2025to2030, { kind: 'annual', fromYear: 2026, toYear: 2030 }],
  ])('reads "%s"', (text, context, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, context);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });
});

describe('interpretTimeframe on the other time expressions in the seeds', () => {
  it.each([
    ['trước ngày 15/11/2023', { kind: 'once', due: '2023-11-14', period: '2023-11-14' }],
    ['trước ngày 31/10/2023', { kind: 'once', due: '2023-10-30' }],
    ['trước ngày 20/11/2024', { kind: 'once', due: '2024-11-19' }],
    ['cao điểm từ ngày 01/11/2023 đến ngày 09/11/2023', { kind: 'window', start: '2023-11-01', end: '2023-11-09' }],
    ['tháng 10, 11 năm 2023', { kind: 'window', start: '2023-10-01', end: '2023-11-30' }],
    ['Từ năm 2025 đến năm 2030', { kind: 'annual', fromYear: 2025, toYear: 2030 }],
    ['giai đoạn 2025 – 2030', { kind: 'annual', fromYear: 2025, toYear: 2030 }],
    ['Hằng năm, từ năm 2023 đến năm 2030', { kind: 'annual', fromYear: 2023, toYear: 2030 }],
    ['định kỳ hàng năm', { kind: 'annual', fromYear: null, toYear: null, due: null }],
    ['đột xuất theo yêu cầu', { kind: 'onRequest', requester: null }],
    [
      'Trong thời hạn 10 ngày, kể từ ngày kết thúc kiểm tra trực tiếp',
      { kind: 'eventRelative', event: 'kết thúc kiểm tra trực tiếp', relation: 'within', offsetDays: 10 },
    ],
    ['năm 2024', { kind: 'annual', fromYear: 2024, toYear: 2024 }],
    ['đến năm 2021', { kind: 'annual', fromYear: null, toYear: 2021 }],
  ])('reads "%s" without a plan period', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, {});
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it('keeps every focus window of the 000 plan period', () => {
    const text =
      'thường xuyên, đặc biệt tập trung vào 02 tháng (tháng 10, 11 năm 2023), cao điểm từ ngày 01/11/2023 đến ngày 09/11/2023';
    const { schedule, warnings } = interpretTimeframe(text, lawDay2023);
    expect(schedule).toMatchObject({
      kind: 'continuous',
      focus: [
        { start: '2023-10-01', end: '2023-11-30' },
        { start: '2023-11-01', end: '2023-11-09' },
      ],
    });
    expect(warnings).toEqual([]);
  });
});

describe('interpretTimeframe spelling variants', () => {
  it.each([
    ['Hằng năm'],
    ['hàng năm'],
    ['HÀNG NĂM'],
    ['Hàng\nnăm.'],
    ['Hàng năm'.normalize('NFD')],
    ['  hằng   năm ; '],
  ])('reads %j as annual over the plan period', (text) => {
    expect(interpretTimeframe(text, digital2025to2030).schedule).toMatchObject({
      kind: 'annual',
      fromYear: 2025,
      toYear: 2030,
      text,
    });
  });

  it.each([
    ['Quý 3 năm 2024', '2024-09-30'],
    ['quý iii/2024', '2024-09-30'],
    ['Quý II 2024', '2024-06-30'],
    ['QUÝ IV NĂM 2024.', '2024-12-31'],
    ['Hoàn thành trong\nQuý III\nnăm 2024', '2024-09-30'],
    ['Quý I', '2024-03-31'],
    ['tháng 2', '2024-02-29'],
    ['Tháng 02/2025', '2025-02-28'],
    ['trước ngày 01/3', '2024-02-29'],
    ['trước ngày 01 tháng 01 năm 2025', '2024-12-31'],
    ['chậm nhất ngày 15/12/2024', '2024-12-15'],
  ])('reads "%s" as once due %s', (text, due) => {
    expect(interpretTimeframe(text, activities2024).schedule).toMatchObject({ kind: 'once', due });
  });

  it.each([['2026 – 2030'], ['2026 - 2030'], ['Từ 2026 – 2030'], ['từ năm 2026 - năm 2030'], ['Giai đoạn 2026-2030']])(
    'reads the range %j with any dash',
    (text) => {
      expect(interpretTimeframe(text, digital2025to2030).schedule).toMatchObject({
        kind: 'annual',
        fromYear: 2026,
        toYear: 2030,
      });
    },
  );

  it('reads "trước ngày 20/11 hàng năm" as annual, due the day before', () => {
    for (const text of [
      'trước ngày 20/11 hàng năm',
      'Hằng năm, trước ngày 20/11',
      'định kỳ hằng năm trước ngày 20/11',
    ]) {
      expect(interpretTimeframe(text, digital2025to2030).schedule).toMatchObject({
        kind: 'annual',
        due: { month: 11, day: 19 },
      });
    }
  });

  it('takes the annual report date from the context when the text has none', () => {
    const context = { ...digital2025to2030, annualReportDate: { month: 12, day: 15 } };
    expect(interpretTimeframe('Hàng năm', context).schedule).toMatchObject({ due: { month: 12, day: 15 } });
    expect(interpretTimeframe('Thường xuyên', context).schedule).toMatchObject({ due: { month: 12, day: 15 } });
  });

  it('reads half years and window dates without a year from a single-year plan', () => {
    expect(interpretTimeframe('6 tháng đầu năm 2024', {}).schedule).toMatchObject({
      kind: 'window',
      start: '2024-01-01',
      end: '2024-06-30',
    });
    expect(interpretTimeframe('từ ngày 01/11 đến ngày 09/11', lawDay2023).schedule).toMatchObject({
      kind: 'window',
      start: '2023-11-01',
      end: '2023-11-09',
    });
  });

  it('reads other conditions and events without inventing a deadline', () => {
    expect(interpretTimeframe('Theo yêu cầu của UBND tỉnh', {}).schedule).toMatchObject({
      kind: 'onRequest',
      requester: 'UBND tỉnh',
    });
    expect(interpretTimeframe('Khi có văn bản mới ban hành', {}).schedule).toMatchObject({
      kind: 'eventRelative',
      event: 'có văn bản mới ban hành',
      relation: 'from',
    });
  });
});

describe('interpretTimeframe on recurring time frames the seeds lack', () => {
  const quarterly = { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030, dueDay: null };
  const monthly = { kind: 'periodic', every: 'month', fromYear: 2025, toYear: 2030, dueDay: null };
  const halfYearly = { kind: 'periodic', every: 'halfYear', fromYear: 2025, toYear: 2030, dueDay: null };

  it.each([
    ['Hằng quý', quarterly],
    ['hàng quý', quarterly],
    ['Định kỳ hằng quý', quarterly],
    ['Hằng quý, từ năm 2026 đến năm 2030', { ...quarterly, fromYear: 2026 }],
    ['hàng quý từ năm 2027', { ...quarterly, fromYear: 2027 }],
    ['Hằng tháng', monthly],
    ['hàng tháng', monthly],
    ['Hàng tháng, giai đoạn 2026 – 2028', { ...monthly, fromYear: 2026, toYear: 2028 }],
    ['trước ngày 25 hằng tháng', { ...monthly, dueDay: 24 }],
    ['Hằng tháng, chậm nhất ngày 20', { ...monthly, dueDay: 20 }],
    ['Hằng quý, trước ngày 15 của tháng cuối quý', { ...quarterly, dueDay: 14 }],
    ['Định kỳ 6 tháng', halfYearly],
    ['6 tháng một lần', halfYearly],
    ['định kỳ 06 tháng một lần', halfYearly],
    ['Định kỳ 03 tháng một lần', quarterly],
    ['Định kỳ 6 tháng, từ năm 2025 đến năm 2030', halfYearly],
    ['6 tháng/lần', halfYearly],
    ['Hằng tháng (trước ngày 25)', { ...monthly, dueDay: 24 }],
    ['Trước ngày 10 của tháng đầu quý sau', { ...quarterly, dueDay: 9, dueAfterPeriod: true }],
    ['Hằng quý, trước ngày 10 tháng đầu của quý tiếp theo', { ...quarterly, dueDay: 9, dueAfterPeriod: true }],
    ['Hằng tháng, trước ngày 05 của tháng sau', { ...monthly, dueDay: 4, dueAfterPeriod: true }],
    ['Hằng tháng, chậm nhất ngày 05 tháng tiếp theo', { ...monthly, dueDay: 5, dueAfterPeriod: true }],
  ])('reads "%s" as periodic', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['6 tháng đầu năm', { month: 6, day: 30 }],
    ['06 tháng cuối năm', { month: 12, day: 31 }],
    ['Nửa đầu năm', { month: 6, day: 30 }],
    ['Nửa cuối năm', { month: 12, day: 31 }],
    ['Quý I hằng năm', { month: 3, day: 31 }],
    ['quý III hàng năm', { month: 9, day: 30 }],
    ['Tháng 12 hằng năm', { month: 12, day: 31 }],
    ['trước ngày 15/12 hằng năm', { month: 12, day: 14 }],
    ['Trước ngày 15/12 hàng năm', { month: 12, day: 14 }],
  ])('reads "%s" as annual with its own due day', (text, due) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear: 2025, toYear: 2030, due });
    expect(warnings).toEqual([]);
  });

  it('reads a half year without a year as annual in a one-year plan too', () => {
    expect(interpretTimeframe('6 tháng đầu năm', activities2024).schedule).toMatchObject({
      kind: 'annual',
      fromYear: 2024,
      toYear: 2024,
      due: { month: 6, day: 30 },
    });
  });

  it('keeps the years written after a part of the year', () => {
    expect(interpretTimeframe('Quý I hằng năm, từ năm 2026 đến năm 2030', {}).schedule).toMatchObject({
      kind: 'annual',
      fromYear: 2026,
      toYear: 2030,
      due: { month: 3, day: 31 },
    });
    expect(interpretTimeframe('6 tháng đầu năm, từ năm 2027', digital2025to2030).schedule).toMatchObject({
      kind: 'annual',
      fromYear: 2027,
      toYear: 2030,
      due: { month: 6, day: 30 },
    });
  });

  it.each([
    ['trước ngày 30/6 và 15/12 hằng năm'],
    ['Hàng năm, trước ngày 30/6 và ngày 15/12'],
    ['trước ngày 15/12 và 30/6 hằng năm'],
    ['trước ngày 30 tháng 6 và ngày 15 tháng 12 hằng năm'],
  ])('reads "%s" as two due days a year, first as `due`', (text) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({
      kind: 'annual',
      text,
      fromYear: 2025,
      toYear: 2030,
      due: { month: 6, day: 29 },
      dues: [
        { month: 6, day: 29 },
        { month: 12, day: 14 },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it('keeps a half year with its year as a window', () => {
    expect(interpretTimeframe('6 tháng đầu năm 2026', digital2025to2030).schedule).toMatchObject({
      kind: 'window',
      start: '2026-01-01',
      end: '2026-06-30',
    });
  });
});

describe('interpretTimeframe on lists and ranges of months and quarters, as other provinces write them', () => {
  const year2025: TimeframeContext = { planPeriod: { from: 2025, to: 2025 } };
  it.each([
    ['Quý II, Quý III năm 2025', { start: '2025-04-01', end: '2025-09-30' }],
    ['Quý II và Quý III năm 2025', { start: '2025-04-01', end: '2025-09-30' }],
    ['Quý I, II năm 2025', { start: '2025-01-01', end: '2025-06-30' }],
    ['Quý II - III/2025', { start: '2025-04-01', end: '2025-09-30' }],
    ['Từ Quý II đến Quý IV năm 2025', { start: '2025-04-01', end: '2025-12-31' }],
    ['Quý II đến quý III', { start: '2025-04-01', end: '2025-09-30' }],
    ['Tháng 10, tháng 11 năm 2025', { start: '2025-10-01', end: '2025-11-30' }],
    ['Tháng 10 và tháng 11 năm 2025', { start: '2025-10-01', end: '2025-11-30' }],
    ['Từ tháng 3 đến tháng 6 năm 2025', { start: '2025-03-01', end: '2025-06-30' }],
    ['Tháng 3 - tháng 6/2025', { start: '2025-03-01', end: '2025-06-30' }],
  ])('reads "%s" as one window from the first to the end of the last', (text, window) => {
    const { schedule, warnings } = interpretTimeframe(text, year2025);
    expect(schedule).toEqual({ kind: 'window', text, ...window });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Cả năm 2025', year2025, { fromYear: 2025, toYear: 2025, due: null }],
    ['Cả năm', year2025, { fromYear: 2025, toYear: 2025, due: null }],
    ['Trong năm', digital2025to2030, { fromYear: 2025, toYear: 2030, due: null }],
    ['Năm 2025 và những năm tiếp theo', digital2025to2030, { fromYear: 2025, toYear: 2030, due: null }],
    [
      'Quý I năm 2026 và các năm tiếp theo',
      digital2025to2030,
      { fromYear: 2026, toYear: 2030, due: { month: 3, day: 31 } },
    ],
  ])('reads "%s" as every year of its span', (text, context, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, context);
    expect(schedule).toEqual({ kind: 'annual', text, ...expected });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Theo chỉ đạo của UBND tỉnh', 'UBND tỉnh'],
    ['Theo yêu cầu, chỉ đạo của Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Khi có chỉ đạo', null],
  ])('reads "%s" as on request', (text, requester) => {
    expect(interpretTimeframe(text, year2025)).toEqual({
      schedule: { kind: 'onRequest', text, requester },
      warnings: [],
    });
  });
});

describe('interpretTimeframe on further wordings', () => {
  const year2025: TimeframeContext = { planPeriod: { from: 2025, to: 2025 } };
  it.each([
    ['Theo kế hoạch riêng', { kind: 'onRequest', requester: null }],
    ['Theo Kế hoạch của Bộ Tư pháp', { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
    ['Theo hướng dẫn của Bộ Tư pháp', { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
    ['Từ tháng 01/2025 đến tháng 12/2025', { kind: 'window', start: '2025-01-01', end: '2025-12-31' }],
    ['Từ tháng 10/2025 đến tháng 3/2026', { kind: 'window', start: '2025-10-01', end: '2026-03-31' }],
    ['Tháng 1/2025 - Tháng 3/2025', { kind: 'window', start: '2025-01-01', end: '2025-03-31' }],
    ['Quý I/2025 - Quý II/2025', { kind: 'window', start: '2025-01-01', end: '2025-06-30' }],
    ['Từ Quý IV/2025 đến Quý I/2026', { kind: 'window', start: '2025-10-01', end: '2026-03-31' }],
    ['Từ nay đến hết năm 2025', { kind: 'annual', fromYear: 2025, toYear: 2025, due: null }],
    ['Định kỳ 6 tháng và hằng năm', { kind: 'periodic', every: 'halfYear', fromYear: 2025, toYear: 2025 }],
    ['Hằng quý, hằng năm', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2025 }],
    ['Tháng 3/2025 và các năm tiếp theo', { kind: 'annual', fromYear: 2025, toYear: 2025, due: { month: 3, day: 31 } }],
    [
      'Ngay sau khi Luật được thông qua',
      { kind: 'eventRelative', event: 'Luật được thông qua', relation: 'after', offsetDays: null },
    ],
    [
      'Kịp thời sau khi văn bản được thông qua',
      { kind: 'eventRelative', event: 'văn bản được thông qua', relation: 'after', offsetDays: null },
    ],
    [
      'Trước ngày Luật có hiệu lực',
      { kind: 'eventRelative', event: 'Luật có hiệu lực', relation: 'before', offsetDays: null },
    ],
    [
      'Hoàn thành trước khi Luật có hiệu lực thi hành',
      { kind: 'eventRelative', event: 'Luật có hiệu lực thi hành', relation: 'before', offsetDays: null },
    ],
    [
      'Trước kỳ họp thứ 10 HĐND tỉnh',
      { kind: 'eventRelative', event: 'kỳ họp thứ 10 HĐND tỉnh', relation: 'before', offsetDays: null },
    ],
    [
      'Trước Hội nghị tổng kết năm',
      { kind: 'eventRelative', event: 'Hội nghị tổng kết năm', relation: 'before', offsetDays: null },
    ],
  ])('reads "%s"', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, year2025);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it('reads "Thường xuyên và đột xuất" as continuous, without a warning', () => {
    expect(interpretTimeframe('Thường xuyên và đột xuất', year2025)).toMatchObject({
      schedule: { kind: 'continuous' },
      warnings: [],
    });
  });

  it.each([
    ['Tháng 11 năm 2025 (cao điểm từ ngày 01/11 đến 09/11)', { kind: 'once', due: '2025-11-30' }],
    ['Trước ngày 20/11/2025 (báo cáo năm)', { kind: 'once', due: '2025-11-19' }],
    ['Năm 2025 (Quý III)', { kind: 'annual', fromYear: 2025, toYear: 2025 }],
    ['Theo Kế hoạch của Bộ Tư pháp (dự kiến Quý III/2025)', { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
  ])('reads "%s" without its note in parentheses, and says the note was not read', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, year2025);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('chưa được đọc');
  });

  it.each([
    ['Quý I/2026 (đối với nhiệm vụ a); Quý II/2026 (đối với nhiệm vụ b)', 'Quý I/2026; Quý II/2026'],
    ['Tháng 3/2026 (cấp tỉnh), tháng 5/2026 (cấp xã)', 'Tháng 3/2026, tháng 5/2026'],
    ['Quý II/2026 (cấp tỉnh); Quý III/2026', 'Quý II/2026; Quý III/2026'],
  ])('reads "%s" as "%s", and says which notes were not read', (text, likeText) => {
    const { schedule, warnings } = interpretTimeframe(text, year2025);
    const notes = [...text.matchAll(/\(([^()]+)\)/g)].map(([note]) => `“${note}”`).join(', ');
    expect(schedule).toEqual({ ...interpretTimeframe(likeText, year2025).schedule, text });
    expect(schedule.kind).not.toBe('unrecognised');
    expect(warnings).toEqual([`Ghi chú ${notes} trong “${text}” chưa được đọc`]);
  });
});

describe('interpretTimeframe on quarters and months listed apart', () => {
  const year2026: TimeframeContext = { planPeriod: { from: 2026, to: 2026 } };
  it.each([
    [
      'Quý II và Quý IV/2026',
      [
        { month: 6, day: 30 },
        { month: 12, day: 31 },
      ],
    ],
    [
      'Tháng 6 và tháng 12 năm 2026',
      [
        { month: 6, day: 30 },
        { month: 12, day: 31 },
      ],
    ],
    [
      'Quý I, III năm 2026',
      [
        { month: 3, day: 31 },
        { month: 9, day: 30 },
      ],
    ],
  ])('reads "%s" as a deadline at the end of each, that year', (text, dues) => {
    expect(interpretTimeframe(text, year2026)).toEqual({
      schedule: { kind: 'annual', text, fromYear: 2026, toYear: 2026, due: dues[0], dues },
      warnings: [],
    });
  });

  it('reads the time frame in a note when the words before it are not one', () => {
    const text = '02 phiên/năm (Quý II và Quý IV/2026)';
    const { schedule, warnings } = interpretTimeframe(text, year2026);
    expect(schedule).toMatchObject({
      kind: 'annual',
      text,
      dues: [
        { month: 6, day: 30 },
        { month: 12, day: 31 },
      ],
    });
    expect(warnings).toEqual([
      'Thời hạn được đọc từ ghi chú “(Quý II và Quý IV/2026)”; phần “02 phiên/năm” chưa được đọc',
    ]);
  });
});

describe('interpretTimeframe on occasions, ends of a period, weeks, school years and rounds', () => {
  const year2025: TimeframeContext = { planPeriod: { from: 2025, to: 2025 } };
  const lawDay = { month: 11, day: 9 };

  it.each([
    ['Dịp 09/11 hằng năm', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2030, due: lawDay }],
    [
      'Hưởng ứng Ngày Pháp luật Việt Nam hằng năm',
      digital2025to2030,
      { kind: 'annual', fromYear: 2025, toYear: 2030, due: lawDay },
    ],
    [
      'Nhân dịp Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)',
      year2025,
      { kind: 'once', due: '2025-11-09', period: '2025-11-09' },
    ],
    ['Ngày Pháp luật Việt Nam năm 2025', digital2025to2030, { kind: 'once', due: '2025-11-09' }],
    ['Dịp 9/11/2026', digital2025to2030, { kind: 'once', due: '2026-11-09' }],
    ['Cuối năm 2025', digital2025to2030, { kind: 'once', due: '2025-12-31', period: '2025-12' }],
    ['Vào cuối năm', year2025, { kind: 'once', due: '2025-12-31', period: '2025-12' }],
    ['Cuối năm, hằng năm', digital2025to2030, { kind: 'annual', due: { month: 12, day: 31 } }],
    ['Cuối quý III/2025', digital2025to2030, { kind: 'once', due: '2025-09-30', period: '2025-Q3' }],
    ['Cuối tháng 11/2025', digital2025to2030, { kind: 'once', due: '2025-11-30', period: '2025-11' }],
    ['Tuần đầu tháng 11/2025', digital2025to2030, { kind: 'window', start: '2025-11-01', end: '2025-11-07' }],
    ['Tuần lễ đầu tháng 11/2025', digital2025to2030, { kind: 'window', start: '2025-11-01', end: '2025-11-07' }],
    [
      'Tuần đầu tiên của tháng 3 năm 2026',
      digital2025to2030,
      { kind: 'window', start: '2026-03-01', end: '2026-03-07' },
    ],
    ['Tuần thứ hai tháng 11/2025', digital2025to2030, { kind: 'window', start: '2025-11-08', end: '2025-11-14' }],
    ['Tuần cuối tháng 02/2026', digital2025to2030, { kind: 'window', start: '2026-02-22', end: '2026-02-28' }],
    ['2025', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2025 }],
    ['Năm 2025, 2026', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2026 }],
    ['Các năm 2026 và 2027', digital2025to2030, { kind: 'annual', fromYear: 2026, toYear: 2027 }],
    ['Năm 2025 và năm 2026', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2026 }],
    [
      'Tháng 6 và tháng 12 hằng năm',
      digital2025to2030,
      {
        kind: 'annual',
        due: { month: 6, day: 30 },
        dues: [
          { month: 6, day: 30 },
          { month: 12, day: 31 },
        ],
      },
    ],
    ['Từ ngày 01/10 - 31/10/2025', digital2025to2030, { kind: 'window', start: '2025-10-01', end: '2025-10-31' }],
    [
      'Tuần lễ từ ngày 03/11 - 09/11/2025',
      digital2025to2030,
      { kind: 'window', start: '2025-11-03', end: '2025-11-09' },
    ],
    ['Đợt cao điểm từ ngày 01/11 đến ngày 09/11/2025', digital2025to2030, { kind: 'window', start: '2025-11-01' }],
    ['Quý IV/2025 và Quý I/2026', digital2025to2030, { kind: 'window', start: '2025-10-01', end: '2026-03-31' }],
    [
      'Đợt 1: Quý II/2025; Đợt 2: Quý IV/2025',
      digital2025to2030,
      {
        kind: 'annual',
        fromYear: 2025,
        toYear: 2025,
        dues: [
          { month: 6, day: 30 },
          { month: 12, day: 31 },
        ],
      },
    ],
    [
      'Đợt 1 trước ngày 30/6/2026, đợt 2 trước ngày 15/11/2026',
      digital2025to2030,
      {
        kind: 'annual',
        fromYear: 2026,
        toYear: 2026,
        dues: [
          { month: 6, day: 29 },
          { month: 11, day: 14 },
        ],
      },
    ],
    ['30/6 - 30/9/2026', digital2025to2030, { kind: 'window', start: '2026-06-30', end: '2026-09-30' }],
    ['Trước ngày 20 tháng cuối quý', digital2025to2030, { kind: 'periodic', every: 'quarter', dueDay: 19 }],
    ['6 tháng đầu năm và cả năm', digital2025to2030, { kind: 'periodic', every: 'halfYear', fromYear: 2025 }],
    ['Quý IV năm 2025 và năm 2026', digital2025to2030, { kind: 'window', start: '2025-10-01', end: '2026-12-31' }],
    ['Theo đề nghị của Sở Tư pháp', digital2025to2030, { kind: 'onRequest', requester: 'Sở Tư pháp' }],
    ['Hết năm 2026', digital2025to2030, { kind: 'annual', fromYear: 2025, toYear: 2026 }],
    ['Thường xuyên, liên tục', digital2025to2030, { kind: 'continuous', fromYear: 2025, toYear: 2030 }],
    [
      'Trong suốt thời gian thực hiện Kế hoạch',
      digital2025to2030,
      { kind: 'continuous', fromYear: 2025, toYear: 2030, focus: [] },
    ],
    ['Trong suốt quá trình triển khai', digital2025to2030, { kind: 'continuous', fromYear: 2025, toYear: 2030 }],
    ['Trong quá trình thực hiện', digital2025to2030, { kind: 'continuous', fromYear: 2025, toYear: 2030 }],
  ])('reads "%s"', (text, context, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, context);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Sau khi kết thúc đợt cao điểm dịp 09/11', 'kết thúc đợt cao điểm dịp 09/11'],
    ['Sau Hội nghị tổng kết cuối năm', 'Hội nghị tổng kết cuối năm'],
    ['Sau Lễ kỷ niệm Ngày Pháp luật Việt Nam năm 2026', 'Lễ kỷ niệm Ngày Pháp luật Việt Nam năm 2026'],
  ])('quotes the event in "%s" as written', (text, event) => {
    expect(interpretTimeframe(text, digital2025to2030).schedule).toMatchObject({ kind: 'eventRelative', event });
  });

  it.each(['Hằng tuần', 'Định kỳ hằng tuần', 'Mỗi tuần một lần'])(
    'reads "%s" as continuous work reported with the annual report, and says so',
    (text) => {
      const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
      expect(schedule).toMatchObject({ kind: 'continuous', fromYear: 2025, toYear: 2030, focus: [] });
      expect(warnings).toEqual([`“${text}”: việc làm hằng tuần, báo cáo cùng báo cáo năm`]);
    },
  );

  it.each([
    ['Quý I/2026 và khi có văn bản mới', { kind: 'once', due: '2026-03-31' }, 'khi có văn bản mới'],
    ['Năm 2026; đột xuất theo yêu cầu', { kind: 'annual', fromYear: 2026, toYear: 2026 }, 'đột xuất theo yêu cầu'],
  ])('reads the dated part of "%s" and warns of the condition beside it', (text, schedule, condition) => {
    const { schedule: read, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(read).toMatchObject({ ...schedule, text });
    expect(warnings).toEqual([
      `Phần “${condition}” trong “${text}” chưa được đọc: chỉ phần có ngày tháng đặt thời hạn`,
    ]);
  });

  it('reads a school year as September to May, and says so', () => {
    const { schedule, warnings } = interpretTimeframe('Năm học 2025 - 2026', digital2025to2030);
    expect(schedule).toEqual({ kind: 'window', text: 'Năm học 2025 - 2026', start: '2025-09-01', end: '2026-05-31' });
    expect(warnings).toEqual(['“Năm học 2025-2026” được hiểu là từ 01/09/2025 đến 31/05/2026']);
  });

  it.each([
    [
      'Học kỳ I năm học 2025 - 2026',
      '2025-09-01',
      '2026-01-15',
      '“Học kỳ I năm học 2025-2026” được hiểu là từ 01/09/2025 đến 15/01/2026',
    ],
    [
      'Học kì I năm học 2025 - 2026',
      '2025-09-01',
      '2026-01-15',
      '“Học kì I năm học 2025-2026” được hiểu là từ 01/09/2025 đến 15/01/2026',
    ],
    [
      'học kỳ 2 năm học 2025-2026',
      '2026-01-16',
      '2026-05-31',
      '“học kỳ 2 năm học 2025-2026” được hiểu là từ 16/01/2026 đến 31/05/2026',
    ],
  ])('reads "%s" as its half of the school year, and says so', (text, start, end, warning) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'window', text, start, end });
    expect(warnings).toEqual([warning]);
  });

  it.each([
    ['Hằng năm học', 2025],
    ['Theo năm học', 2025],
    ['Trong năm học', 2025],
    ['Năm học 2026-2027 và các năm học tiếp theo', 2027],
  ])('reads "%s" as yearly work due when each school year ends, and says so', (text, fromYear) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'annual', text, fromYear, toYear: 2030, due: { month: 5, day: 31 } },
      warnings: [`“${text}” được hiểu là mỗi năm học, từ 01/09 đến 31/05: hạn mỗi năm là 31/05`],
    });
  });

  it.each([
    ['Năm học 2025 - 2026 và năm học 2026 - 2027', 2026, 2027],
    ['Năm học 2025-2026, 2026-2027', 2026, 2027],
    ['Các năm học 2025-2026, 2026-2027, 2027-2028', 2026, 2028],
    ['Từ năm học 2025 - 2026 đến năm học 2029 - 2030', 2026, 2030],
    ['Hằng năm, từ năm học 2026 - 2027 đến năm học 2029 - 2030', 2027, 2030],
    ['Hàng năm từ năm học 2025-2026 đến năm học 2026-2027', 2026, 2027],
  ])('reads school years one after another, "%s", as yearly work due when each ends', (text, fromYear, toYear) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear, toYear, due: { month: 5, day: 31 } });
    expect(warnings).toHaveLength(1);
  });

  it('reads "Kể từ ngày 01/7/2026" as "Từ ngày 01/7/2026": continuous from that day', () => {
    const same = (text: string) => interpretTimeframe(text, digital2025to2030);
    expect(same('Kể từ ngày 01/7/2026').schedule).toEqual({
      ...same('Từ ngày 01/7/2026').schedule,
      text: 'Kể từ ngày 01/7/2026',
    });
    expect(same('Kể từ ngày 01/7/2026').schedule.kind).toBe('continuous');
  });

  it('leaves school years with a gap between them for the coordinator', () => {
    expect(interpretTimeframe('Năm học 2025-2026 và năm học 2027-2028', digital2025to2030).schedule.kind).toBe(
      'unrecognised',
    );
  });

  it.each([
    [
      'Hè 2026',
      { kind: 'window', start: '2026-06-01', end: '2026-08-31' },
      '“Hè 2026” được hiểu là từ 01/06/2026 đến 31/08/2026',
    ],
    [
      'Dịp hè năm 2026',
      { kind: 'window', start: '2026-06-01', end: '2026-08-31' },
      '“Dịp hè năm 2026” được hiểu là từ 01/06/2026 đến 31/08/2026',
    ],
    [
      'Dịp hè hằng năm',
      { kind: 'annual', fromYear: 2025, toYear: 2030, due: { month: 8, day: 31 } },
      '“Dịp hè hằng năm” được hiểu là mỗi năm từ 01/06 đến 31/08: hạn mỗi năm là 31/08',
    ],
  ])('reads the summer "%s" as June to August, and says so', (text, expected, warning) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { ...expected, text },
      warnings: [warning],
    });
  });

  it.each([
    ['Dịp Tết Nguyên đán năm 2026', '2026-02-10', '2026-03-03'],
    ['Trước, trong và sau Tết Nguyên đán Bính Ngọ 2026', '2026-02-10', '2026-03-03'],
    ['Tết Nguyên đán Ất Tỵ năm 2025', '2025-01-22', '2025-02-12'],
    ['Dịp Tết năm 2026', '2026-02-10', '2026-03-03'],
  ])(
    'reads "%s" as the Tết season, from the 23rd of the last lunar month to the 15th of the first',
    (text, start, end) => {
      const [from, to] = [start, end].map((date) => date.split('-').reverse().join('/'));
      expect(interpretTimeframe(text, digital2025to2030)).toEqual({
        schedule: { kind: 'window', text, start, end },
        warnings: [`“${text}” được hiểu là dịp Tết, từ 23 tháng Chạp (${from}) đến Rằm tháng Giêng (${to})`],
      });
    },
  );

  it.each([
    ['Trước, trong và sau Ngày Pháp luật năm 2026'],
    ['Trước, trong và sau ngày 09/11/2026'],
    ['Trong và sau Ngày Pháp luật 9/11/2026'],
    ['Trước và sau dịp Ngày Pháp luật năm 2026'],
  ])('reads "%s" as November, the campaign around Law Day (9 November), and says so', (text) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'window', text, start: '2026-11-01', end: '2026-11-30' },
      warnings: [`“${text}” được hiểu là tháng 11, quanh Ngày Pháp luật 09/11: từ 01/11/2026 đến 30/11/2026`],
    });
  });

  it('reads the campaign around Law Day each year as due at the end of each November', () => {
    const text = 'Trước, trong và sau Ngày Pháp luật hằng năm';
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'annual', text, fromYear: 2025, toYear: 2030, due: { month: 11, day: 30 } },
      warnings: [`“${text}” được hiểu là tháng 11 mỗi năm, quanh Ngày Pháp luật 09/11: hạn mỗi năm là 30/11`],
    });
  });

  it('reads work before and on Law Day ("Trước và trong Ngày Pháp luật năm 2026") as due on the day', () => {
    expect(readIn2025to2030('Trước và trong Ngày Pháp luật năm 2026')).toEqual(
      readIn2025to2030('Ngày Pháp luật năm 2026'),
    );
  });

  it('reads the Tết season of every year as a date each year, since Tết moves', () => {
    const { schedule, warnings } = interpretTimeframe('Dịp Tết Nguyên đán hằng năm', {
      planPeriod: { from: 2025, to: 2026 },
    });
    expect(schedule).toEqual({
      kind: 'once',
      text: 'Dịp Tết Nguyên đán hằng năm',
      period: '2025-02-12',
      due: '2025-02-12',
      dues: [
        { period: '2025-02-12', due: '2025-02-12' },
        { period: '2026-03-03', due: '2026-03-03' },
      ],
    });
    expect(warnings).toEqual([
      '“Dịp Tết Nguyên đán hằng năm” được hiểu là dịp Tết mỗi năm, từ 23 tháng Chạp đến Rằm tháng Giêng: hạn là Rằm tháng Giêng (12/02/2025, 03/03/2026)',
    ]);
  });

  it("reads the Tết season of every year in a plan of one year as that year's date alone", () => {
    expect(interpretTimeframe('Tết Nguyên đán hằng năm', { planPeriod: { from: 2026, to: 2026 } }).schedule).toEqual({
      kind: 'once',
      text: 'Tết Nguyên đán hằng năm',
      period: '2026-03-03',
      due: '2026-03-03',
    });
  });

  it.each([
    ['Trước Tết Nguyên đán năm 2026', '2026-02-16', '16/02/2026'],
    ['Trước Tết Nguyên đán Bính Ngọ 2026', '2026-02-16', '16/02/2026'],
    ['Trước Tết 2027', '2027-02-05', '05/02/2027'],
  ])('reads "%s" as due the day before the first day of Tết, and says which day', (text, due, told) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'once', text, due, period: due },
      warnings: [`“${text}” được hiểu là trước mùng 1 Tết: hạn là ${told}`],
    });
  });

  it('reads work due before Tết each year as one date a year, since Tết moves', () => {
    const text = 'Trước Tết Nguyên đán hằng năm';
    expect(interpretTimeframe(text, { planPeriod: { from: 2025, to: 2026 } })).toEqual({
      schedule: {
        kind: 'once',
        text,
        period: '2025-01-28',
        due: '2025-01-28',
        dues: [
          { period: '2025-01-28', due: '2025-01-28' },
          { period: '2026-02-16', due: '2026-02-16' },
        ],
      },
      warnings: [`“${text}” được hiểu là trước mùng 1 Tết mỗi năm: hạn là 28/01/2025, 16/02/2026`],
    });
  });

  it.each(['Thứ Hai hằng tuần', 'Thứ 5 và Chủ nhật hằng tuần', '2 lần/tuần'])(
    'reads "%s" as weekly work, reported with the yearly report',
    (text) => {
      expect(interpretTimeframe(text, digital2025to2030)).toEqual({
        schedule: { kind: 'continuous', text, fromYear: 2025, toYear: 2030, due: null, focus: [] },
        warnings: [`“${text}”: việc làm hằng tuần, báo cáo cùng báo cáo năm`],
      });
    },
  );

  it('leaves the Tết season unread in a plan of several years when no year is named', () => {
    expect(interpretTimeframe('Dịp Tết Nguyên đán', digital2025to2030).warnings[0]).toContain('không ghi năm');
  });

  it.each([
    ['Học kỳ III năm học 2025 - 2026', 'Chưa hiểu được thời hạn'],
    ['Đợt 1: Quý II/2025; Đợt 2: kịp thời', 'Chưa hiểu được thời hạn'],
    ['Năm học 2025 - 2027', 'Chưa hiểu được thời hạn'],
    ['Tuần thứ năm tháng 2/2026', 'không có tuần thứ 5'],
    ['Cuối năm', 'không ghi năm'],
    ['Dịp 09/11', 'không ghi năm'],
  ])('keeps "%s" as written with a warning', (text, warning) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'unrecognised', text });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });

  it('reads "Nửa đầu năm 2026" as its first six months', () => {
    expect(interpretTimeframe('Nửa đầu năm 2026', digital2025to2030).schedule).toMatchObject({
      kind: 'window',
      start: '2026-01-01',
      end: '2026-06-30',
    });
  });

  it('still reads "06 tháng cuối năm" and "ngày 15 của tháng cuối quý" as before', () => {
    expect(interpretTimeframe('06 tháng cuối năm 2025', digital2025to2030).schedule).toMatchObject({
      kind: 'window',
      start: '2025-07-01',
    });
    expect(interpretTimeframe('Hằng quý, trước ngày 15 của tháng cuối quý', digital2025to2030).schedule).toMatchObject({
      kind: 'periodic',
      dueDay: 14,
    });
  });
});

describe('interpretTimeframe refuses to guess', () => {
  it('says why a time without a year is not read: the plan spans several years, or names none', () => {
    expect(interpretTimeframe('Quý III', digital2025to2030).warnings).toEqual([
      '“Quý III” không ghi năm, và kế hoạch kéo dài hơn một năm',
    ]);
    expect(interpretTimeframe('Quý III').warnings).toEqual([
      '“Quý III” không ghi năm, và kế hoạch không ghi năm thực hiện',
    ]);
  });

  it.each([
    ['Quý III', 'không ghi năm'],
    ['Tháng 11', 'không ghi năm'],
    ['trước ngày 20/11', 'không ghi năm'],
    ['trước ngày 31/02/2024', 'không phải là một ngày có thật'],
    ['ngày 29/02/2023', 'không phải là một ngày có thật'],
    ['trước ngày 30/02 hàng năm', 'không phải là một ngày có thật'],
    ['Tháng 13 năm 2024', 'Không có tháng 13'],
    ['2030-2026', 'ngược thứ tự'],
    ['từ ngày 09/11/2023 đến ngày 01/11/2023', 'kết thúc trước khi bắt đầu'],
    ['tháng 11, 10 năm 2023', 'không theo thứ tự'],
    ['Quý III, Quý II năm 2025', 'không theo thứ tự'],
    ['Quý II đến quý V năm 2025', 'Chưa hiểu được thời hạn'],
    ['trước ngày 32 hằng tháng', 'không phải là một ngày trong tháng'],
    ['trước ngày 01 hằng tháng', 'rơi vào tháng trước'],
    ['Hằng quý, trước ngày 15', 'tháng nào'],
    ['Định kỳ 5 tháng', '5 tháng một lần'],
    ['trước ngày 30/6 và 31/6 hằng năm', 'không phải là một ngày có thật'],
    ['Quý I hằng năm, trước ngày 15/3', 'Chưa hiểu được thời hạn'],
    ['Tháng 13 hằng năm', 'Chưa hiểu được thời hạn'],
    ['kịp thời', 'Chưa hiểu được thời hạn'],
    ['', 'để trống'],
    ['   \n ', 'để trống'],
  ])('keeps "%s" as written with a warning', (text, warning) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'unrecognised', text });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(warning);
  });

  it('keeps a continuous time frame but warns about the part it could not read', () => {
    const { schedule, warnings } = interpretTimeframe('Thường xuyên, gắn với các ngày lễ lớn', activities2024);
    expect(schedule.kind).toBe('continuous');
    expect(warnings).toHaveLength(1);
  });
});

describe('the start and the middle of a year', () => {
  const plan2025: TimeframeContext = { planPeriod: { from: 2025, to: 2025 } };

  it.each([
    ['Đầu năm 2026', digital2025to2030, { kind: 'once', due: '2026-03-31', period: '2026-Q1' }, 'đầu năm'],
    ['Vào đầu năm', plan2025, { kind: 'once', due: '2025-03-31', period: '2025-Q1' }, 'đầu năm'],
    ['Đầu năm, hằng năm', digital2025to2030, { kind: 'annual', due: { month: 3, day: 31 } }, 'đầu năm'],
    ['Giữa năm 2026', digital2025to2030, { kind: 'once', due: '2026-06-30', period: '2026-06' }, 'giữa năm'],
    ['Giữa năm hằng năm', digital2025to2030, { kind: 'annual', due: { month: 6, day: 30 } }, 'giữa năm'],
  ])('reads "%s" and says how', (text, context, expected, phrase) => {
    const { schedule, warnings } = interpretTimeframe(text, context);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([expect.stringContaining(`“${phrase}” trong`)]);
  });

  it('still reads "6 tháng đầu năm" as the half year, an event named with "đầu năm" as that event, and leaves "đầu năm học" and a yearless "đầu năm" unread', () => {
    expect(interpretTimeframe('6 tháng đầu năm', digital2025to2030)).toMatchObject({
      schedule: { kind: 'annual', due: { month: 6, day: 30 } },
      warnings: [],
    });
    expect(interpretTimeframe('Đầu năm học 2025-2026', digital2025to2030).schedule.kind).toBe('unrecognised');
    expect(interpretTimeframe('Sau Hội nghị triển khai đầu năm', digital2025to2030)).toMatchObject({
      schedule: { kind: 'eventRelative', event: 'Hội nghị triển khai đầu năm' },
      warnings: [],
    });
    const yearless = interpretTimeframe('Đầu năm', digital2025to2030);
    expect(yearless.schedule.kind).toBe('unrecognised');
    expect(yearless.warnings).toEqual([expect.stringContaining('không ghi năm')]);
  });
});

describe('a yearly due day written as a week, a stretch, or without "ngày"', () => {
  it.each([
    ['Tuần đầu tháng 11 hằng năm', { month: 11, day: 7 }],
    ['Tuần thứ hai của tháng 3 hằng năm', { month: 3, day: 14 }],
    ['Tuần cuối tháng 12 hàng năm', { month: 12, day: 31 }],
    ['Tháng 10 đến tháng 11 hằng năm', { month: 11, day: 30 }],
    ['Tháng 3 - tháng 5 hằng năm', { month: 5, day: 31 }],
    ['Từ 01/10 đến 31/10 hằng năm', { month: 10, day: 31 }],
    ['Từ ngày 15/10 - 15/11 hằng năm', { month: 11, day: 15 }],
    ['Từ ngày 01/11 đến ngày 30/11 hằng năm', { month: 11, day: 30 }],
    ['Hằng năm (trước 31/12)', { month: 12, day: 30 }],
    ['Hằng năm, trước 31/12', { month: 12, day: 30 }],
    ['Trước 15/12 hằng năm', { month: 12, day: 14 }],
    ['Chậm nhất 20/11 hằng năm', { month: 11, day: 20 }],
  ])('reads "%s" as due each year on %o', (text, due) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear: 2025, toYear: 2030, due });
    expect(warnings).toEqual([]);
  });

  it('refuses a stretch of each year that runs backwards', () => {
    expect(interpretTimeframe('Tháng 11 đến tháng 3 hằng năm', digital2025to2030).schedule.kind).toBe('unrecognised');
  });

  it('still reads the words before a note that is no time frame, and says the note was not read', () => {
    const { schedule, warnings } = interpretTimeframe('Tháng 11 năm 2025 (cao điểm tuyên truyền)', digital2025to2030);
    expect(schedule).toMatchObject({ kind: 'once', due: '2025-11-30' });
    expect(warnings).toEqual([expect.stringContaining('chưa được đọc')]);
  });

  it('reads "Hằng năm đến 2029" like "Hằng năm đến năm 2029"', () => {
    const { schedule, warnings } = interpretTimeframe('Hằng năm đến 2029', digital2025to2030);
    expect(schedule).toMatchObject({ kind: 'annual', fromYear: 2025, toYear: 2029, due: null });
    expect(warnings).toEqual([]);
  });
});

describe('interpretTimeframe on wordings of plans from other provinces', () => {
  const lawDay = { month: 11, day: 9 };

  it.each([
    ['Liên tục', { kind: 'continuous', fromYear: 2025, toYear: 2030, focus: [] }],
    ['Liên tục, hằng năm', { kind: 'continuous', fromYear: 2025, toYear: 2030, focus: [] }],
    ['Ngày Pháp luật 09/11 hằng năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: lawDay }],
    ['Hằng năm, vào dịp Ngày Pháp luật', { kind: 'annual', fromYear: 2025, toYear: 2030, due: lawDay }],
    ['Hưởng ứng Ngày Pháp luật năm 2026', { kind: 'once', due: '2026-11-09', period: '2026-11-09' }],
    // The peak week of the campaign ends on Law Day.
    ['Tuần lễ cao điểm hưởng ứng Ngày Pháp luật năm 2026', { kind: 'once', due: '2026-11-09', period: '2026-11-09' }],
    ['Trong tuần lễ hưởng ứng Ngày Pháp luật năm 2026', { kind: 'once', due: '2026-11-09', period: '2026-11-09' }],
    ['Tuần hưởng ứng Ngày Pháp luật năm 2026', { kind: 'once', due: '2026-11-09', period: '2026-11-09' }],
    ['Trong Tuần lễ cao điểm Ngày Pháp luật hằng năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: lawDay }],
    ['Báo cáo trước ngày 05/12/2025', { kind: 'once', due: '2025-12-04', period: '2025-12-04' }],
    ['Trước tháng 12/2025', { kind: 'once', due: '2025-11-30', period: '2025-11-30' }],
    ['trước Quý IV năm 2026', { kind: 'once', due: '2026-09-30', period: '2026-09-30' }],
    ['Chậm nhất trước tháng 01/2027', { kind: 'once', due: '2026-12-31', period: '2026-12-31' }],
  ])('reads "%s"', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Suốt năm 2026', 'Trong năm 2026'],
    ['Trong suốt năm 2026', 'Năm 2026'],
    ['6 tháng, hằng năm', 'Định kỳ 6 tháng, hằng năm'],
    ['06 tháng và năm', 'Định kỳ 6 tháng và hằng năm'],
    ['6 tháng, 01 năm', 'Định kỳ 6 tháng, hằng năm'],
    ['6 tháng đầu năm và cuối năm', 'Định kỳ 6 tháng và hằng năm'],
    ['Kể từ năm 2027', 'Từ năm 2027'],
    ['Chậm nhất vào ngày 30/11/2026', 'Chậm nhất ngày 30/11/2026'],
    ['Chậm nhất là ngày 30/11/2026', 'Chậm nhất ngày 30/11/2026'],
    ['Hoàn thành chậm nhất trong Quý III/2026', 'Quý III/2026'],
    ['6 tháng đầu năm và cuối năm 2026', 'Định kỳ 6 tháng, năm 2026'],
    ['6 tháng đầu năm và cả năm 2026', 'Định kỳ 6 tháng, năm 2026'],
    ['Ngay khi có văn bản mới', 'Khi có văn bản mới'],
    ['Theo kế hoạch được phê duyệt', 'Theo kế hoạch'],
    ['Theo từng thời điểm', 'Khi có yêu cầu'],
    ['Mỗi quý 01 lần', 'Hằng quý'],
    ['01 lần/tháng', 'Hằng tháng'],
    ['Từ tháng 4/2025 đến hết năm 2025', 'Từ tháng 4/2025 đến tháng 12/2025'],
    ['Thường xuyên; báo cáo trước 15/11 hằng năm', 'Thường xuyên, trước ngày 15/11 hằng năm'],
    ['Trước ngày 31-12-2026', 'Trước ngày 31/12/2026'],
    ['02 lần/tháng', 'Hằng tháng'],
    ['T3/2026', 'Tháng 3/2026'],
    ['Từ ngày 01 đến ngày 15/11/2026', 'Từ ngày 01/11/2026 đến ngày 15/11/2026'],
    ['Từ 01 - 15/11/2026', 'Từ ngày 01/11/2026 đến ngày 15/11/2026'],
    ['Từ ngày 20 đến ngày 30/6 hằng năm', 'Từ ngày 20/6 đến ngày 30/6 hằng năm'],
    ['Trước ngày 15/11 của năm', 'Trước ngày 15/11 hằng năm'],
    ['Trước ngày 15 tháng 11 của năm 2026', 'Trước ngày 15/11/2026'],
    ['Tháng 10 của năm 2026', 'Tháng 10/2026'],
    ['Định kỳ hằng năm vào dịp cuối năm', 'Tháng 12 hằng năm'],
    ['Hằng năm, vào cuối năm', 'Tháng 12 hằng năm'],
    ['Cuối mỗi năm', 'Tháng 12 hằng năm'],
    ['Vào cuối năm hằng năm', 'Tháng 12 hằng năm'],
    ['Mỗi quý 02 lần', 'Hằng quý'],
    ['Ngày 09.11.2026', 'Ngày 09/11/2026'],
    ['Tháng 12-2026', 'Tháng 12/2026'],
    ['Tháng 12.2026', 'Tháng 12/2026'],
    ['Thường xuyên, báo cáo trước ngày 15/11', 'Thường xuyên, trước ngày 15/11 hằng năm'],
    ['Thường xuyên; báo cáo kết quả trước ngày 15/11', 'Thường xuyên, trước ngày 15/11 hằng năm'],
    ['Thường xuyên (báo cáo trước 15/11)', 'Thường xuyên, trước ngày 15/11 hằng năm'],
    ['Kịp thời khi có văn bản mới', 'Khi có văn bản mới'],
  ])('reads "%s" as "%s"', (text, likeText) => {
    expect(readIn2025to2030(text)).toEqual(readIn2025to2030(likeText));
    expect(readIn2025to2030(text).schedule.kind).not.toBe('unrecognised');
  });

  it.each([
    ['Định kỳ 02 năm/lần', 2, [2025, 2027, 2029]],
    ['02 năm một lần', 2, [2025, 2027, 2029]],
    ['Hai năm một lần', 2, [2025, 2027, 2029]],
    ['Định kỳ 3 năm', 3, [2025, 2028]],
  ])('reads "%s" as yearly work every %i years from the plan\'s first year, and says which', (text, every, years) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({
      kind: 'annual',
      text,
      fromYear: 2025,
      toYear: years[years.length - 1],
      due: null,
      years,
    });
    expect(warnings).toEqual([
      `“${text}” được hiểu là ${every} năm một lần từ năm đầu của kế hoạch: các năm ${years.slice(0, -1).join(', ')} và ${years[years.length - 1]}`,
    ]);
  });

  it.each(['Định kỳ 02 năm/lần', 'Dịp Tết Nguyên đán hằng năm'])(
    'leaves "%s" unread when the plan gives no years to list, and says so',
    (text) => {
      expect(interpretTimeframe(text)).toEqual({
        schedule: { kind: 'unrecognised', text },
        warnings: [`“${text}” cần năm đầu và năm cuối của kế hoạch để đọc`],
      });
    },
  );

  it.each(['Thường xuyên, trước ngày 15/11 hằng năm', 'Thường xuyên (báo cáo trước 15/11 hằng năm)'])(
    'reads "%s" as ongoing work whose yearly report is due the day before the date',
    (text) => {
      expect(interpretTimeframe(text, digital2025to2030)).toEqual({
        schedule: { kind: 'continuous', text, fromYear: 2025, toYear: 2030, due: { month: 11, day: 14 }, focus: [] },
        warnings: [],
      });
    },
  );

  it.each([
    ['Từ tháng 10/2025', 2025, 'tháng 10/2025'],
    ['Từ tháng 10/2025 trở đi', 2025, 'tháng 10/2025'],
    ['Từ Quý II/2026', 2026, 'Quý II/2026'],
    ['Từ ngày 01/7/2027', 2027, '01/7/2027'],
    ['Bắt đầu từ tháng 3 năm 2026', 2026, 'tháng 3 năm 2026'],
    ['Quý II/2026 và duy trì thường xuyên', 2026, 'Quý II/2026'],
    ['Tháng 6/2027, tiếp tục thực hiện thường xuyên', 2027, 'Tháng 6/2027'],
    ['Quý I/2026 và thường xuyên', 2026, 'Quý I/2026'],
  ])('reads "%s" as ongoing from %i, and says when it starts', (text, fromYear, start) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'continuous', text, fromYear, toYear: 2030, due: null, focus: [] });
    expect(warnings).toEqual([
      `“${text}” chỉ ghi lúc bắt đầu (${start}), không ghi hạn: được hiểu là thường xuyên từ đó`,
    ]);
  });

  it('reads a start without a year in a one-year plan, and leaves it unread in a longer one', () => {
    expect(interpretTimeframe('Từ tháng 9', activities2024).schedule).toMatchObject({
      kind: 'continuous',
      fromYear: 2024,
      toYear: 2024,
    });
    expect(interpretTimeframe('Từ tháng 9', digital2025to2030).schedule.kind).toBe('unrecognised');
  });

  it('refuses a start outside the plan and a month that is none', () => {
    expect(interpretTimeframe('Từ tháng 10/2031', digital2025to2030).schedule.kind).toBe('unrecognised');
    expect(interpretTimeframe('Từ tháng 13/2026', digital2025to2030).schedule.kind).toBe('unrecognised');
    expect(interpretTimeframe('Trước tháng 13/2026', digital2025to2030).schedule.kind).toBe('unrecognised');
  });
});

describe('interpretTimeframe on labelled, listed and reviewed time frames', () => {
  const plan2024to2026: TimeframeContext = { planPeriod: { from: 2024, to: 2026 } };

  it.each([
    ['Thời gian thực hiện: Quý III/2025', { kind: 'once', due: '2025-09-30', period: '2025-Q3' }],
    ['Thời gian: tháng 10/2024', { kind: 'once', due: '2024-10-31', period: '2024-10' }],
    ['Thời hạn hoàn thành: trước ngày 30/6/2025', { kind: 'once', due: '2025-06-29' }],
    ['Các năm 2024, 2025, 2026', { kind: 'annual', fromYear: 2024, toYear: 2026, due: null }],
    ['Năm 2024, 2025, 2026', { kind: 'annual', fromYear: 2024, toYear: 2026, due: null }],
    ['Quý IV/2025 và Quý IV/2026', { kind: 'annual', fromYear: 2025, toYear: 2026, due: { month: 12, day: 31 } }],
    ['Quý IV các năm 2024, 2025, 2026', { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 12, day: 31 } }],
    [
      'Tháng 11 của các năm 2025 và 2026',
      { kind: 'annual', fromYear: 2025, toYear: 2026, due: { month: 11, day: 30 } },
    ],
    ['Quý II các năm 2024 và 2026', { kind: 'once', due: '2024-06-30', period: '2024-Q2' }],
    ['Dự kiến Quý III/2025', { kind: 'once', due: '2025-09-30', period: '2025-Q3' }],
    ['Từ ngày 01/11/2025 đến hết ngày 30/11/2025', { kind: 'window', start: '2025-11-01', end: '2025-11-30' }],
    ['Tuần lễ đầu tiên của tháng 11/2025', { kind: 'window', start: '2025-11-01', end: '2025-11-07' }],
    ['Hằng năm và thường xuyên', { kind: 'continuous', fromYear: 2024, toYear: 2026, due: null }],
    ['Q3/2025', { kind: 'once', due: '2025-09-30', period: '2025-Q3' }],
    ['QIV/2025', { kind: 'once', due: '2025-12-31', period: '2025-Q4' }],
    ['Quý IV-2025', { kind: 'once', due: '2025-12-31', period: '2025-Q4' }],
    ['Tháng 10 năm 2025 - tháng 12 năm 2025', { kind: 'window', start: '2025-10-01', end: '2025-12-31' }],
    ['Từ 01/2025 đến 12/2025', { kind: 'window', start: '2025-01-01', end: '2025-12-31' }],
    ['03/2025 - 05/2025', { kind: 'window', start: '2025-03-01', end: '2025-05-31' }],
    ['10/2025', { kind: 'once', due: '2025-10-31', period: '2025-10' }],
    ['Quý 2, 3/2025', { kind: 'window', start: '2025-04-01', end: '2025-09-30' }],
    ['Tháng 10, 11/2025', { kind: 'window', start: '2025-10-01', end: '2025-11-30' }],
    ['Quý III/2025 (dự kiến)', { kind: 'once', due: '2025-09-30', period: '2025-Q3' }],
    ['Dự kiến trong tháng 10 hằng năm', { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 10, day: 31 } }],
    [
      'Quý II/2025, Quý IV/2025, Quý II/2026 và Quý IV/2026',
      {
        kind: 'annual',
        fromYear: 2025,
        toYear: 2026,
        due: { month: 6, day: 30 },
        dues: [
          { month: 6, day: 30 },
          { month: 12, day: 31 },
        ],
      },
    ],
    [
      'Hằng năm, báo cáo trước ngày 15/11',
      { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 11, day: 14 } },
    ],
    ['Sơ kết vào Quý II/2025', { kind: 'once', due: '2025-06-30', period: '2025-Q2' }],
    ['Tổng kết: Quý IV/2026', { kind: 'once', due: '2026-12-31', period: '2026-Q4' }],
    ['Báo cáo kết quả trước ngày 15/12/2025', { kind: 'once', due: '2025-12-14', period: '2025-12-14' }],
    ['Báo cáo kết quả vào Quý IV/2025', { kind: 'once', due: '2025-12-31', period: '2025-Q4' }],
    ['Tổng kết trong Quý IV/2026', { kind: 'once', due: '2026-12-31', period: '2026-Q4' }],
    ['Theo tiến độ của Trung ương', { kind: 'onRequest', requester: 'Trung ương' }],
    ['Theo lộ trình của Bộ Tư pháp', { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
    [
      'Quý II hằng năm, bắt đầu từ năm 2025',
      { kind: 'annual', fromYear: 2025, toYear: 2026, due: { month: 6, day: 30 } },
    ],
    ['Mỗi năm 01 lần', { kind: 'annual', fromYear: 2024, toYear: 2026, due: null }],
    ['Ít nhất 01 lần/năm', { kind: 'annual', fromYear: 2024, toYear: 2026, due: null }],
    ['Một lần mỗi năm', { kind: 'annual', fromYear: 2024, toYear: 2026, due: null }],
    [
      'Các tháng 3, 6, 9, 12 hằng năm',
      {
        kind: 'annual',
        fromYear: 2024,
        toYear: 2026,
        dues: [
          { month: 3, day: 31 },
          { month: 6, day: 30 },
          { month: 9, day: 30 },
          { month: 12, day: 31 },
        ],
      },
    ],
    ['Tuần lễ cao điểm từ 03/11 đến 09/11/2025', { kind: 'window', start: '2025-11-03', end: '2025-11-09' }],
    ['Từ năm 2025 đến năm 2026, mỗi năm 01 lần', { kind: 'annual', fromYear: 2025, toYear: 2026, due: null }],
    [
      '02 lần/năm (tháng 6 và tháng 12)',
      {
        kind: 'annual',
        fromYear: 2024,
        toYear: 2026,
        dues: [
          { month: 6, day: 30 },
          { month: 12, day: 31 },
        ],
      },
    ],
    [
      'Hai lần mỗi năm, vào tháng 5 và tháng 11',
      {
        kind: 'annual',
        fromYear: 2024,
        toYear: 2026,
        dues: [
          { month: 5, day: 31 },
          { month: 11, day: 30 },
        ],
      },
    ],
    [
      'Thường xuyên, trọng tâm tháng 11 hằng năm',
      {
        kind: 'continuous',
        fromYear: 2024,
        toYear: 2026,
        focus: [
          { start: '2024-11-01', end: '2024-11-30' },
          { start: '2025-11-01', end: '2025-11-30' },
          { start: '2026-11-01', end: '2026-11-30' },
        ],
      },
    ],
  ])('reads "%s"', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Năm 2025, trước ngày 30/11', '2025-11-29'],
    ['Năm 2025 (trước 30/11)', '2025-11-29'],
    ['Trong năm 2025, hoàn thành trước 30/11/2025', '2025-11-29'],
    ['Quý IV/2025 (trước ngày 15/12/2025)', '2025-12-14'],
    ['Tháng 11/2025 (chậm nhất ngày 20/11)', '2025-11-20'],
  ])('reads "%s" as due on the day it names within its period', (text, due) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toEqual({ kind: 'once', text, due, period: due });
    expect(warnings).toEqual([]);
  });

  it('leaves a day outside the period it is written in unread, and says so', () => {
    const { schedule, warnings } = interpretTimeframe('Quý IV/2025, trước ngày 15/12/2026', plan2024to2026);
    expect(schedule.kind).toBe('unrecognised');
    expect(warnings).toEqual(['Hạn “trước ngày 15/12/2026” nằm ngoài “Quý IV/2025”']);
  });

  it.each([
    ['Hằng năm, trong tháng 11', { month: 11, day: 30 }],
    ['Hằng năm; báo cáo kết quả trước ngày 15/12', { month: 12, day: 14 }],
    ['Từ tháng 7 đến tháng 9 hằng năm', { month: 9, day: 30 }],
  ])('reads "%s" as yearly, due %o', (text, due) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ kind: 'annual', fromYear: 2024, toYear: 2026, due });
    expect(warnings).toEqual([]);
  });

  it('reads "Từ tháng 10 hằng năm", a start without an end, not as due in October', () => {
    expect(interpretTimeframe('Từ tháng 10 hằng năm', plan2024to2026).schedule).not.toMatchObject({
      kind: 'annual',
      due: { month: 10, day: 31 },
    });
  });

  it('reads ongoing work with no end year, and places no yearly focus it has no years for', () => {
    expect(interpretTimeframe('Thường xuyên từ năm 2025', {}).schedule).toMatchObject({
      kind: 'continuous',
      fromYear: 2025,
      toYear: null,
      focus: [],
    });
    expect(interpretTimeframe('Thường xuyên từ năm 2025, trọng tâm tháng 11 hằng năm', {}).schedule).toMatchObject({
      kind: 'continuous',
      fromYear: 2025,
      toYear: null,
      focus: [],
    });
  });

  it('reads a yearly focus on Law Day as that day in each year', () => {
    const text = 'Thường xuyên (trọng tâm vào dịp Ngày Pháp luật hằng năm)';
    const { schedule, warnings } = interpretTimeframe(text, { planPeriod: { from: 2025, to: 2026 } });
    expect(schedule).toMatchObject({
      kind: 'continuous',
      fromYear: 2025,
      toYear: 2026,
      focus: [
        { start: '2025-11-09', end: '2025-11-09' },
        { start: '2026-11-09', end: '2026-11-09' },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Thường xuyên; trọng tâm vào dịp Ngày Pháp luật', 'Thường xuyên (trọng tâm vào dịp Ngày Pháp luật hằng năm)'],
    ['Thường xuyên, cao điểm vào tháng 11', 'Thường xuyên, trọng tâm tháng 11 hằng năm'],
  ])('reads a focus with no year in ongoing work over years ("%s") as one in each year', (text, likeText) => {
    const context = { planPeriod: { from: 2025, to: 2026 } };
    const read = interpretTimeframe(text, context);
    const like = interpretTimeframe(likeText, context);
    expect(like.schedule).toMatchObject({
      kind: 'continuous',
      focus: [{ end: expect.stringMatching(/^2025-11/) }, {}],
    });
    expect({ ...read, schedule: { ...read.schedule, text: likeText } }).toEqual(like);
  });

  it.each([
    ['Thường xuyên, ngay sau khi văn bản được ban hành', 'ngay sau khi văn bản được ban hành'],
    ['Ngay sau khi Luật được thông qua và thường xuyên', 'ngay sau khi Luật được thông qua'],
    ['Thường xuyên, kể từ khi Kế hoạch được ban hành', 'kể từ khi Kế hoạch được ban hành'],
  ])('reads ongoing work that starts with an event ("%s") as ongoing, and tells when it starts', (text, start) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'continuous', text, fromYear: 2025, toYear: 2030, due: null, focus: [] },
      warnings: [`“${text}” được hiểu là thường xuyên, bắt đầu ${start}`],
    });
  });

  it('reads "kịp thời" beside ongoing work as saying nothing more of when', () => {
    expect(interpretTimeframe('Thường xuyên, kịp thời', digital2025to2030).warnings).toEqual([]);
  });

  it('reads "đặc biệt là" before a focus as a filler', () => {
    const { schedule, warnings } = interpretTimeframe('Thường xuyên, đặc biệt là tháng 11/2025', plan2024to2026);
    expect(schedule).toMatchObject({ kind: 'continuous', focus: [{ start: '2025-11-01', end: '2025-11-30' }] });
    expect(warnings).toEqual([]);
  });

  it('keeps a yearly focus within the years the ongoing work names', () => {
    const text = 'Thường xuyên từ năm 2025 đến năm 2026, trọng tâm tháng 10, 11 hằng năm';
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({
      kind: 'continuous',
      fromYear: 2025,
      toYear: 2026,
      focus: [
        { start: '2025-10-01', end: '2025-11-30' },
        { start: '2026-10-01', end: '2026-11-30' },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Đầu quý IV/2024', { kind: 'once', due: '2024-10-31', period: '2024-10' }],
    ['Đầu Quý II năm 2025', { kind: 'once', due: '2025-04-30', period: '2025-04' }],
    ['Đầu quý I hằng năm', { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 1, day: 31 } }],
  ])('reads "%s" as the quarter\'s first month, and says so', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([`“đầu quý” trong “${text}” được hiểu là tháng đầu của quý`]);
  });

  it.each([
    ['Thượng tuần tháng 12/2025', { kind: 'once', due: '2025-12-10' }],
    ['Trung tuần tháng 11 năm 2025', { kind: 'once', due: '2025-11-20' }],
    ['Hạ tuần tháng 11/2025', { kind: 'once', due: '2025-11-30' }],
    ['Trung tuần tháng 11 hằng năm', { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 11, day: 20 } }],
  ])('reads "%s" as the end of that third of the month', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Đầu tháng 11/2025', { kind: 'once', due: '2025-11-10' }, 'đầu tháng', 'mười ngày đầu tháng'],
    ['Giữa tháng 6/2025', { kind: 'once', due: '2025-06-15' }, 'giữa tháng', 'ngày 15'],
    [
      'Đầu tháng 11 hằng năm',
      { kind: 'annual', fromYear: 2024, toYear: 2026, due: { month: 11, day: 10 } },
      'đầu tháng',
      'mười ngày đầu tháng',
    ],
  ])('reads "%s" and says how', (text, expected, phrase, as) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([`“${phrase}” trong “${text}” được hiểu là ${as}`]);
  });

  it('still reads "Tuần đầu tháng 11/2025" as that week', () => {
    expect(interpretTimeframe('Tuần đầu tháng 11/2025', plan2024to2026).schedule).toMatchObject({
      kind: 'window',
      start: '2025-11-01',
      end: '2025-11-07',
    });
  });

  it.each([
    ['Tháng 11 hằng năm, cao điểm từ 01/11 đến 09/11', { kind: 'annual', due: { month: 11, day: 30 } }],
    ['Quý IV/2025; trọng tâm tháng 11', { kind: 'once', due: '2025-12-31' }],
  ])('reads the dated part of "%s" and says the peak beside it was not read', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([expect.stringMatching(/^Phần “(?:cao điểm|trọng tâm) .+” trong “.+” chưa được đọc/)]);
  });

  it.each([
    'Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12',
    'Báo cáo 06 tháng đầu năm trước ngày 15/6; báo cáo năm trước 15/12',
  ])('reads "%s" as yearly, due before each report', (text) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toMatchObject({
      kind: 'annual',
      fromYear: 2024,
      toYear: 2026,
      dues: [
        { month: 6, day: 14 },
        { month: 12, day: 14 },
      ],
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Quý I năm sau', { kind: 'once', due: '2027-03-31', period: '2027-Q1' }],
    ['Trước ngày 15/01 năm sau', { kind: 'once', due: '2027-01-14' }],
    ['Tháng 01 năm tiếp theo', { kind: 'once', due: '2027-01-31', period: '2027-01' }],
  ])('reads "%s" in a one-year plan as the year after it', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, { planPeriod: { from: 2026, to: 2026 } });
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it('leaves "năm sau" unread in a plan of several years, and the years that follow as they were', () => {
    expect(interpretTimeframe('Quý I năm sau', plan2024to2026).schedule.kind).toBe('unrecognised');
    expect(
      interpretTimeframe('Năm 2026 và những năm tiếp theo', { planPeriod: { from: 2026, to: 2026 } }),
    ).toMatchObject({
      schedule: { kind: 'annual', fromYear: 2026, toYear: 2026 },
    });
  });

  it.each([
    ['Năm 2024 và 2026', [2024, 2026]],
    ['Năm 2027, năm 2030', [2027, 2030]],
    ['Năm 2026, 2028 và 2030', [2026, 2028, 2030]],
  ])('reads whole years listed apart ("%s") as yearly work in those years only', (text, years) => {
    expect(interpretTimeframe(text, { planPeriod: { from: 2024, to: 2030 } })).toEqual({
      schedule: { kind: 'annual', text, fromYear: years[0], toYear: years[years.length - 1], due: null, years },
      warnings: [],
    });
  });

  it.each([
    'Năm 2027 (sơ kết); năm 2030 (tổng kết)',
    'Năm 2027 (sơ kết giữa kỳ), năm 2030 (tổng kết)',
    'Năm 2027 sơ kết, năm 2030 tổng kết',
    'Sơ kết năm 2027, tổng kết năm 2030',
    'Sơ kết giữa kỳ vào năm 2027; tổng kết vào năm 2030',
  ])('reads "%s" as the years of the reviews it names, the names being the work and not its time', (text) => {
    expect(interpretTimeframe(text, { planPeriod: { from: 2025, to: 2030 } })).toEqual({
      schedule: { kind: 'annual', text, fromYear: 2027, toYear: 2030, due: null, years: [2027, 2030] },
      warnings: [],
    });
  });

  it.each([
    ['Quý IV/2027 (sơ kết)', { kind: 'once', due: '2027-12-31', period: '2027-Q4' }],
    ['Năm 2030 (tổng kết 5 năm)', { kind: 'annual', fromYear: 2030, toYear: 2030, due: null }],
    ['Sơ kết giữa kỳ năm 2027', { kind: 'annual', fromYear: 2027, toYear: 2027, due: null }],
  ])('reads "%s" without a warning for the review it names', (text, expected) => {
    expect(interpretTimeframe(text, { planPeriod: { from: 2025, to: 2030 } })).toEqual({
      schedule: { ...expected, text },
      warnings: [],
    });
  });

  it('still warns of a note beside a review that says more than its name', () => {
    const { warnings } = interpretTimeframe('Quý IV/2027 (sơ kết, trước ngày 15/12)', {
      planPeriod: { from: 2025, to: 2030 },
    });
    expect(warnings).toHaveLength(1);
  });

  it('leaves a whole year listed with a part of another unread', () => {
    expect(interpretTimeframe('Năm 2024, Quý IV/2026', plan2024to2026).schedule.kind).toBe('unrecognised');
  });

  it.each([
    [
      'Quý IV/2024 và Quý IV/2026',
      [
        { period: '2024-Q4', due: '2024-12-31' },
        { period: '2026-Q4', due: '2026-12-31' },
      ],
    ],
    [
      'Sơ kết: Quý II/2025; tổng kết: Quý IV/2026',
      [
        { period: '2025-Q2', due: '2025-06-30' },
        { period: '2026-Q4', due: '2026-12-31' },
      ],
    ],
    [
      'Tháng 3/2025, tháng 9/2026',
      [
        { period: '2025-03', due: '2025-03-31' },
        { period: '2026-09', due: '2026-09-30' },
      ],
    ],
    [
      'Đợt 1: Quý I/2024; Đợt 2: Quý III/2025; Đợt 3: Quý II/2026',
      [
        { period: '2024-Q1', due: '2024-03-31' },
        { period: '2025-Q3', due: '2025-09-30' },
        { period: '2026-Q2', due: '2026-06-30' },
      ],
    ],
  ])('reads "%s", dates in years apart, as a deadline at each', (text, dues) => {
    const { schedule, warnings } = interpretTimeframe(text, plan2024to2026);
    expect(schedule).toEqual({ kind: 'once', text, period: dues[0].period, due: dues[0].due, dues });
    expect(warnings).toEqual([]);
  });
});

describe('interpretTimeframe on times left open between two, and parts read as a quarter', () => {
  const plan2026: TimeframeContext = { planPeriod: { from: 2026, to: 2026 } };
  const plan2024to2026: TimeframeContext = { planPeriod: { from: 2024, to: 2026 } };

  it.each([
    ['Tháng 9 hoặc tháng 10', plan2026, '2026-09-01', '2026-10-31', 'tháng 10'],
    ['Quý II hoặc Quý III năm 2026', plan2024to2026, '2026-04-01', '2026-09-30', 'Quý III năm 2026'],
    ['Tháng 9 hoặc tháng 10 năm 2025', plan2024to2026, '2025-09-01', '2025-10-31', 'tháng 10 năm 2025'],
    ['Tháng 12/2025 hoặc tháng 01/2026', plan2024to2026, '2025-12-01', '2026-01-31', 'tháng 01/2026'],
  ])('reads "%s" as the time from the first to the end of the last, and says so', (text, context, start, end, last) => {
    expect(interpretTimeframe(text, context)).toEqual({
      schedule: { kind: 'window', text, start, end },
      warnings: [`“${text}” để ngỏ thời điểm: hạn được đặt vào cuối thời điểm muộn nhất (“${last}”)`],
    });
  });

  it.each([
    ['Tháng 9 hoặc tháng 10', plan2024to2026],
    ['Quý III hoặc Quý II năm 2026', plan2026],
    ['Quý II/2026 hoặc khi có yêu cầu', plan2026],
  ])('leaves "%s" unread: no year to read it in, times out of order, or no time at all', (text, context) => {
    expect(interpretTimeframe(text, context).schedule.kind).toBe('unrecognised');
  });

  it('reads "Đầu năm 2026 và cuối năm 2026" as two days of 2026, and tells that "đầu năm" was read as Quý I', () => {
    const text = 'Đầu năm 2026 và cuối năm 2026';
    expect(interpretTimeframe(text, plan2024to2026)).toEqual({
      schedule: {
        kind: 'annual',
        text,
        fromYear: 2026,
        toYear: 2026,
        due: { month: 3, day: 31 },
        dues: [
          { month: 3, day: 31 },
          { month: 12, day: 31 },
        ],
      },
      warnings: [`“đầu năm” trong “${text}” được hiểu là Quý I`],
    });
  });

  it('tells each reading once where a part read as a quarter sits beside a condition', () => {
    const { schedule, warnings } = interpretTimeframe('Đầu năm 2026 và khi có văn bản mới', plan2024to2026);
    expect(schedule).toMatchObject({ kind: 'once', period: '2026-Q1' });
    expect(warnings.filter((warning) => warning.startsWith('“đầu năm”'))).toHaveLength(1);
  });
});

describe('interpretTimeframe on years written before their part, a round alone, peaks, and the law in force', () => {
  it.each([
    ['Năm 2025: tháng 11; Năm 2026: tháng 11', 'Tháng 11/2025, tháng 11/2026'],
    ['Năm 2025: Quý IV; năm 2026: Quý IV', 'Quý IV/2025 và Quý IV/2026'],
    ['Năm 2026: trước 30/6', 'Trước ngày 30/6/2026'],
    ['Năm 2027: Quý II', 'Quý II/2027'],
    ['Đợt 1: tháng 5/2026', 'Tháng 5/2026'],
    ['Đợt 1 - Quý II/2026', 'Quý II/2026'],
    ['Cao điểm vào tháng 11 hằng năm', 'Tháng 11 hằng năm'],
    ['Tháng cao điểm: tháng 11 hằng năm', 'Tháng 11 hằng năm'],
    ['Đợt cao điểm tháng 11 năm 2026', 'Tháng 11 năm 2026'],
    ['Hằng năm, định kỳ 6 tháng', 'Định kỳ 6 tháng và hằng năm'],
    ['Định kỳ hằng năm và 6 tháng', 'Định kỳ 6 tháng và hằng năm'],
    ['Trong thời gian Luật có hiệu lực', 'Thường xuyên'],
    ['Suốt thời gian Luật Phổ biến, giáo dục pháp luật có hiệu lực thi hành', 'Thường xuyên'],
    [
      'Định kỳ 6 tháng (trước 15/6) và năm (trước 15/12)',
      'Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12',
    ],
    ['06 tháng (trước ngày 15/6), hằng năm (trước ngày 15/12)', 'Trước ngày 15/6 và 15/12 hằng năm'],
    ['Tuần 1 tháng 11/2026', 'Tuần đầu tháng 11/2026'],
    ['Tuần 3 tháng 11/2026', 'Tuần thứ ba tháng 11/2026'],
    ['Trước ngày 15/6 và trước ngày 15/11 hằng năm', 'Trước ngày 15/6 và 15/11 hằng năm'],
    ['Trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm', 'Trước ngày 20/6 và 20/12 hằng năm'],
    ['Chậm nhất ngày 15/6, chậm nhất ngày 15/12 hằng năm', 'Chậm nhất 15/6, 15/12 hằng năm'],
    ['6 tháng: trước ngày 10/6; năm: trước ngày 10/12', 'Trước ngày 10/6 và 10/12 hằng năm'],
    ['Xong trước 30/6/2026', 'Trước 30/6/2026'],
    ['Hoàn thành xong trước ngày 30/6/2026', 'Trước 30/6/2026'],
    ['Không quá ngày 15/11/2026', 'Chậm nhất ngày 15/11/2026'],
    ['Không muộn hơn ngày 15/11/2026', 'Chậm nhất ngày 15/11/2026'],
    ['Chậm nhất trong tháng 10/2026', 'Tháng 10/2026'],
    ['Theo yêu cầu thực tế', 'Khi có yêu cầu'],
    ['Tùy tình hình thực tế', 'Khi có yêu cầu'],
    ['Theo tình hình thực tế', 'Khi có yêu cầu'],
    ['Theo tiến độ xây dựng Luật', 'Khi có yêu cầu'],
    ['Trong quá trình soạn thảo', 'Khi có yêu cầu'],
    ['Trong quá trình soạn thảo văn bản quy phạm pháp luật', 'Khi có yêu cầu'],
    ['Trong quá trình xây dựng dự thảo Luật', 'Khi có yêu cầu'],
    ['Trong thời gian lấy ý kiến dự thảo', 'Khi có yêu cầu'],
    ['Song song với quá trình soạn thảo', 'Khi có yêu cầu'],
    ['Đồng thời với việc soạn thảo, thẩm định dự thảo', 'Khi có yêu cầu'],
    ['Theo Kế hoạch số 10/KH-UBND', 'Khi có yêu cầu'],
    ['Theo thời gian tổ chức Kỳ họp HĐND tỉnh', 'Khi có yêu cầu'],
    ['Theo lịch tổ chức Kỳ họp của HĐND tỉnh', 'Khi có yêu cầu'],
    ['Thời gian cụ thể theo thông báo', 'Khi có yêu cầu'],
    ['Theo thông báo sau', 'Khi có yêu cầu'],
    ['Thời gian cụ thể sẽ có thông báo sau', 'Khi có yêu cầu'],
    ['Sẽ thông báo sau', 'Khi có yêu cầu'],
    ['Chậm nhất 30 ngày sau khi kết thúc đợt kiểm tra', 'Trong thời hạn 30 ngày, kể từ ngày kết thúc đợt kiểm tra'],
    ['Không quá 15 ngày kể từ ngày kết thúc kiểm tra', 'Trong thời hạn 15 ngày, kể từ ngày kết thúc kiểm tra'],
    ['Kết thúc trước 31/12/2026', 'Trước 31/12/2026'],
    ['Hết tháng 6/2026', 'Tháng 6/2026'],
    ['Hết Quý III/2026', 'Quý III/2026'],
    ['Định kỳ 02 lần/năm', 'Định kỳ 6 tháng'],
    ['Hai lần mỗi năm', 'Định kỳ 6 tháng'],
    ['Báo cáo 6 tháng: trước 15/6; báo cáo năm: trước 15/12', 'Trước ngày 15/6 và 15/12 hằng năm'],
  ])('reads "%s" as "%s"', (text, likeText) => {
    expect(readIn2025to2030(likeText).schedule.kind).not.toBe('unrecognised');
    expect(readIn2025to2030(text)).toEqual(readIn2025to2030(likeText));
  });

  it('still reads rounds listed one after another as before', () => {
    expect(readIn2025to2030('Đợt 1: tháng 5/2025; đợt 2: tháng 10/2025').schedule).toEqual({
      kind: 'annual',
      fromYear: 2025,
      toYear: 2025,
      due: { month: 5, day: 31 },
      dues: [
        { month: 5, day: 31 },
        { month: 10, day: 31 },
      ],
    });
  });

  it.each([
    ['Tháng 3/2026 (đợt 1), tháng 9/2026 (đợt 2)', 'Tháng 3/2026, tháng 9/2026'],
    ['Quý I/2026 (đợt 1) và Quý III/2026 (đợt 2)', 'Quý I/2026 và Quý III/2026'],
    ['Tháng 4/2026 (lần 1) và tháng 10/2026 (lần 2)', 'Tháng 4/2026 và tháng 10/2026'],
  ])('reads rounds each labelled after its date ("%s") as the dates alone', (text, likeText) => {
    expect(readIn2025to2030(likeText).schedule.kind).not.toBe('unrecognised');
    expect(readIn2025to2030(text)).toEqual(readIn2025to2030(likeText));
  });

  it('reads yearly work "hoặc đột xuất" as yearly, and leaves the unplanned part to the coordinator', () => {
    const text = 'Định kỳ hằng năm hoặc đột xuất';
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'annual', text, fromYear: 2025, toYear: 2030, due: null },
      warnings: [`Phần “đột xuất” trong “${text}” chưa được đọc: chỉ phần có ngày tháng đặt thời hạn`],
    });
  });

  it.each(['Năm 2025: tháng 11, năm 2026', 'Đợt cao điểm tháng 11'])('still leaves "%s" unread', (text) => {
    expect(readIn2025to2030(text).schedule.kind).toBe('unrecognised');
  });
});

describe("interpretTimeframe on a council's sessions", () => {
  it.each([
    ['Kỳ họp cuối năm 2026 của HĐND tỉnh', '2026-12-31', 'kỳ họp cuối năm', 'tháng 12'],
    ['Kỳ họp thường lệ giữa năm 2026', '2026-07-31', 'kỳ họp giữa năm', 'tháng 7'],
  ])('reads "%s" as due %s, and tells how "%s" was read', (text, due, phrase, as) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({
      schedule: { kind: 'once', text, due, period: due.slice(0, 7) },
      warnings: [`“${phrase}” trong “${text}” được hiểu là ${as}`],
    });
  });
});

describe('interpretTimeframe on the whole year, the four quarters, a rule elsewhere and the years after', () => {
  it.each([
    ['Các tháng trong năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Các tháng trong năm 2026', { kind: 'annual', fromYear: 2026, toYear: 2026, due: null }],
    ['Quanh năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Quý I, II, III, IV', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030, dueDay: null }],
    ['Quí I, II, III, IV', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030, dueDay: null }],
    ['Quý I, II, III và IV năm 2026', { kind: 'periodic', every: 'quarter', fromYear: 2026, toYear: 2026 }],
    ['Theo quy định', { kind: 'onRequest', requester: null }],
    ['Theo quy định của pháp luật', { kind: 'onRequest', requester: null }],
    ['Theo quy định của Bộ Tư pháp', { kind: 'onRequest', requester: 'Bộ Tư pháp' }],
    ['Năm 2026; các năm tiếp theo thực hiện hằng năm', { kind: 'annual', fromYear: 2026, toYear: 2030, due: null }],
    ['Năm 2026, những năm tiếp theo', { kind: 'annual', fromYear: 2026, toYear: 2030, due: null }],
    ['Hằng quý, 6 tháng, năm', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030 }],
    ['Định kỳ hằng quý, 6 tháng và hằng năm', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030 }],
    ['Báo cáo quý, 6 tháng, năm', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030 }],
    ['Định kỳ hằng tháng, quý, năm', { kind: 'periodic', every: 'month', fromYear: 2025, toYear: 2030 }],
    ['Báo cáo tháng, quý, 6 tháng, năm', { kind: 'periodic', every: 'month', fromYear: 2025, toYear: 2030 }],
    [
      'Thường xuyên; báo cáo định kỳ 6 tháng, năm',
      { kind: 'periodic', every: 'halfYear', fromYear: 2025, toYear: 2030 },
    ],
    ['Thường xuyên, báo cáo hằng quý', { kind: 'periodic', every: 'quarter', fromYear: 2025, toYear: 2030 }],
    ['Thường xuyên; báo cáo định kỳ hằng năm', { kind: 'continuous', fromYear: 2025, toYear: 2030, due: null }],
    ['Thường xuyên, báo cáo 6 tháng', { kind: 'periodic', every: 'halfYear', fromYear: 2025, toYear: 2030 }],
    ['Theo lịch công tác', { kind: 'onRequest', requester: null }],
    ['Cả giai đoạn', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Toàn giai đoạn', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Trong thời gian thực hiện Đề án', { kind: 'continuous', fromYear: 2025, toYear: 2030, due: null }],
    ['Suốt quá trình triển khai Chương trình', { kind: 'continuous', fromYear: 2025, toYear: 2030, due: null }],
    ['Hằng năm theo kế hoạch của UBND tỉnh', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Định kỳ hằng năm theo Kế hoạch', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Theo Kế hoạch hằng năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Hàng năm, thời gian cụ thể theo kế hoạch riêng', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Hằng năm (theo kế hoạch cụ thể)', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Hằng năm, theo Kế hoạch của Bộ Tư pháp', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Giai đoạn 1: 2025-2027; Giai đoạn 2: 2028-2030', { kind: 'annual', fromYear: 2025, toYear: 2030, due: null }],
    ['Giai đoạn I (2026 - 2027), giai đoạn II (2027 - 2030)', { kind: 'annual', fromYear: 2026, toYear: 2030 }],
    ['Thời gian: Giai đoạn 1: 2025-2027; Giai đoạn 2: 2028-2030', { kind: 'annual', fromYear: 2025, toYear: 2030 }],
    ['Theo lịch của HĐND tỉnh', { kind: 'onRequest', requester: 'HĐND tỉnh' }],
  ])('reads "%s"', (text, expected) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toMatchObject({ ...expected, text });
    expect(warnings).toEqual([]);
  });

  it('keeps work done each month continuous: only reports named set the periods', () => {
    expect(interpretTimeframe('Thường xuyên, hằng tháng', digital2025to2030).schedule.kind).toBe('continuous');
  });

  it.each(['Quý I, II, III', 'Các tháng', 'Giai đoạn 1: 2025-2026; Giai đoạn 2: 2028-2030'])(
    'still leaves "%s" unread',
    (text) => {
      expect(interpretTimeframe(text, digital2025to2030).schedule.kind).toBe('unrecognised');
    },
  );
});

describe('the first year told apart from the years after it', () => {
  it.each([
    ['Năm 2025: Quý IV; từ năm 2026: Quý IV hằng năm', 2030, { month: 12, day: 31 }],
    ['Năm 2025: Quý IV; từ năm 2026 đến năm 2029: Quý IV hằng năm', 2029, { month: 12, day: 31 }],
    ['Năm 2025: trước ngày 15/12; từ năm 2026: hằng năm trước ngày 15/12', 2030, { month: 12, day: 14 }],
  ])('reads "%s" as yearly work due on the same day from the first year', (text, toYear, due) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear: 2025, toYear, due });
    expect(warnings).toEqual([]);
  });

  it("reads the years after the first on their own day, and tells the first year's own", () => {
    const text = 'Năm 2025: Quý IV; từ năm 2026: hằng năm';
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear: 2025, toYear: 2030, due: null });
    expect(warnings).toEqual([expect.stringContaining('năm 2025 hạn là 31/12/2025')]);
  });

  it.each([
    // The years after do not follow the first.
    'Năm 2025: Quý IV; từ năm 2027: hằng năm',
    // The first year's time is not one deadline in that year.
    'Năm 2025: Quý IV/2026; từ năm 2026: hằng năm',
  ])('leaves "%s" unread', (text) => {
    expect(interpretTimeframe(text, digital2025to2030).schedule.kind).toBe('unrecognised');
  });
});

describe('a time frame with the place of the work after it', () => {
  it.each([
    ['Quý II/2026, tại Hội trường UBND tỉnh', 'Quý II/2026', 'tại Hội trường UBND tỉnh'],
    ['Tháng 11/2026 tại Nhà văn hóa xã', 'Tháng 11/2026', 'tại Nhà văn hóa xã'],
    ['Tháng 11/2026; địa điểm: Nhà văn hóa xã', 'Tháng 11/2026', 'địa điểm: Nhà văn hóa xã'],
  ])('reads "%s" as "%s", and says the place was not read', (text, likeText, place) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ ...interpretTimeframe(likeText, digital2025to2030).schedule, text });
    expect(warnings).toEqual([`Phần “${place}” trong “${text}” là nơi thực hiện, không đặt thời hạn`]);
  });
});

describe('a range to the end of a month, a start kept up each year, and the first days of a year', () => {
  it.each(['Từ tháng 9 đến hết tháng 11/2026', 'Tháng 9 đến hết tháng 11/2026'])(
    'reads "%s" as the window from September to the end of November',
    (text) => {
      expect(interpretTimeframe(text, digital2025to2030)).toEqual({
        schedule: { kind: 'window', text, start: '2026-09-01', end: '2026-11-30' },
        warnings: [],
      });
    },
  );

  it.each([
    ['Tháng 3/2026 và duy trì hằng năm', 2026, { month: 3, day: 31 }, 'Tháng 3/2026'],
    ['Quý II/2026, duy trì hàng năm', 2026, { month: 6, day: 30 }, 'Quý II/2026'],
    ['Trước ngày 15/10/2027 và tiếp tục thực hiện hằng năm', 2027, { month: 10, day: 14 }, 'Trước ngày 15/10/2027'],
    ['Thời gian thực hiện: Tháng 3/2026 và duy trì hằng năm', 2026, { month: 3, day: 31 }, 'Tháng 3/2026'],
  ])('reads "%s" as yearly work from %i, due each year as in the first', (text, fromYear, due, first) => {
    const { schedule, warnings } = interpretTimeframe(text, digital2025to2030);
    expect(schedule).toEqual({ kind: 'annual', text, fromYear, toYear: 2030, due });
    expect(warnings).toEqual([`“${text}”: các năm sau được hiểu là có cùng hạn như lần đầu (${first})`]);
  });

  it('refuses a start kept up each year that is outside the plan, or is no one deadline', () => {
    expect(interpretTimeframe('Tháng 3/2032 và duy trì hằng năm', digital2025to2030).schedule.kind).toBe(
      'unrecognised',
    );
    expect(interpretTimeframe('Năm 2026 và duy trì hằng năm', digital2025to2030).schedule.kind).toBe('unrecognised');
  });

  it.each([
    ['Trong 30 ngày đầu năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: { month: 1, day: 30 } }],
    ['15 ngày đầu năm', { kind: 'annual', fromYear: 2025, toYear: 2030, due: { month: 1, day: 15 } }],
    ['Trong 30 ngày đầu năm 2026', { kind: 'window', start: '2026-01-01', end: '2026-01-30' }],
    ['10 ngày đầu tháng 11/2026', { kind: 'window', start: '2026-11-01', end: '2026-11-10' }],
  ])('reads "%s" as the days it names from the start of the year or month', (text, expected) => {
    expect(interpretTimeframe(text, digital2025to2030)).toEqual({ schedule: { ...expected, text }, warnings: [] });
  });

  it('refuses more first days than the month has', () => {
    expect(interpretTimeframe('40 ngày đầu tháng 11/2026', digital2025to2030).schedule.kind).toBe('unrecognised');
  });
});
