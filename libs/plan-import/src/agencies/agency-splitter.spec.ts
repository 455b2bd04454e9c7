import { cellRoles, isProse, proseRoles, subjectAgencies } from './prose-agencies';
import fc from 'fast-check';
import { textsOf } from '../testing/text-arbitraries';
import { type Segment, splitAgencies, splitOutside } from './agency-splitter';
import { firstVerbIndex } from './verbs';

describe('splitAgencies', () => {
  it.each([
    ['Sở Y tế; Sở Nông nghiệp và Môi trường.', ['Sở Y tế', 'Sở Nông nghiệp và Môi trường']],
    [
      'Sở Kế hoạch và Đầu tư, Sở Nội vụ và Bảo hiểm xã hội tỉnh',
      ['Sở Kế hoạch và Đầu tư', 'Sở Nội vụ', 'Bảo hiểm xã hội tỉnh'],
    ],
    ['Bộ Văn hóa, Thể thao và Du lịch, Hội Nông dân tỉnh', ['Bộ Văn hóa, Thể thao và Du lịch', 'Hội Nông dân tỉnh']],
    ['UBND các quận, huyện và các trường học', ['UBND các quận, huyện', 'các trường học']],
    ['Sở Y tế và các bệnh viện tuyến tỉnh', ['Sở Y tế', 'các bệnh viện tuyến tỉnh']],
    ['Thành viên Hội đồng theo phân công của Chủ tịch Hội đồng; Sở Tư pháp', ['Thành viên Hội đồng', 'Sở Tư pháp']],
    [
      'Sở Giáo dục và Đào tạo, các trung tâm giáo dục nghề nghiệp',
      ['Sở Giáo dục và Đào tạo', 'các trung tâm giáo dục nghề nghiệp'],
    ],
    ['Sở Tư pháp và các hội nghị báo cáo viên', ['Sở Tư pháp và các hội nghị báo cáo viên']],
    ['các sở, ban, ngành, đoàn thể tỉnh; Tỉnh đoàn', ['các sở, ban, ngành, đoàn thể tỉnh', 'Tỉnh đoàn']],
    ['Các cơ quan, đơn vị, địa phương có liên quan', ['Các cơ quan, đơn vị, địa phương có liên quan']],
    ['Sở Tư pháp - cơ quan thường trực Hội đồng, Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    [
      'Trung tâm Trợ giúp pháp lý - đơn vị thuộc Sở Tư pháp, Công an tỉnh',
      ['Trung tâm Trợ giúp pháp lý', 'Công an tỉnh'],
    ],
    ['Sở Tư pháp - cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', ['Sở Tư pháp']],
    [
      'Đề nghị Liên đoàn Lao động tỉnh và Hội Liên hiệp Phụ nữ tỉnh',
      ['Liên đoàn Lao động tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ],
    [
      'Trung tâm Y tế các huyện (đối với tuyến xã), Bệnh viện Đa khoa tỉnh',
      ['Trung tâm Y tế các huyện', 'Bệnh viện Đa khoa tỉnh'],
    ],
    ['Đài Phát thanh và Truyền hình tỉnh, Báo Hà Giang', ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Hà Giang']],
    ['Sở Y tế (sau đây gọi là cơ quan chủ trì, điều phối)', ['Sở Y tế']],
    ['Sở Tư pháp (cơ quan thường trực Hội đồng)', ['Sở Tư pháp']],
    ['Sở Tư pháp, Sở Nội vụ (theo chức năng, nhiệm vụ)', ['Sở Tư pháp', 'Sở Nội vụ']],
    ['Các sở, ngành (theo lĩnh vực quản lý), UBND các xã', ['Các sở, ngành', 'UBND các xã']],
    ['Sở Tư pháp (Thường trực Hội đồng), Công an tỉnh', ['Sở Tư pháp', 'Công an tỉnh']],
    ['Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', ['Sở Tư pháp']],
    ['Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ', ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Sở Nội vụ']],
    ['Đoàn Thanh niên phường, các tổ dân phố', ['Đoàn Thanh niên phường', 'các tổ dân phố']],
    ['các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao', ['các sở, ngành, địa phương']],
    ['Phòng Cảnh sát giao thông, Báo Điện Biên Phủ', ['Phòng Cảnh sát giao thông', 'Báo Điện Biên Phủ']],
    ['Sở Giao thông vận tải, Trung tâm Giao dịch', ['Sở Giao thông vận tải', 'Trung tâm Giao dịch']],
    [
      'Hội Nông dân tỉnh, Tỉnh Đoàn, Thành Đoàn, Huyện đoàn',
      ['Hội Nông dân tỉnh', 'Tỉnh Đoàn', 'Thành Đoàn', 'Huyện đoàn'],
    ],
    ['Thư viện tỉnh, Bảo tàng tỉnh, Nhà văn hóa tỉnh', ['Thư viện tỉnh', 'Bảo tàng tỉnh', 'Nhà văn hóa tỉnh']],
    ['Sở Công Thương, Cảnh sát PCCC tỉnh, Điện lực tỉnh', ['Sở Công Thương', 'Cảnh sát PCCC tỉnh', 'Điện lực tỉnh']],
    ['Huyện ủy, Thị ủy, Thành Ủy', ['Huyện ủy', 'Thị ủy', 'Thành Ủy']],
    [
      'Công an xã, Trưởng các ấp, Bí thư Chi bộ các thôn, Chi bộ ấp 3',
      ['Công an xã', 'Trưởng các ấp', 'Bí thư Chi bộ các thôn', 'Chi bộ ấp 3'],
    ],
    ['Công chức Văn hóa - Xã hội, Phó Trưởng Công an xã', ['Công chức Văn hóa - Xã hội', 'Phó Trưởng Công an xã']],
    ['Trưởng thôn, Già làng, Người có uy tín', ['Trưởng thôn', 'Già làng', 'Người có uy tín']],
    [
      'Bộ CHQS tỉnh, BCH Bộ đội Biên phòng tỉnh, BHXH tỉnh, LĐLĐ tỉnh, KBNN tỉnh, VKSND tỉnh, TAND tỉnh, UBMTTQ tỉnh',
      [
        'Bộ CHQS tỉnh',
        'BCH Bộ đội Biên phòng tỉnh',
        'BHXH tỉnh',
        'LĐLĐ tỉnh',
        'KBNN tỉnh',
        'VKSND tỉnh',
        'TAND tỉnh',
        'UBMTTQ tỉnh',
      ],
    ],
    // Heads a province's list names beside its departments.
    [
      'Viện Kiểm sát nhân dân tỉnh, Thi hành án dân sự tỉnh',
      ['Viện Kiểm sát nhân dân tỉnh', 'Thi hành án dân sự tỉnh'],
    ],
    [
      'Báo Lào Cai, Cổng Thông tin điện tử tỉnh, Bưu điện tỉnh',
      ['Báo Lào Cai', 'Cổng Thông tin điện tử tỉnh', 'Bưu điện tỉnh'],
    ],
    // The same heads as often written in lower case or abbreviated.
    ['Báo Lạng Sơn, Cổng thông tin điện tử tỉnh', ['Báo Lạng Sơn', 'Cổng thông tin điện tử tỉnh']],
    ['Đài PTTH tỉnh, Cổng TTĐT tỉnh', ['Đài PTTH tỉnh', 'Cổng TTĐT tỉnh']],
    ['Sở Tư pháp, BQL các Khu công nghiệp tỉnh', ['Sở Tư pháp', 'BQL các Khu công nghiệp tỉnh']],
    ['Sở Tư pháp, Tỉnh Đoàn, HLHPN tỉnh', ['Sở Tư pháp', 'Tỉnh Đoàn', 'HLHPN tỉnh']],
    [
      'Sở Giáo dục và Đào tạo, các cơ sở giáo dục nghề nghiệp',
      ['Sở Giáo dục và Đào tạo', 'các cơ sở giáo dục nghề nghiệp'],
    ],
    [
      'Thuế tỉnh, Hải quan tỉnh, Kho bạc Nhà nước khu vực V',
      ['Thuế tỉnh', 'Hải quan tỉnh', 'Kho bạc Nhà nước khu vực V'],
    ],
    ['Học viện Tư pháp, Đại học Luật Hà Nội', ['Học viện Tư pháp', 'Đại học Luật Hà Nội']],
    [
      'Văn phòng Bộ, Công đoàn Bộ, Đoàn Thanh niên Bộ, Vụ Pháp chế, Tổng cục Thuế',
      ['Văn phòng Bộ', 'Công đoàn Bộ', 'Đoàn Thanh niên Bộ', 'Vụ Pháp chế', 'Tổng cục Thuế'],
    ],
    ['Công đoàn cơ sở Sở, Chi đoàn Sở, Chi hội Luật gia', ['Công đoàn cơ sở Sở', 'Chi đoàn Sở', 'Chi hội Luật gia']],
    ['Kiểm lâm địa bàn, các bản có rừng', ['Kiểm lâm địa bàn', 'các bản có rừng']],
    ['Ban Chỉ huy quân sự xã |', ['Ban Chỉ huy quân sự xã']],
    ['Hạt Kiểm lâm, Đồn Biên phòng, Trạm Y tế xã', ['Hạt Kiểm lâm', 'Đồn Biên phòng', 'Trạm Y tế xã']],
    ['Công ty Điện lực tỉnh, các hợp tác xã, doanh nghiệp', ['Công ty Điện lực tỉnh', 'các hợp tác xã, doanh nghiệp']],
    ['các phòng chuyên môn, đơn vị trực thuộc Sở', ['các phòng chuyên môn, đơn vị trực thuộc Sở']],
    [
      'Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND tỉnh; Công an tỉnh',
      ['Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND tỉnh', 'Công an tỉnh'],
    ],
    ['các phòng chuyên môn, Văn phòng Sở', ['các phòng chuyên môn', 'Văn phòng Sở']],
  ])('splits %j', (line, expected) => {
    expect(splitAgencies(line)).toEqual(expected);
  });
});

describe('a list of names is not prose', () => {
  it('reads names listed with ";" as a list even when one holds a verb', () => {
    expect(
      isProse(
        'Vụ Các vấn đề chung về xây dựng pháp luật; Văn phòng Bộ; các đơn vị có liên quan và Cục Công nghệ thông tin',
      ),
    ).toBe(false);
  });

  it.each([
    ['Phòng Cảnh sát giao thông, Báo Điện Biên Phủ, Đài Phát thanh và Truyền hình tỉnh, Công an các xã'],
    ['Trung tâm Giao dịch, Sở Giao thông vận tải, Ban Quản lý giao lưu văn hóa, Hội Nông dân tỉnh và Tỉnh đoàn'],
  ])('%s', (names) => {
    expect(firstVerbIndex(names)).toBe(-1);
    expect(isProse(names)).toBe(false);
  });

  it('ends the subject at "mở" (opens a column, a class), and keeps "Mở" in a name', () => {
    expect(
      subjectAgencies('Báo Hà Giang, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục tuyên truyền.'),
    ).toEqual(['Báo Hà Giang', 'Đài Phát thanh và Truyền hình tỉnh']);
    expect(firstVerbIndex('Trường Đại học Mở Hà Nội, Sở Tư pháp')).toBe(-1);
  });

  it.each([
    ['Văn phòng HĐND và UBND phường bổ sung sách cho Tủ sách pháp luật.', 'Văn phòng HĐND và UBND phường'],
    ['Nhà xuất bản Tư pháp phát hành sổ tay hòa giải viên.', 'Nhà xuất bản Tư pháp'],
    ['Liên đoàn Lao động tỉnh phát động phong trào tìm hiểu pháp luật.', 'Liên đoàn Lao động tỉnh'],
    ['Trung tâm Văn hóa tỉnh treo băng rôn, khẩu hiệu.', 'Trung tâm Văn hóa tỉnh'],
    ['Sở Tư pháp thống kê số liệu hòa giải ở cơ sở.', 'Sở Tư pháp'],
  ])('ends the subject at the verb of the work in "%s"', (sentence, agency) => {
    expect(subjectAgencies(sentence)).toEqual([agency]);
  });

  it('reads "cơ quan chủ trì soạn thảo" as the agency that drafts, not "cơ quan" that leads', () => {
    expect(subjectAgencies('Cơ quan chủ trì soạn thảo thực hiện; thời gian: thường xuyên.')).toEqual([
      'Cơ quan chủ trì soạn thảo',
    ]);
    expect(cellRoles('Cơ quan chủ trì soạn thảo chủ trì, phối hợp với Sở Tư pháp')).toEqual({
      lead: ['Cơ quan chủ trì soạn thảo'],
      coordinating: ['Sở Tư pháp'],
    });
  });

  it('reads the parties of a joint programme ("Hai bên") as a subject that leads, but not both sides of a road', () => {
    expect(proseRoles('Hai bên phối hợp biên soạn tài liệu.')).toEqual({ lead: ['Hai bên'], coordinating: [] });
    expect(proseRoles('Các cơ quan và các bên liên quan phối hợp thực hiện.').lead).toEqual([]);
    expect(subjectAgencies('Hai bên đường treo băng rôn, khẩu hiệu.')).toEqual([]);
  });

  it('still reads "giao" before an agency as the verb "assign"', () => {
    expect(subjectAgencies('UBND tỉnh giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh thực hiện.')).toEqual([
      'UBND tỉnh',
    ]);
  });
});

describe('who leads and who coordinates, read from one agency cell', () => {
  it.each([
    [
      'Công an tỉnh chủ trì, phối hợp với Sở Y tế, Sở GD&ĐT',
      { lead: ['Công an tỉnh'], coordinating: ['Sở Y tế', 'Sở GD&ĐT'] },
    ],
    ['Sở Tư pháp chủ trì; các sở, ngành phối hợp', { lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'] }],
    ['LĐLĐ tỉnh chủ trì, phối hợp Sở Nội vụ', { lead: ['LĐLĐ tỉnh'], coordinating: ['Sở Nội vụ'] }],
    [
      'Sở Tư pháp (chủ trì), Sở Nội vụ, Công an tỉnh',
      { lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ', 'Công an tỉnh'] },
    ],
    [
      'Sở Nội vụ, Sở Tư pháp (cơ quan chủ trì); Công an tỉnh',
      { lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ', 'Công an tỉnh'] },
    ],
    [
      'Sở Tư pháp (chủ trì), Sở Y tế, Công an tỉnh (chủ trì)',
      { lead: ['Sở Tư pháp', 'Công an tỉnh'], coordinating: ['Sở Y tế'] },
    ],
    // Beside the one said to lead, an agency with a part of its own helps it.
    [
      'Chủ tịch Hội đồng chủ trì; Sở Tư pháp chuẩn bị nội dung',
      { lead: ['Chủ tịch Hội đồng'], coordinating: ['Sở Tư pháp'] },
    ],
    [
      'Sở Tư pháp chủ trì; Văn phòng UBND tỉnh bảo đảm điều kiện; các sở, ngành phối hợp',
      { lead: ['Sở Tư pháp'], coordinating: ['Văn phòng UBND tỉnh', 'các sở, ngành'] },
    ],
  ])('%s', (cell, roles) => {
    expect(cellRoles(cell)).toEqual(roles);
  });

  it('leaves a cell that names no lead by its verb to the splitter', () => {
    expect(cellRoles('Sở Tư pháp, Sở Nội vụ')).toBeNull();
    expect(cellRoles('Cơ quan chủ trì: Sở Tư pháp')).toBeNull();
  });
});

describe('who leads and who coordinates, read from prose', () => {
  it.each([
    [
      'Tổ chức phiên họp của Hội đồng. Chủ tịch Hội đồng chủ trì; Sở Tư pháp, Ban Thư ký Hội đồng phối hợp thực hiện vào tháng 6.',
      { lead: ['Chủ tịch Hội đồng'], coordinating: ['Sở Tư pháp', 'Ban Thư ký Hội đồng'] },
    ],
    [
      'Cập nhật tin, bài lên Trang thông tin điện tử. Sở Tư pháp chủ trì; các thành viên Hội đồng phối hợp cung cấp tin, bài.',
      { lead: ['Sở Tư pháp'], coordinating: ['các thành viên Hội đồng'] },
    ],
    [
      'Báo và Phát thanh, Truyền hình Lâm Đồng chủ trì, phối hợp với Sở Tư pháp duy trì chuyên mục "Pháp luật và đời sống".',
      { lead: ['Báo và Phát thanh, Truyền hình Lâm Đồng'], coordinating: ['Sở Tư pháp'] },
    ],
    [
      'Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tư pháp, Ủy ban nhân dân các xã, phường thực hiện trong Quý II/2026.',
      { lead: ['Sở Nông nghiệp và Môi trường'], coordinating: ['Sở Tư pháp', 'Ủy ban nhân dân các xã, phường'] },
    ],
    [
      'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chỉ đạo các thành viên tổ chức Ngày Pháp luật.',
      { lead: ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh'], coordinating: [] },
    ],
    // "tổ chức hội nghị / hội thi / hội thảo" is the verb "organise", not the noun of "các tổ chức hội".
    [
      'Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp tổ chức hội nghị quán triệt Luật Dữ liệu.',
      { lead: ['Sở Khoa học và Công nghệ'], coordinating: ['Sở Tư pháp'] },
    ],
    [
      'Tỉnh đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức hội thi tìm hiểu pháp luật cho học sinh.',
      { lead: ['Tỉnh đoàn'], coordinating: ['Sở Giáo dục và Đào tạo'] },
    ],
    // The partners close the sentence, with no verb after them.
    [
      'Giao Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Sở Y tế, Đài Phát thanh và Truyền hình tỉnh.',
      { lead: ['Hội Liên hiệp Phụ nữ tỉnh'], coordinating: ['Sở Y tế', 'Đài Phát thanh và Truyền hình tỉnh'] },
    ],
    [
      'Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị có liên quan',
      { lead: ['Sở Tư pháp'], coordinating: ['các cơ quan, đơn vị có liên quan'] },
    ],
    // The partners end where the words of the work begin.
    [
      'Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ trong công tác tuyên truyền pháp luật cho cán bộ.',
      { lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ'] },
    ],
    // "phối hợp" without "với" before its partners; "phối hợp tổ chức …" before the work names none.
    [
      'Sở Dân tộc và Tôn giáo chủ trì, phối hợp các cơ quan liên quan thực hiện.',
      { lead: ['Sở Dân tộc và Tôn giáo'], coordinating: ['các cơ quan liên quan'] },
    ],
    [
      'Sở Tư pháp chủ trì, phối hợp tổ chức hội nghị tập huấn cho báo cáo viên.',
      { lead: ['Sở Tư pháp'], coordinating: [] },
    ],
    // The work, then who does it after a comma.
    [
      'Tập huấn pháp luật cho hòa giải viên, giao Sở Tư pháp chủ trì, thực hiện trong Quý IV/2026.',
      { lead: ['Sở Tư pháp'], coordinating: [] },
    ],
    // "Do X thực hiện": the work is done by X.
    ['Do Sở Tư pháp thực hiện; các sở, ngành phối hợp.', { lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'] }],
    [
      'Do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Điện Biên Phủ thực hiện.',
      { lead: ['Sở Văn hóa, Thể thao và Du lịch'], coordinating: ['Báo Điện Biên Phủ'] },
    ],
    // "với sự phối hợp của", "phối hợp chặt chẽ với", "chủ trì, cùng": the partners named otherwise.
    [
      'Sở Tư pháp chủ trì thực hiện với sự phối hợp của Sở Nội vụ và Công an tỉnh.',
      { lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ', 'Công an tỉnh'] },
    ],
    [
      'Sở Tư pháp chủ trì, phối hợp chặt chẽ với Sở Nội vụ tổ chức.',
      { lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ'] },
    ],
    ['Sở Tư pháp chủ trì, cùng các sở, ngành thực hiện.', { lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'] }],
    // The partners' own clause after the lead's, set off by a comma.
    [
      'Công an tỉnh chủ trì, Sở Tư pháp và Tỉnh đoàn phối hợp tổ chức.',
      { lead: ['Công an tỉnh'], coordinating: ['Sở Tư pháp', 'Tỉnh đoàn'] },
    ],
    [
      'Sở Tư pháp là cơ quan chủ trì, các sở, ngành là cơ quan phối hợp.',
      { lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'] },
    ],
    // "tổ chức" closing a clause after an agency is the verb; after "và" it is a noun.
    [
      'Phòng Giáo dục trung học chủ trì, phối hợp với Tỉnh đoàn, Công an tỉnh tổ chức; thời gian: tháng 3/2026.',
      { lead: ['Phòng Giáo dục trung học'], coordinating: ['Tỉnh đoàn', 'Công an tỉnh'] },
    ],
    [
      'Sở Tư pháp chủ trì, phối hợp với các cơ quan và tổ chức.',
      { lead: ['Sở Tư pháp'], coordinating: ['các cơ quan và tổ chức'] },
    ],
  ])('%s', (text, roles) => {
    expect(proseRoles(text)).toEqual(roles);
  });
});

describe('splitOutside', () => {
  /** Tries the separator at every position outside brackets, as it once did. */
  function splitByDefinition(text: string, sep: RegExp): Segment[] {
    const sticky = new RegExp(sep.source, 'uy');
    const segments: Segment[] = [];
    let depth = 0;
    let start = 0;
    let pendingSep = '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(' || text[i] === '“') depth++;
      if ((text[i] === ')' || text[i] === '”') && depth > 0) depth--;
      if (depth > 0) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m === null) continue;
      segments.push({ sep: pendingSep, text: text.slice(start, i).trim() });
      pendingSep = m[0];
      start = i + m[0].length;
      i = start - 1;
    }
    segments.push({ sep: pendingSep, text: text.slice(start).trim() });
    return segments.filter((s) => s.text !== '');
  }

  it('splits outside parentheses and quotes only', () => {
    expect(splitOutside('Sở Y tế (Trung tâm A, B), Công an tỉnh và “Hội X, Y”', /,\s+|\s+và\s+/u)).toEqual([
      { sep: '', text: 'Sở Y tế (Trung tâm A, B)' },
      { sep: ', ', text: 'Công an tỉnh' },
      { sep: ' và ', text: '“Hội X, Y”' },
    ]);
  });

  it('agrees with trying the separator at every position for 5,000 random texts', () => {
    const pieces = ['Sở', ' ', '  ', ',', ';', ' và ', 'và', '(', ')', '“', '”', 'a'];
    fc.assert(
      fc.property(textsOf(pieces), (text) => {
        for (const sep of [/;\s*/u, /,\s+|\s+và\s+/gu])
          expect(splitOutside(text, sep)).toEqual(splitByDefinition(text, sep));
      }),
      { numRuns: 5_000 },
    );
  });
});
