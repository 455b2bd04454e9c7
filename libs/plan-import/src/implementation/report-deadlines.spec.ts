import { findReportDeadlines } from './report-deadlines';

const deadlinesOf = (text: string) => findReportDeadlines([{ owner: null, text }]);

describe('findReportDeadlines', () => {
  it('takes the recipient after "gửi báo cáo … về", not the report', () => {
    expect(
      deadlinesOf(
        'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố gửi báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 15/11/2026.',
      ),
    ).toEqual([
      {
        who: 'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố',
        to: 'Sở Tư pháp',
        deadline: 'trước ngày 15/11/2026',
        recurring: false,
      },
    ]);
  });

  it('reads a day of the quarter\'s or period\'s last month as the deadline, beside "định kỳ hằng quý"', () => {
    expect(
      deadlinesOf('Định kỳ hằng quý, các cơ quan, đơn vị gửi báo cáo về Sở Tư pháp trước ngày 15 của tháng cuối quý.'),
    ).toEqual([
      {
        who: 'các cơ quan, đơn vị',
        to: 'Sở Tư pháp',
        deadline: 'trước ngày 15 của tháng cuối quý',
        recurring: true,
      },
    ]);
    expect(deadlinesOf('Sở Y tế báo cáo hằng quý về Sở Tư pháp chậm nhất ngày 20 tháng cuối quý.')[0]).toMatchObject({
      deadline: 'chậm nhất ngày 20 tháng cuối quý',
      recurring: true,
    });
  });

  it('reads the reporter after a topic that opens the sentence ("Chế độ báo cáo: Các cơ quan …")', () => {
    expect(
      deadlinesOf(
        'Chế độ báo cáo: Các cơ quan, đơn vị báo cáo kết quả thực hiện (báo cáo 6 tháng trước ngày 10/6/2025, báo cáo năm trước ngày 10/11/2025) về Sở Tư pháp để tổng hợp.',
      ).map(({ who, to, deadline }) => ({ who, to, deadline })),
    ).toEqual([
      { who: 'Các cơ quan, đơn vị', to: 'Sở Tư pháp', deadline: 'trước ngày 10/6/2025' },
      { who: 'Các cơ quan, đơn vị', to: 'Sở Tư pháp', deadline: 'trước ngày 10/11/2025' },
    ]);
    expect(
      deadlinesOf('Về chế độ thông tin, báo cáo: Sở Y tế báo cáo Sở Tư pháp trước ngày 15/11/2025.')[0],
    ).toMatchObject({ who: 'Sở Y tế', to: 'Sở Tư pháp' });
  });

  it('reads a deadline written without "ngày", and a month in which the report is due', () => {
    expect(deadlinesOf('Các sở, ngành báo cáo kết quả về Sở Tư pháp trước 15/11/2026 để tổng hợp.')).toEqual([
      { who: 'Các sở, ngành', to: 'Sở Tư pháp', deadline: 'trước 15/11/2026', recurring: false },
    ]);
    expect(deadlinesOf('UBND các xã báo cáo kết quả về Sở Tư pháp trong tháng 11/2026.')).toEqual([
      { who: 'UBND các xã', to: 'Sở Tư pháp', deadline: 'trong tháng 11/2026', recurring: false },
    ]);
    // The month of the work, before it is reported, is not the report's.
    expect(deadlinesOf('Sở Y tế tổ chức tập huấn trong tháng 3/2026, báo cáo kết quả về Sở Tư pháp.')).toEqual([]);
  });

  it('names no recipient where "gửi" is followed by when, and ends one at a colon', () => {
    expect(deadlinesOf('Báo cáo 6 tháng gửi trước ngày 05 tháng 6; báo cáo năm gửi trước ngày 05/11/2026.')).toEqual([
      { who: null, to: null, deadline: 'trước ngày 05 tháng 6', recurring: false },
      { who: null, to: null, deadline: 'trước ngày 05/11/2026', recurring: false },
    ]);
    expect(deadlinesOf('Thời hạn gửi báo cáo về UBND tỉnh (qua Sở Tư pháp): trước ngày 20/11/2026.')).toEqual([
      { who: null, to: 'UBND tỉnh (qua Sở Tư pháp)', deadline: 'trước ngày 20/11/2026', recurring: false },
    ]);
  });

  it('reads a day with no year as recurring when the sentence says the report is yearly', () => {
    const [yearly] = deadlinesOf(
      'Sở Dân tộc và Tôn giáo tổng hợp, báo cáo UBND tỉnh kết quả thực hiện hằng năm trước ngày 05/12.',
    );
    expect(yearly).toMatchObject({ deadline: 'trước ngày 05/12', recurring: true });
    const [dated, later] = deadlinesOf(
      'Sở Tư pháp báo cáo sơ kết trước ngày 30/6/2028 và báo cáo hằng năm về UBND tỉnh trước ngày 15/11.',
    );
    expect([dated.recurring, later.recurring]).toEqual([false, true]);
  });

  it('keeps "gửi về", "gửi cho" and "gửi" followed by the recipient', () => {
    expect(deadlinesOf('Sở Y tế gửi báo cáo cho Sở Tư pháp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
    expect(deadlinesOf('Sở Nội vụ báo cáo kết quả, gửi về Sở Tư pháp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
    expect(deadlinesOf('Định kỳ hằng năm, Công an tỉnh báo cáo kết quả gửi Sở Tư pháp.')[0].to).toBe('Sở Tư pháp');
  });

  it('passes over what is sent along ("theo đề cương gửi kèm") to the recipient after it', () => {
    expect(
      deadlinesOf(
        'Các đơn vị được kiểm tra xây dựng báo cáo tự kiểm tra theo đề cương gửi kèm, gửi về Sở Tư pháp trước ngày 31/8/2026.',
      )[0].to,
    ).toBe('Sở Tư pháp');
    expect(
      deadlinesOf('Các sở báo cáo theo mẫu gửi kèm theo Kế hoạch này về Sở Tư pháp trước ngày 31/8/2026.')[0].to,
    ).toBe('Sở Tư pháp');
  });

  it('reads the recipient of a duty bulleted under its agency, which opens with a capital ("Báo cáo", "Gửi")', () => {
    const owned = (text: string) => findReportDeadlines([{ owner: 'Sở Y tế', text }])[0];
    expect(owned('Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 10/11 hằng năm')).toEqual({
      who: 'Sở Y tế',
      to: 'Sở Tư pháp',
      deadline: 'trước ngày 10/11 hằng năm',
      recurring: true,
    });
    expect(owned('Gửi báo cáo về Sở Tư pháp trước ngày 10/11/2026').to).toBe('Sở Tư pháp');
    expect(owned('Báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/11/2026').to).toBe('UBND tỉnh');
  });

  it('takes who reports from the clause that reports, when another agency opens the sentence', () => {
    expect(
      deadlinesOf(
        'Văn phòng Sở là đầu mối theo dõi, tổng hợp; các đơn vị báo cáo kết quả về Sở (qua Văn phòng) trước ngày 30/11/2026.',
      ),
    ).toEqual([{ who: 'các đơn vị', to: 'Sở (qua Văn phòng)', deadline: 'trước ngày 30/11/2026', recurring: false }]);
    // A clause that names nobody reports for the agency that opens the sentence.
    expect(deadlinesOf('Sở Tư pháp theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.')[0].who).toBe(
      'Sở Tư pháp',
    );
  });

  it('reads the recipient a report is sent through, when it names no other ("gửi báo cáo … (qua Sở Tư pháp)")', () => {
    expect(
      deadlinesOf('Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện (qua Sở Tư pháp) trước ngày 15/11/2026.')[0].to,
    ).toBe('Sở Tư pháp');
    expect(deadlinesOf('Các cơ quan gửi báo cáo về Hội đồng (qua Sở Tư pháp) trước ngày 15/11/2026.')[0].to).toBe(
      'Hội đồng (qua Sở Tư pháp)',
    );
  });

  it('reads the agency an item names before its colon as who reports ("Sở Tư pháp: Chủ trì, …; báo cáo …")', () => {
    expect(
      deadlinesOf(
        'Sở Tư pháp: Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 05/12/2026.',
      )[0].who,
    ).toBe('Sở Tư pháp');
    expect(
      deadlinesOf(
        'Các sở, ban, ngành tỉnh; UBND các huyện, thành phố: Căn cứ Kế hoạch này, xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về Sở Tư pháp trước ngày 20/11/2026 để tổng hợp.',
      )[0].who,
    ).toBe('Các sở, ban, ngành tỉnh; UBND các huyện, thành phố');
  });

  it('reads "đối tượng kiểm tra" as part of who reports, and "tự kiểm tra" as what it does', () => {
    expect(
      deadlinesOf(
        'Các cơ quan, đơn vị là đối tượng kiểm tra tự kiểm tra và gửi báo cáo kết quả tự kiểm tra về Sở Tư pháp trước ngày 30/8/2026.',
      )[0].who,
    ).toBe('Các cơ quan, đơn vị là đối tượng kiểm tra');
  });

  it('reads "chậm nhất vào ngày …" as a deadline, and keeps "(thông qua Sở Tư pháp)" with its recipient', () => {
    expect(
      deadlinesOf('UBND cấp xã báo cáo kết quả về UBND tỉnh qua Sở Tư pháp chậm nhất vào ngày 30/11/2026.'),
    ).toEqual([
      {
        who: 'UBND cấp xã',
        to: 'UBND tỉnh qua Sở Tư pháp',
        deadline: 'chậm nhất vào ngày 30/11/2026',
        recurring: false,
      },
    ]);
    expect(
      deadlinesOf('Các xã, phường gửi báo cáo về Ủy ban nhân dân tỉnh (thông qua Sở Tư pháp) trước ngày 20/11/2026.')[0]
        .to,
    ).toBe('Ủy ban nhân dân tỉnh (thông qua Sở Tư pháp)');
  });

  it('gives a deadline after "để tổng hợp, báo cáo …" to the office that gathers the reports, not to its senders', () => {
    expect(
      deadlinesOf(
        'UBND các xã, phường báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 20/11/2026 để tổng hợp, báo cáo UBND tỉnh trước ngày 10/12/2026.',
      ),
    ).toEqual([
      { who: 'UBND các xã, phường', to: 'Sở Tư pháp', deadline: 'trước ngày 20/11/2026', recurring: false },
      { who: 'Sở Tư pháp', to: 'UBND tỉnh', deadline: 'trước ngày 10/12/2026', recurring: false },
    ]);
  });

  it('keeps the body a report goes to, named straight after "báo cáo", with the office it goes through', () => {
    expect(
      deadlinesOf('Văn phòng Sở tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Tư pháp) trước ngày 25/11 hằng năm.')[0]
        .to,
    ).toBe('UBND tỉnh (qua Sở Tư pháp)');
    expect(
      deadlinesOf('Các huyện báo cáo Hội đồng (qua Sở Tư pháp) kết quả thực hiện trước ngày 15/11/2026.')[0].to,
    ).toBe('Hội đồng (qua Sở Tư pháp)');
    expect(
      deadlinesOf('Các huyện báo cáo Hội đồng (thông qua Sở Tư pháp) kết quả thực hiện trước ngày 15/11/2026.')[0].to,
    ).toBe('Hội đồng (thông qua Sở Tư pháp)');
  });

  it('keeps a recipient whose name holds a comma whole', () => {
    expect(
      deadlinesOf(
        'Các phòng, đơn vị thuộc Sở báo cáo kết quả về Phòng Phổ biến, giáo dục pháp luật trước ngày 10/11/2026.',
      )[0].to,
    ).toBe('Phòng Phổ biến, giáo dục pháp luật');
    expect(deadlinesOf('Sở Y tế gửi báo cáo về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/12/2026.')[0].to).toBe(
      'Sở Văn hóa, Thể thao và Du lịch',
    );
    expect(deadlinesOf('Các sở gửi báo cáo về Sở Tư pháp, tổng hợp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
  });

  it('reads a deadline written in words, and stops the recipient before it', () => {
    expect(
      deadlinesOf(
        'Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Tư pháp) chậm nhất ngày 15 tháng 11 năm 2026.',
      ),
    ).toEqual([
      {
        who: 'Ủy ban nhân dân các xã, phường',
        to: 'Ủy ban nhân dân tỉnh (qua Sở Tư pháp)',
        deadline: 'chậm nhất ngày 15 tháng 11 năm 2026',
        recurring: false,
      },
    ]);
  });

  it('reads the half year’s report and the year’s, each with its own day, as two obligations', () => {
    expect(
      deadlinesOf(
        'Các sở, ban, ngành tỉnh gửi báo cáo kết quả thực hiện 6 tháng (trước ngày 10/6) và năm (trước ngày 10/11) về Sở Tư pháp để tổng hợp.',
      ),
    ).toEqual([
      { who: 'Các sở, ban, ngành tỉnh', to: 'Sở Tư pháp', deadline: 'trước ngày 10/6', recurring: false },
      { who: 'Các sở, ban, ngành tỉnh', to: 'Sở Tư pháp', deadline: 'trước ngày 10/11', recurring: false },
    ]);
  });

  it('reads who reports after two timings, days listed in one deadline, and a recipient before its timing in parentheses', () => {
    expect(
      deadlinesOf(
        'Định kỳ 6 tháng, hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Tư pháp (trước ngày 10/6 và 10/11) để tổng hợp, báo cáo UBND tỉnh.',
      ),
    ).toEqual([
      {
        who: 'các cơ quan, đơn vị',
        to: 'Sở Tư pháp',
        deadline: 'trước ngày 10/6 và 10/11',
        recurring: true,
      },
    ]);
  });

  it('keeps a recipient named in parentheses, as "(qua Sở Tư pháp)"', () => {
    expect(deadlinesOf('Các huyện gửi báo cáo về Hội đồng (qua Sở Tư pháp) trước ngày 20/11/2024.')[0].to).toBe(
      'Hội đồng (qua Sở Tư pháp)',
    );
  });

  it('ends a recipient before "theo quy định"', () => {
    expect(
      deadlinesOf('Sở Tư pháp định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Tư pháp theo quy định.')[0].to,
    ).toBe('Ủy ban nhân dân tỉnh, Bộ Tư pháp');
  });
});
