import { parseLabelLines, takeTrailingLabels } from './labels';

const read = (line: string) => parseLabelLines(line).map(({ field, value }) => [field, value]);

describe('parseLabelLines', () => {
  it.each([
    ['Trách nhiệm thực hiện: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan tham mưu: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan chủ trì tham mưu: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan, đơn vị thực hiện: Sở Nội vụ', [['lead', 'Sở Nội vụ']]],
    ['Phân công thực hiện: Sở Nội vụ', [['lead', 'Sở Nội vụ']]],
    ['Giao: Văn phòng UBND tỉnh', [['lead', 'Văn phòng UBND tỉnh']]],
    ['Giao nhiệm vụ: Liên đoàn Lao động tỉnh', [['lead', 'Liên đoàn Lao động tỉnh']]],
    ['Cơ quan được giao chủ trì: Sở Nội vụ', [['lead', 'Sở Nội vụ']]],
    ['Cơ quan, đơn vị phối hợp thực hiện: Sở Nội vụ', [['coordinating', 'Sở Nội vụ']]],
    ['Thời gian thực hiện dự kiến: Quý II/2026', [['timeframe', 'Quý II/2026']]],
    ['Thời gian tổ chức: Tháng 11/2026', [['timeframe', 'Tháng 11/2026']]],
    ['Thời gian hoàn thành dự kiến: Tháng 11/2026', [['timeframe', 'Tháng 11/2026']]],
    [
      'Cơ quan chủ trì, phối hợp: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh',
      [['lead', 'Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh']],
    ],
    ['Đơn vị chủ trì, phối hợp: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Hoàn thành: Quý II/2026', [['timeframe', 'Quý II/2026']]],
    ['Người thực hiện: Công chức Tư pháp - Hộ tịch', [['lead', 'Công chức Tư pháp - Hộ tịch']]],
    ['Bộ phận thực hiện: Văn phòng HĐND và UBND xã', [['lead', 'Văn phòng HĐND và UBND xã']]],
    ['Cán bộ thực hiện: Công chức Văn hóa - Xã hội', [['lead', 'Công chức Văn hóa - Xã hội']]],
    ['Thời gian trình: Kỳ họp cuối năm 2026', [['timeframe', 'Kỳ họp cuối năm 2026']]],
    ['Thời gian ban hành: Quý III/2026', [['timeframe', 'Quý III/2026']]],
    ['Thời gian triển khai: Năm 2026', [['timeframe', 'Năm 2026']]],
    ['Thời hạn gửi báo cáo: Trước ngày 15/11/2026', [['timeframe', 'Trước ngày 15/11/2026']]],
    ['Kết quả đầu ra: 5.000 cuốn tài liệu', [['product', '5.000 cuốn tài liệu']]],
    ['Kết quả dự kiến: Hội nghị được tổ chức', [['product', 'Hội nghị được tổ chức']]],
    ['Kết quả/sản phẩm: Báo cáo tổng kết', [['product', 'Báo cáo tổng kết']]],
    [
      'Thời gian, địa điểm: Quý II/2026, tại Hội trường UBND tỉnh',
      [['timeframe', 'Quý II/2026, tại Hội trường UBND tỉnh']],
    ],
    ['Thời điểm thực hiện: Quý II/2026', [['timeframe', 'Quý II/2026']]],
    ['Đơn vị thực hiện chính: Phòng Phổ biến, giáo dục pháp luật', [['lead', 'Phòng Phổ biến, giáo dục pháp luật']]],
    ['Cơ quan phối hợp chính: Sở Nội vụ', [['coordinating', 'Sở Nội vụ']]],
    ['Đơn vị, cá nhân thực hiện: Văn phòng Sở', [['lead', 'Văn phòng Sở']]],
    ['Mốc thời gian: Quý III/2026', [['timeframe', 'Quý III/2026']]],
    ['Người chịu trách nhiệm: Công chức Tư pháp - Hộ tịch', [['lead', 'Công chức Tư pháp - Hộ tịch']]],
    ['Cơ quan đầu mối: Chi cục Quản lý đất đai', [['lead', 'Chi cục Quản lý đất đai']]],
    ['Đầu mối thực hiện: Thanh tra Sở', [['lead', 'Thanh tra Sở']]],
    ['Hình thức tuyên truyền: Hội nghị, tọa đàm', [['form', 'Hội nghị, tọa đàm']]],
    ['Hình thức phổ biến, giáo dục pháp luật: Lớp tập huấn', [['form', 'Lớp tập huấn']]],
    ['Hình thức kiểm tra: Kiểm tra trực tiếp', [['form', 'Kiểm tra trực tiếp']]],
    ['Thời gian thực hiện và hoàn thành: Quý II/2026', [['timeframe', 'Quý II/2026']]],
    ['Cơ quan chủ trì và phối hợp: Sở Tư pháp chủ trì', [['lead', 'Sở Tư pháp chủ trì']]],
    [
      'Đơn vị thực hiện: Văn phòng Sở, thời gian: Quý II/2026',
      [
        ['lead', 'Văn phòng Sở'],
        ['timeframe', 'Quý II/2026'],
      ],
    ],
    ['Thời gian: Quý II, Quý III/2026', [['timeframe', 'Quý II, Quý III/2026']]],
    [
      'Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính, cụ thể: theo lĩnh vực',
      [['coordinating', 'Sở Nội vụ, Sở Tài chính, cụ thể: theo lĩnh vực']],
    ],
  ])('reads "%s" by what its label means', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it('reads a line of labels wholly in parentheses without the closing one', () => {
    expect(read('(Cơ quan chủ trì: Công an tỉnh; cơ quan phối hợp: Tỉnh đoàn; thời gian: tháng 6/2026).')).toEqual([
      ['lead', 'Công an tỉnh'],
      ['coordinating', 'Tỉnh đoàn'],
      ['timeframe', 'tháng 6/2026'],
    ]);
    expect(read('(Chủ trì: Sở Tư pháp (cơ quan thường trực); thời gian: Quý II/2026)')).toEqual([
      ['lead', 'Sở Tư pháp (cơ quan thường trực)'],
      ['timeframe', 'Quý II/2026'],
    ]);
  });

  it.each([
    'Thời gian qua: công tác phổ biến đạt nhiều kết quả',
    'Mục đích: nâng cao nhận thức pháp luật',
    'Kết quả thực hiện năm 2025: đạt 95%',
    'Nội dung: phổ biến Luật Đất đai',
    'Tổ chức thực hiện: các sở, ngành',
    'Cá nhân: người dân trên địa bàn',
    'Báo cáo: kết quả thực hiện',
    'Ban hành: Quyết định số 12',
    'Tuyên truyền, phổ biến: các luật mới',
    'Kiểm tra: việc thực hiện Kế hoạch',
    'Lãnh đạo phụ trách: Phó Giám đốc Sở',
  ])('leaves "%s" as text', (line) => {
    expect(read(line)).toEqual([]);
  });
});

describe('takeTrailingLabels', () => {
  const labelled = 'Tuyên truyền Luật Đất đai cho cán bộ cấp xã';
  const parentheses = '(Đơn vị chủ trì: Sở Tư pháp; thời gian: Quý I/2026)';

  it.each([
    ['closing the text', `${labelled} ${parentheses}`],
    ['before a full stop', `${labelled} ${parentheses}.`],
    ['before a semicolon after spaces', `${labelled} ${parentheses} \n;`],
    ['before trailing spaces', `${labelled} ${parentheses}  `],
  ])('takes the labels in parentheses %s', (_where, text) => {
    const taken = takeTrailingLabels(text);
    expect(taken.text.trim()).toBe(labelled);
    expect(taken.labels.map(({ field, value }) => [field, value])).toEqual([
      ['lead', 'Sở Tư pháp'],
      ['timeframe', 'Quý I/2026'],
    ]);
  });

  it.each([
    ['a full stop, which stays as the sentence ends', `${labelled}. Thời gian: Quý I/2026.`, `${labelled}.`],
    ['a semicolon, which goes with them', `${labelled}; thời gian: Quý I/2026.`, labelled],
    ['a dash, which goes with them', `${labelled} - Thời gian: Quý I/2026.`, labelled],
    ['a comma, which goes with them', `${labelled}, thời gian: Quý I/2026.`, labelled],
  ])('takes the labels after %s', (_separator, text, rest) => {
    const taken = takeTrailingLabels(text);
    expect(taken.text).toBe(rest);
    expect(taken.labels.map(({ field, value }) => [field, value])).toEqual([['timeframe', 'Quý I/2026']]);
  });

  it('leaves closing parentheses that hold no label in the text', () => {
    expect(takeTrailingLabels(`${labelled} (cấp huyện, cấp xã).`)).toEqual({
      text: `${labelled} (cấp huyện, cấp xã).`,
      labels: [],
    });
    // Agencies with no time beside them may be the title's own.
    expect(takeTrailingLabels(`${labelled} (Sở Tư pháp, Sở Nội vụ).`).labels).toEqual([]);
  });

  it('reads unlabelled parentheses that name the agencies and a time, as it reads one that names the lead', () => {
    const taken = takeTrailingLabels(`${labelled} (các sở, ngành theo lĩnh vực quản lý; trước ngày 30/9/2026).`);
    expect(taken.text).toBe(labelled);
    expect(taken.labels.map(({ field, value }) => [field, value])).toEqual([
      ['lead', 'các sở, ngành theo lĩnh vực quản lý'],
      ['timeframe', 'trước ngày 30/9/2026'],
    ]);
  });

  it.each([
    [
      '(Tỉnh đoàn thực hiện, Quý III/2026)',
      [
        ['lead', 'Tỉnh đoàn thực hiện'],
        ['timeframe', 'Quý III/2026'],
      ],
    ],
    [
      '(Sở Tư pháp chủ trì, phối hợp Sở Nội vụ, Hằng năm, trước ngày 30/11)',
      [
        ['lead', 'Sở Tư pháp chủ trì, phối hợp Sở Nội vụ'],
        ['timeframe', 'Hằng năm, trước ngày 30/11'],
      ],
    ],
    [
      '(Ban Dân tộc tỉnh chủ trì; Sở Tư pháp, Tỉnh đoàn phối hợp)',
      [
        ['lead', 'Ban Dân tộc tỉnh chủ trì'],
        ['coordinating', 'Sở Tư pháp, Tỉnh đoàn'],
      ],
    ],
    [
      '(Sở Tư pháp chủ trì; Hằng năm, trước ngày 30/11)',
      [
        ['lead', 'Sở Tư pháp chủ trì'],
        ['timeframe', 'Hằng năm, trước ngày 30/11'],
      ],
    ],
  ])('reads who and when apart by a comma in unlabelled parentheses: %s', (parenthesis, labels) => {
    const taken = takeTrailingLabels(`${labelled} ${parenthesis}.`);
    expect(taken.text).toBe(labelled);
    expect(taken.labels.map(({ field, value }) => [field, value])).toEqual(labels);
  });

  it('leaves parentheses where an agency does something other than the work itself', () => {
    const text = `${labelled} (Sở Tư pháp hướng dẫn, năm 2026).`;
    expect(takeTrailingLabels(text)).toEqual({ text, labels: [] });
  });
});
