import fc from 'fast-check';
import { textsOf } from '../testing/text-arbitraries';
import { cleanLine, normaliseToParagraphs, rewrittenLine } from './normalise-text';

describe('cleanLine', () => {
  it('drops Markdown, footnote markers and escapes, and turns tabs and odd spaces into one space', () => {
    expect(cleanLine('## **Sở Tư pháp**<sup>1</sup>\\.\tchủ  trì ')).toBe('Sở Tư pháp. chủ trì');
    expect(cleanLine('> Đơn vị\u00a0phối hợp')).toBe('Đơn vị phối hợp');
    expect(cleanLine('  Sở Tư pháp chủ trì ')).toBe('Sở Tư pháp chủ trì');
  });

  it('agrees with its rewrites for 5,000 random lines', () => {
    const pieces = ['a', 'Đ', ' ', '  ', '\t', '\u00a0', '\u2003', '#', '> ', '*', '_', '\\', '.', '<sup>1</sup>', '<'];
    fc.assert(
      fc.property(textsOf(pieces), (raw) => expect(cleanLine(raw)).toBe(rewrittenLine(raw))),
      { numRuns: 5_000 },
    );
  });
});

describe('normaliseToParagraphs', () => {
  it('composes decomposed Vietnamese (NFC) and drops CR line endings', () => {
    const [first] = normaliseToParagraphs('Sở Y tế tổ chức tập huấn.\r\n'.normalize('NFD'));
    expect(first).toBe('Sở Y tế tổ chức tập huấn.');
  });

  it('joins hard-wrapped PDF lines separated by blank lines into one paragraph', () => {
    const pdf =
      '1. Tổ chức hội nghị phổ biến Luật Khám \n\nbệnh, chữa bệnh cho nhân viên y \n\ntế cơ sở. \n\n2. Biên soạn tài liệu.';
    expect(normaliseToParagraphs(pdf)).toEqual([
      '1. Tổ chức hội nghị phổ biến Luật Khám bệnh, chữa bệnh cho nhân viên y tế cơ sở.',
      '2. Biên soạn tài liệu.',
    ]);
  });

  it('strips Markdown markers, footnote markers and footnote bodies', () => {
    const md =
      '## **II. NHIỆM VỤ**\n\nTuyên truyền về an toàn thực phẩm<sup>3</sup>.\n\n<sup>3</sup> Ghi chú cuối trang.';
    expect(normaliseToParagraphs(md)).toEqual(['II. NHIỆM VỤ', 'Tuyên truyền về an toàn thực phẩm.']);
  });

  it('removes page numbers and URL lines left by page breaks', () => {
    const text = '- Đơn vị chủ trì: Sở Y tế.\nhttps://syt.example.gov.vn/\n7\n- Thời hạn hoàn thành: Quý II năm 2025.';
    expect(normaliseToParagraphs(text)).toEqual([
      '- Đơn vị chủ trì: Sở Y tế.',
      '- Thời hạn hoàn thành: Quý II năm 2025.',
    ]);
  });

  it.each(['https://vbpl.example.gov.vn/ 2', '2 https://vbpl.example.gov.vn/', 'www.example.gov.vn 12'])(
    'removes the page footer "%s", a URL and the page number on one line',
    (footer) => {
      const text = `2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n\n${footer}\n`;
      expect(normaliseToParagraphs(text)).toEqual(['2. Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch.']);
    },
  );

  it.each(['Trang 2/3', 'Trang 12 / 40', 'trang 3', '- 4 -'])(
    'removes the page footer "%s" inside a wrapped value',
    (footer) => {
      const text = `- Cơ quan phối hợp: Ban Quản lý Khu kinh tế Hải\n\n${footer}\nPhòng.\n- Thời gian thực hiện: Năm 2026.`;
      expect(normaliseToParagraphs(text)).toEqual([
        '- Cơ quan phối hợp: Ban Quản lý Khu kinh tế Hải Phòng.',
        '- Thời gian thực hiện: Năm 2026.',
      ]);
    },
  );

  it('joins a quarter\'s numeral and year a PDF wrapped after "Quý", which reads as capitals but is no heading', () => {
    const text = '- Chủ trì tổ chức Cuộc thi tìm hiểu pháp luật; thời gian: Quý\n\nIII/2026.\n\nII. TỔ CHỨC THỰC HIỆN';
    expect(normaliseToParagraphs(text)).toEqual([
      '- Chủ trì tổ chức Cuộc thi tìm hiểu pháp luật; thời gian: Quý III/2026.',
      'II. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('starts a new paragraph at label lines and lettered items even without punctuation', () => {
    const text = 'a) Khảo sát nhu cầu tìm hiểu pháp luật\nCơ quan chủ trì: Sở Y tế\nb) Xây dựng chuyên mục';
    expect(normaliseToParagraphs(text)).toHaveLength(3);
  });

  it.each([
    ['5. Sơ kết, tổng kết', 'Tổng kết hoạt động của Hội đồng năm 2026.'],
    ['2. Phổ biến pháp luật cho thanh niên', 'Phổ biến các quy định mới qua mạng xã hội.'],
    ['3. Quán triệt văn bản mới', 'Quán triệt tập trung cho cán bộ chủ chốt.'],
    // An agency's heading over its duties, which open with what it is or what it answers for.
    ['1. Phòng Văn hóa - Xã hội', 'Là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc.'],
    ['2. Văn phòng HĐND và UBND xã', 'Chịu trách nhiệm bảo đảm cơ sở vật chất cho các hội nghị.'],
    ['3. Trung tâm Phục vụ hành chính công xã', 'Có trách nhiệm niêm yết văn bản mới tại trụ sở.'],
    ['4. Các thôn, bản', 'Chủ động lồng ghép tuyên truyền pháp luật trong các buổi họp thôn.'],
    ['5. Trạm Y tế xã', 'Bảo đảm thông tin về an toàn thực phẩm đến người dân.'],
    ['6. Công chức Tư pháp - Hộ tịch', 'Giúp UBND xã tổng hợp kết quả thực hiện.'],
  ])('ends the heading "%s" before "%s"', (heading, body) => {
    expect(normaliseToParagraphs(`${heading}\n${body}`)).toEqual([heading, body]);
  });

  it('ends an unpunctuated numbered heading before a line that opens with an action verb', () => {
    const text = '3. Sơ kết việc thực hiện Kế hoạch\nTổ chức sơ kết vào cuối năm.';
    expect(normaliseToParagraphs(text)).toEqual(['3. Sơ kết việc thực hiện Kế hoạch', 'Tổ chức sơ kết vào cuối năm.']);
  });

  it('ends it too before an action verb followed by a comma ("Đánh giá, công nhận …")', () => {
    const text = '3. Xây dựng cấp xã tiếp cận pháp luật\nĐánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật.';
    expect(normaliseToParagraphs(text)).toEqual([
      '3. Xây dựng cấp xã tiếp cận pháp luật',
      'Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật.',
    ]);
  });

  it.each([
    ['Tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp luật năm 2026.'],
    ['Chấm điểm, công nhận xã đạt chuẩn tiếp cận pháp luật.'],
    ['Thành lập Tổ tuyên truyền pháp luật ở các ấp.'],
    ['Cung cấp tài liệu pháp luật cho tủ sách pháp luật của xã.'],
    ['Phát động phong trào thi đua chấp hành pháp luật.'],
    ['Chuẩn bị nội dung, tài liệu cho hội nghị.'],
    ['Lựa chọn báo cáo viên pháp luật có kinh nghiệm.'],
    ['Mở chuyên trang, chuyên mục tuyên truyền về phòng, chống ma túy.'],
  ])('ends it before the other verbs that open a task sentence too: %s', (sentence) => {
    const text = `3. Xây dựng xã đạt chuẩn tiếp cận pháp luật\n${sentence}`;
    expect(normaliseToParagraphs(text)).toEqual(['3. Xây dựng xã đạt chuẩn tiếp cận pháp luật', sentence]);
  });

  it.each([
    [
      'Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu. Thời gian hoàn thành:\n\nTháng 12/2026.',
      'Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu. Thời gian hoàn thành: Tháng 12/2026.',
    ],
    ['- Cơ quan chủ trì:\n\nSở Tư pháp.', '- Cơ quan chủ trì: Sở Tư pháp.'],
    ['Thời gian thực hiện:\nQuý II/2026', 'Thời gian thực hiện: Quý II/2026'],
    [
      '1. Phổ biến Luật cho công chức, viên chức của Sở, đơn vị thực hiện:\n\nVăn phòng Sở, thời gian: Quý II/2026.',
      '1. Phổ biến Luật cho công chức, viên chức của Sở, đơn vị thực hiện: Văn phòng Sở, thời gian: Quý II/2026.',
    ],
  ])('joins a label at the end of a line to its value on the next, as a PDF wraps it', (text, paragraph) => {
    expect(normaliseToParagraphs(text)).toEqual([paragraph]);
  });

  it('drops the dash that set off the labels a PDF wrapped onto lines of their own', () => {
    const text = [
      '2. Tổ chức cuộc thi tìm hiểu pháp luật về thi đua, khen thưởng -',
      'Đơn vị chủ trì: Ban Thi đua - Khen thưởng -',
      'Thời gian: Tháng 8/2026.',
    ].join('\n\n');
    expect(normaliseToParagraphs(text)).toEqual([
      '2. Tổ chức cuộc thi tìm hiểu pháp luật về thi đua, khen thưởng',
      'Đơn vị chủ trì: Ban Thi đua - Khen thưởng',
      'Thời gian: Tháng 8/2026.',
    ]);
  });

  it('joins a label wrapped inside its words ("Thời gian / thực hiện:") rather than reading a label line in lower case', () => {
    expect(normaliseToParagraphs('b) Các sở tổ chức phổ biến Luật Dữ liệu. Thời gian\n\nthực hiện: Năm 2026.')).toEqual(
      ['b) Các sở tổ chức phổ biến Luật Dữ liệu. Thời gian thực hiện: Năm 2026.'],
    );
    expect(normaliseToParagraphs('Tổ chức hội nghị.\nThực hiện: Sở Tư pháp.')).toEqual([
      'Tổ chức hội nghị.',
      'Thực hiện: Sở Tư pháp.',
    ]);
  });

  // A PDF of a page some 60 characters wide: full lines are wrapped text, a short one ends where its writer ended it.
  const page = [
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban',
    'nhân dân tỉnh, Hội đồng phối hợp phổ biến, giáo dục pháp luật',
    'tỉnh ban hành Kế hoạch hoạt động năm 2026 của Hội đồng như sau:',
    'II. NHIỆM VỤ',
  ];

  it('joins a numbered heading wrapped at the page width to its next line, even one opening with a name', () => {
    const text = [
      ...page,
      '2.4. Đề xuất giải pháp nâng cao hiệu quả phối hợp giữa các',
      'sở, ban, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức chính',
      'trị - xã hội',
      '2.5. Tiếp tục chỉ đạo, hướng dẫn các huyện, thành phố kiện toàn',
      'Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp huyện',
    ].join('\n\n');
    expect(normaliseToParagraphs(text).slice(-2)).toEqual([
      '2.4. Đề xuất giải pháp nâng cao hiệu quả phối hợp giữa các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
      '2.5. Tiếp tục chỉ đạo, hướng dẫn các huyện, thành phố kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp huyện',
    ]);
  });

  it('ends a heading as long as a wrapped line before an agency that leads by name ("Công an tỉnh chủ trì, …")', () => {
    const heading = '2. Tuyên truyền pháp luật trên các phương tiện thông tin đại chúng';
    const body = 'Công an tỉnh chủ trì, phối hợp với Báo Hà Tĩnh xây dựng chuyên mục.';
    expect(normaliseToParagraphs([...page, heading, body].join('\n\n')).slice(-2)).toEqual([heading, body]);
  });

  it.each([
    ['2. Phát huy vai trò của Ủy ban Mặt trận', 'Tổ quốc Việt Nam các cấp'],
    ['1. Tổ chức tuyên truyền, phổ biến', 'Bộ luật Lao động năm 2019 cho người lao động'],
  ])('joins a heading to a line opening with a word only like an agency ("%s / %s")', (heading, next) => {
    expect(normaliseToParagraphs(`${heading}\n${next}`)).toEqual([`${heading} ${next}`]);
  });

  it('still ends a short numbered heading before a line that opens with an agency', () => {
    const text = [...page, '1. Sở Tư pháp', 'Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện.'].join('\n\n');
    expect(normaliseToParagraphs(text).slice(-2)).toEqual([
      '1. Sở Tư pháp',
      'Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện.',
    ]);
  });

  it.each([
    ['4. Hòa giải ở cơ sở', 'Giao Công an phường phối hợp với các Tổ hòa giải thực hiện.'],
    ['2. Tủ sách pháp luật', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp bổ sung tài liệu.'],
    ['3. Tập huấn hòa giải viên', 'Do Sở Tư pháp thực hiện trong Quý III/2026.'],
  ])('ends a numbered heading before a line that gives the work to an agency ("%s / %s")', (heading, body) => {
    expect(normaliseToParagraphs(`${heading}\n${body}`)).toEqual([heading, body]);
  });

  it.each([
    ['1) Tuyên truyền trên các phương tiện thông tin đại chúng', 'Công an tỉnh chủ trì, phối hợp với Báo Hà Tĩnh.'],
    ['b) Hội nghị tuyên truyền tại cơ sở', 'Tổ chức 10 hội nghị tại các xã trọng điểm.'],
  ])('ends a heading numbered "1)" or lettered "b)" as it ends one numbered "1." ("%s / %s")', (heading, body) => {
    expect(normaliseToParagraphs(`${heading}\n${body}`)).toEqual([heading, body]);
  });

  it('still joins a heading to a line opening with "Giao" that gives nothing to an agency', () => {
    expect(normaliseToParagraphs('1. Tuyên truyền về an toàn\nGiao thông đường bộ cho học sinh')).toEqual([
      '1. Tuyên truyền về an toàn Giao thông đường bộ cho học sinh',
    ]);
  });

  it('joins a line a PDF wrapped before the dash inside a name ("chính trị / - xã hội") to the line above', () => {
    const text = [
      ...page,
      '- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị',
      '- xã hội xã.',
      '- Thời gian: Quý II/2026.',
    ].join('\n\n');
    expect(normaliseToParagraphs(text).slice(-2)).toEqual([
      '- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã.',
      '- Thời gian: Quý II/2026.',
    ]);
  });

  it('joins a line a PDF wrapped before the dash inside a proper name ("Sở Lao động / - Thương binh và Xã hội")', () => {
    const text = [
      ...page,
      '- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Sở Y tế, Sở Lao động',
      '- Thương binh và Xã hội.',
      '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Sở Y tế, Sở Tư pháp',
      '- Thời gian: Quý II/2026.',
    ].join('\n\n');
    expect(normaliseToParagraphs(text).slice(-3)).toEqual([
      '- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Sở Y tế, Sở Lao động - Thương binh và Xã hội.',
      '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Sở Y tế, Sở Tư pháp',
      '- Thời gian: Quý II/2026.',
    ]);
  });

  it('ends a title before the sentence that issues the plan, which a title never runs into', () => {
    const text = 'KẾ HOẠCH\nTriển khai thi hành Luật Thủ đô năm 2026\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:';
    expect(normaliseToParagraphs(text)).toEqual([
      'KẾ HOẠCH',
      'Triển khai thi hành Luật Thủ đô năm 2026',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ]);
    // A clause before it still runs on into it.
    expect(
      normaliseToParagraphs('Thực hiện Quyết định số 1/QĐ-UBND của UBND tỉnh,\nSở Tư pháp xây dựng Kế hoạch như sau:'),
    ).toEqual(['Thực hiện Quyết định số 1/QĐ-UBND của UBND tỉnh, Sở Tư pháp xây dựng Kế hoạch như sau:']);
  });

  it('ends a title before an opening clause, and runs a wrapped issuing sentence on, in PDF text', () => {
    const text = [
      ' KẾ HOẠCH ',
      ' Tuyên truyền, phổ biến pháp luật cho đoàn viên, thanh niên năm 2026 ',
      ' Thực hiện Kế hoạch số 20/KH-UBND ngày 10/01/2026 của UBND tỉnh, Ban Thường vụ ',
      'Tỉnh đoàn ban hành Kế hoạch như sau: ',
      ' I. MỤC ĐÍCH, YÊU CẦU ',
      ' Nâng cao nhận thức pháp luật cho đoàn viên, thanh niên trên địa bàn toàn tỉnh, ',
      'góp phần xây dựng ý thức chấp hành pháp luật trong thanh niên ở các địa phương. ',
      ' Phát huy vai trò của tổ chức Đoàn trong công tác phổ biến, giáo dục pháp luật. ',
    ].join('\n\n');
    expect(normaliseToParagraphs(text).slice(0, 3)).toEqual([
      'KẾ HOẠCH',
      'Tuyên truyền, phổ biến pháp luật cho đoàn viên, thanh niên năm 2026',
      'Thực hiện Kế hoạch số 20/KH-UBND ngày 10/01/2026 của UBND tỉnh, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch như sau:',
    ]);
    const afterSemicolon = text
      .replace('của UBND tỉnh, Ban Thường vụ ', 'của UBND tỉnh về công tác năm 2026; Bộ ')
      .replace('Tỉnh đoàn ban hành', 'Chỉ huy Quân sự tỉnh xây dựng');
    expect(normaliseToParagraphs(afterSemicolon)[2]).toBe(
      'Thực hiện Kế hoạch số 20/KH-UBND ngày 10/01/2026 của UBND tỉnh về công tác năm 2026; Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:',
    );
  });

  it('still ends a line closed by a colon that is no label ("như sau:") before the next', () => {
    expect(normaliseToParagraphs('Ban hành Kế hoạch như sau:\nMục đích là nâng cao nhận thức.')).toEqual([
      'Ban hành Kế hoạch như sau:',
      'Mục đích là nâng cao nhận thức.',
    ]);
    expect(normaliseToParagraphs('- Cơ quan chủ trì:\n- Thời gian: Quý I/2026')).toEqual([
      '- Cơ quan chủ trì:',
      '- Thời gian: Quý I/2026',
    ]);
  });

  it('reads parts headed "PHẦN I" or "PHẦN THỨ HAI", their name on the line after or the same line, as Roman parts', () => {
    const text = [
      'PHẦN I',
      'MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: Triển khai hiệu quả Chương trình.',
      'PHẦN THỨ HAI: NHIỆM VỤ VÀ GIẢI PHÁP',
      'Phần III. TỔ CHỨC THỰC HIỆN',
      'Phần I của Kế hoạch nêu mục đích.',
    ].join('\n');
    expect(normaliseToParagraphs(text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: Triển khai hiệu quả Chương trình.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      'III. TỔ CHỨC THỰC HIỆN',
      'Phần I của Kế hoạch nêu mục đích.',
    ]);
  });

  it('reads parts, items and sub-items numbered with a slash, a dash, a colon or nothing ("I/", "II -", "III-", "IV KINH PHÍ", "1/", "a/") as the usual ones', () => {
    const text = [
      'I/ MỤC ĐÍCH, YÊU CẦU',
      '1/ Mục đích: nâng cao ý thức.',
      'II - NỘI DUNG',
      '2/ Tổ chức hội nghị tập huấn.',
      'a/ Tập huấn cho công chức cấp xã.',
      '10/11/2026 là hạn báo cáo.',
      'III- TỔ CHỨC THỰC HIỆN',
      'IV KINH PHÍ',
      'V: CHẾ ĐỘ BÁO CÁO',
    ].join('\n');
    expect(normaliseToParagraphs(text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: nâng cao ý thức.',
      'II. NỘI DUNG',
      '2. Tổ chức hội nghị tập huấn.',
      'a) Tập huấn cho công chức cấp xã.',
      '10/11/2026 là hạn báo cáo.',
      'III. TỔ CHỨC THỰC HIỆN',
      'IV. KINH PHÍ',
      'V. CHẾ ĐỘ BÁO CÁO',
    ]);
  });

  it('drops a footnote wrapped over several lines, as a PDF prints it, up to the blank line after it', () => {
    const text =
      'b) Chủ trì: Sở Tư pháp.\n\n<sup>1</sup> Trọng tâm là các lĩnh vực\nđất đai, lâm nghiệp.\n\nc) Thời gian: Quý I.';
    expect(normaliseToParagraphs(text)).toEqual(['b) Chủ trì: Sở Tư pháp.', 'c) Thời gian: Quý I.']);
  });

  it('keeps an unnumbered Markdown or bold heading apart from the line after it', () => {
    expect(normaliseToParagraphs('# Nội dung\nTuyên truyền pháp luật\n**Tổ chức thực hiện**\nGiao Sở Tư pháp')).toEqual(
      ['Nội dung', 'Tuyên truyền pháp luật', 'Tổ chức thực hiện', 'Giao Sở Tư pháp'],
    );
  });
});
