import { buildOutline } from './outline';

describe('buildOutline', () => {
  const outline = buildOutline([
    'Căn cứ Kế hoạch số 12/KH-UBND ngày 03/02/2025 của UBND tỉnh, Sở Y tế ban hành Kế hoạch như sau:',
    'I. MỤC ĐÍCH',
    'II. NHIỆM VỤ',
    '1. Truyền thông pháp luật về y tế',
    '1.1 Phổ biến Luật Khám bệnh, chữa bệnh.',
    'Đơn vị chủ trì: Phòng Nghiệp vụ Y.',
    '1.2. Tổ chức cuộc thi tìm hiểu pháp luật.',
    'a) Thi trực tuyến.',
    '- Chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.',
    'b) Hình thức: Thi viết.',
    '2. Kiểm tra việc thực hiện.',
  ]);

  it('keeps the text before the first Roman part as the preamble', () => {
    expect(outline.preamble).toHaveLength(1);
    expect(outline.parts.map((p) => p.marker)).toEqual(['I', 'II']);
  });

  it('nests `1.1` and `1.2.` under `1.` and recognises the numbering without a final dot', () => {
    const [group, second] = outline.parts[1].children;
    expect(group.children.map((c) => c.marker)).toEqual(['1.1', '1.2']);
    expect(second.marker).toBe('2');
  });

  it('attaches label lines to the item they follow, and lettered label lines to the numbered item', () => {
    const [item11, item12] = outline.parts[1].children[0].children;
    expect(item11.attributes).toEqual([{ field: 'lead', label: 'Đơn vị chủ trì', value: 'Phòng Nghiệp vụ Y' }]);
    expect(item12.children.map((c) => c.marker)).toEqual(['a']);
    expect(item12.children[0].attributes[0].value).toBe('Trung tâm Kiểm soát bệnh tật tỉnh');
    expect(item12.attributes.map((a) => a.field)).toEqual(['form']);
  });
});

describe('buildOutline on a label whose values follow it as bullets', () => {
  const [, part] = buildOutline([
    'I. MỤC ĐÍCH',
    'II. NHIỆM VỤ',
    '1. Tổ chức các hoạt động tuyên truyền trên các phương tiện thông tin đại chúng.',
    '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
    '- Cơ quan phối hợp:',
    '+ Báo Hà Tĩnh;',
    '+ Đài Phát thanh và Truyền hình tỉnh.',
    '- Thời gian thực hiện:',
    '+ Đợt 1: Quý II/2025;',
    '+ Đợt 2: Quý IV/2025.',
    '- Sản phẩm: Chuyên mục.',
    '2. Tổ chức Hội thi tìm hiểu pháp luật.',
  ]).parts;

  it('gives the label the bullets as its values, and the next labels to the item', () => {
    const [item, next] = part.children;
    expect(item.attributes).toEqual([
      { field: 'lead', label: 'Cơ quan chủ trì', value: 'Sở Văn hóa, Thể thao và Du lịch' },
      { field: 'coordinating', label: 'Cơ quan phối hợp', value: 'Báo Hà Tĩnh; Đài Phát thanh và Truyền hình tỉnh' },
      { field: 'timeframe', label: 'Thời gian thực hiện', value: 'Đợt 1: Quý II/2025; Đợt 2: Quý IV/2025' },
      { field: 'product', label: 'Sản phẩm', value: 'Chuyên mục' },
    ]);
    expect(item.children).toEqual([]);
    expect(next.marker).toBe('2');
  });
});

describe('buildOutline on labels that end a paragraph below the item', () => {
  const [, part] = buildOutline([
    'I. MỤC ĐÍCH',
    'II. NỘI DUNG',
    '3. Tuyên truyền trên các phương tiện thông tin đại chúng',
    'Báo Hà Giang mở chuyên mục tuyên truyền về Luật. Thời gian: thường xuyên.',
    '4. Bồi dưỡng nghiệp vụ',
    'Nội dung bồi dưỡng gồm: kỹ năng điều tra, xác minh.',
  ]).parts;

  it('gives the item the labels, and keeps the paragraph before them as its body', () => {
    const [third, fourth] = part.children;
    expect(third.body).toEqual(['Báo Hà Giang mở chuyên mục tuyên truyền về Luật.']);
    expect(third.attributes).toEqual([{ field: 'timeframe', label: 'Thời gian', value: 'thường xuyên' }]);
    expect(fourth.body).toEqual(['Nội dung bồi dưỡng gồm: kỹ năng điều tra, xác minh.']);
    expect(fourth.attributes).toEqual([]);
  });
});

describe('buildOutline on a label whose value is the line after it', () => {
  const [, part] = buildOutline([
    'I. MỤC ĐÍCH',
    'II. NỘI DUNG',
    '1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật',
    'Cơ quan chủ trì:',
    'Văn phòng Sở.',
    'Thời gian thực hiện:',
    'Từ ngày 01/11 đến ngày 09/11/2026.',
    'Tuyên truyền trên trang thông tin điện tử của Sở.',
    '2. Tổ chức tọa đàm',
    'Cơ quan phối hợp:',
    '3. Tổng kết',
  ]).parts;

  it('gives the label that one line as its value, and leaves the lines after it to the body', () => {
    const [first, second, third] = part.children;
    expect(first.attributes).toEqual([
      { field: 'lead', label: 'Cơ quan chủ trì', value: 'Văn phòng Sở' },
      { field: 'timeframe', label: 'Thời gian thực hiện', value: 'Từ ngày 01/11 đến ngày 09/11/2026' },
    ]);
    expect(first.body).toEqual(['Tuyên truyền trên trang thông tin điện tử của Sở.']);
    expect(second.attributes).toEqual([{ field: 'coordinating', label: 'Cơ quan phối hợp', value: '' }]);
    expect(third.marker).toBe('3');
  });
});

describe('buildOutline on parts lettered "A.", "B.", "C." above Roman ones', () => {
  const { parts } = buildOutline([
    'A. MỤC ĐÍCH, YÊU CẦU',
    'I. Mục đích',
    'B. NỘI DUNG',
    'I. Phổ biến văn bản mới',
    '1. Tổ chức hội nghị phổ biến các luật mới.',
    'C. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    'D. Tổ chức hội nghị ở cấp xã.',
  ]);

  it('reads each as a part, and a lettered line that is no heading as text', () => {
    expect(parts.map((part) => [part.marker, part.text])).toEqual([
      ['A', 'MỤC ĐÍCH, YÊU CẦU'],
      ['I', 'Mục đích'],
      ['B', 'NỘI DUNG'],
      ['I', 'Phổ biến văn bản mới'],
      ['C', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(parts[4].children.map((item) => item.marker)).toEqual(['1']);
    expect(parts[4].children[0].body).toEqual(['D. Tổ chức hội nghị ở cấp xã.']);
  });
});

describe('buildOutline on sections lettered "A.", "B." inside a Roman part', () => {
  const { parts } = buildOutline([
    'I. MỤC ĐÍCH, YÊU CẦU',
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
    'A. NHIỆM VỤ CHUNG',
    '1. Quán triệt Chỉ thị số 32-CT/TW.',
    '2. Kiện toàn đội ngũ báo cáo viên.',
    'B. Nhiệm vụ cụ thể',
    '1. Tổ chức Ngày Pháp luật.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tư pháp theo dõi, đôn đốc.',
  ]);

  it('reads each as a section of that part, in capitals or not, holding the items below it', () => {
    expect(parts.map((part) => part.marker)).toEqual(['I', 'II', 'III']);
    const sections = parts[1].children;
    expect(sections.map((s) => [s.kind, s.marker, s.text])).toEqual([
      ['section', 'A', 'NHIỆM VỤ CHUNG'],
      ['section', 'B', 'Nhiệm vụ cụ thể'],
    ]);
    expect(sections.map((s) => s.children.map((item) => item.marker))).toEqual([['1', '2'], ['1']]);
    expect(parts[2].children.map((item) => item.marker)).toEqual(['1']);
  });
});
