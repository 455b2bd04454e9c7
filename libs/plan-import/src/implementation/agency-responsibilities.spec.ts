import { buildOutline } from '../outline/outline';
import { findStandingOffice, toAgencyResponsibilities } from './agency-responsibilities';
import { readImplementation } from './responsibility-units';

function responsibilities(lines: string[]) {
  return toAgencyResponsibilities(readImplementation(buildOutline(['I. NHIỆM VỤ', ...lines]).parts).units);
}

describe('agency responsibilities in TỔ CHỨC THỰC HIỆN', () => {
  it('reads a numbered agency heading with its dash duties as one entry', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Hướng dẫn các cơ sở khám bệnh tuyên truyền pháp luật về an toàn thực phẩm.',
      '- Tổng hợp kết quả thực hiện.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Sở Y tế',
        duties: [
          'Hướng dẫn các cơ sở khám bệnh tuyên truyền pháp luật về an toàn thực phẩm',
          'Tổng hợp kết quả thực hiện',
        ],
      },
    ]);
  });

  it('reads the lines under an agency heading as its duties, as well as lettered duties', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Công an tỉnh',
      'a) Chủ trì biên soạn tài liệu tuyên truyền; hoàn thành trong Quý II năm 2026.',
      'b) Tổ chức các đợt cao điểm tuyên truyền hằng năm.',
      '2. Sở Giáo dục và Đào tạo',
      'Chỉ đạo các trường tổ chức hội thi tìm hiểu pháp luật cho học sinh.',
      '3. Sở Tư pháp',
      'Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.',
      'Hướng dẫn nghiệp vụ cho các cơ quan.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Công an tỉnh',
        duties: [
          'Chủ trì biên soạn tài liệu tuyên truyền; hoàn thành trong Quý II năm 2026',
          'Tổ chức các đợt cao điểm tuyên truyền hằng năm',
        ],
      },
      {
        agency: 'Sở Giáo dục và Đào tạo',
        duties: ['Chỉ đạo các trường tổ chức hội thi tìm hiểu pháp luật cho học sinh'],
      },
      {
        agency: 'Sở Tư pháp',
        duties: [
          'Theo dõi, đôn đốc việc thực hiện Kế hoạch',
          'tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm',
          'Hướng dẫn nghiệp vụ cho các cơ quan',
        ],
      },
    ]);
  });

  it('ends the subject before the duty it is asked to prepare ("chuẩn bị")', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị UBND các huyện được kiểm tra chuẩn bị báo cáo, tài liệu và bố trí thành phần làm việc với Đoàn kiểm tra.',
    ]);
    expect(found).toEqual([
      {
        agency: 'UBND các huyện được kiểm tra',
        duties: ['chuẩn bị báo cáo, tài liệu và bố trí thành phần làm việc với Đoàn kiểm tra'],
      },
    ]);
  });

  it('ends the subject where it is named the focal point ("là đầu mối"), and the part at an appendix', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nghiệp vụ Y là đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.',
      '2. Các đơn vị trực thuộc Sở báo cáo kết quả về Sở Y tế trước ngày 05/12/2026.',
      'PHỤ LỤC',
      'NHIỆM VỤ CỤ THỂ',
    ]);
    expect(found).toEqual([
      { agency: 'Phòng Nghiệp vụ Y', duties: ['là đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch'] },
      { agency: 'Các đơn vị trực thuộc Sở', duties: ['báo cáo kết quả về Sở Y tế trước ngày 05/12/2026'] },
    ]);
  });

  it('ends the last agency heading’s duties at the closing words ("Trên đây là …", "Trong quá trình …")', () => {
    const closing = [
      'Trên đây là Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2026 trên địa bàn huyện.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Tư pháp huyện.',
    ];
    for (const lines of [closing, [closing.join(' ')], [closing[1]]]) {
      const found = responsibilities([
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Tài chính - Kế hoạch huyện',
        'Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.',
        ...lines,
      ]);
      expect(found).toEqual([
        {
          agency: 'Phòng Tài chính - Kế hoạch huyện',
          duties: ['Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định'],
        },
      ]);
    }
  });

  it('ends a named body’s subject where it is given the work ("Sở Tư pháp được giao …"), not a group’s', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp được giao là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '2. Công an tỉnh được giao chủ trì tuyên truyền pháp luật về phòng, chống ma túy.',
      '3. Các cơ quan được giao chủ trì thực hiện nhiệm vụ báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Sở Tư pháp',
        duties: ['là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch'],
      },
      { agency: 'Công an tỉnh', duties: ['chủ trì tuyên truyền pháp luật về phòng, chống ma túy'] },
      // Those given a task are a group, not a body given this one.
      expect.objectContaining({ agency: expect.stringMatching(/^Các cơ quan được giao/u) }),
    ]);
  });

  it('names a group by the task it was given, up to "có trách nhiệm"', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các cơ quan được giao chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm xây dựng kế hoạch chi tiết và báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2025.',
      '2. Các cơ quan, đơn vị được giao nhiệm vụ phối hợp có trách nhiệm phối hợp chặt chẽ với cơ quan chủ trì.',
      '3. Cơ quan được giao chủ trì chịu trách nhiệm về tiến độ, chất lượng.',
      // A body's subject still ends where it is given the work, though it has a duty further on.
      '4. Sở Tư pháp được giao theo dõi, đôn đốc, có trách nhiệm tổng hợp kết quả.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Các cơ quan được giao chủ trì thực hiện nhiệm vụ tại Kế hoạch này',
        duties: ['có trách nhiệm xây dựng kế hoạch chi tiết và báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2025'],
      },
      {
        agency: 'Các cơ quan, đơn vị được giao nhiệm vụ phối hợp',
        duties: ['có trách nhiệm phối hợp chặt chẽ với cơ quan chủ trì'],
      },
      { agency: 'Cơ quan được giao chủ trì', duties: ['chịu trách nhiệm về tiến độ, chất lượng'] },
      { agency: 'Sở Tư pháp', duties: ['theo dõi, đôn đốc, có trách nhiệm tổng hợp kết quả'] },
    ]);
  });

  it('reads "Trách nhiệm của các cơ quan, đơn vị" over numbered agencies as a topic, each agency with its duties', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm của các cơ quan, đơn vị',
      '1.1. Sở Tư pháp',
      '- Chủ trì, phối hợp với các cơ quan hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '1.2. Sở Tài chính',
      'Tham mưu bố trí kinh phí thực hiện Kế hoạch.',
      '1.3. Các sở, ban, ngành: Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 30/11/2026.',
      '2. Kinh phí thực hiện',
      'Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Sở Tư pháp',
        duties: ['Chủ trì, phối hợp với các cơ quan hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch'],
      },
      { agency: 'Sở Tài chính', duties: ['Tham mưu bố trí kinh phí thực hiện Kế hoạch'] },
      { agency: 'Các sở, ban, ngành', duties: ['Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 30/11/2026'] },
    ]);
  });

  it('leaves out the words that introduce an agency’s bullets, and the semicolon that ends a bullet', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành; UBND các xã, phường căn cứ chức năng, nhiệm vụ:',
      '- Xây dựng kế hoạch triển khai;',
      '- Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 25/11/2026.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Các sở, ban, ngành; UBND các xã, phường',
        duties: ['Xây dựng kế hoạch triển khai', 'Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 25/11/2026'],
      },
    ]);
  });

  it('ends the subject where it helps another ("giúp"), and keeps "Trợ giúp" and "giúp việc" in names', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp giúp Hội đồng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.',
      '2. Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động.',
      '3. Tổ giúp việc Hội đồng tổng hợp kết quả thực hiện.',
    ]);
    expect(found).toEqual([
      { agency: 'Sở Tư pháp', duties: ['giúp Hội đồng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch'] },
      { agency: 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh', duties: ['tổ chức trợ giúp pháp lý lưu động'] },
      { agency: 'Tổ giúp việc Hội đồng', duties: ['tổng hợp kết quả thực hiện'] },
    ]);
  });

  it('leaves the apposition after the subject out of its duty', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp - Cơ quan thường trực Hội đồng theo dõi, đôn đốc thực hiện Kế hoạch.',
    ]);
    expect(found).toEqual([{ agency: 'Sở Tư pháp', duties: ['theo dõi, đôn đốc thực hiện Kế hoạch'] }]);
  });

  it('reads an agency heading written "Trách nhiệm của …", "Nhiệm vụ của …" or "Đối với …"', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm của Sở Tư pháp',
      '- Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '2. Đối với các sở, ban, ngành',
      '- Báo cáo kết quả về Sở Tư pháp trước ngày 05/12/2026.',
      '3. Nhiệm vụ của UBND các xã, phường',
      '- Tổ chức tuyên truyền tại cơ sở.',
    ]);
    expect(found).toEqual([
      { agency: 'Sở Tư pháp', duties: ['Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch'] },
      { agency: 'các sở, ban, ngành', duties: ['Báo cáo kết quả về Sở Tư pháp trước ngày 05/12/2026'] },
      { agency: 'UBND các xã, phường', duties: ['Tổ chức tuyên truyền tại cơ sở'] },
    ]);
  });

  it('reads a subject charged by its head\'s title ("Thủ trưởng", "Giám đốc", …) as written', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Thủ trưởng các sở, ban, ngành tỉnh có trách nhiệm tổ chức thực hiện Kế hoạch.',
      '2. Chủ tịch UBND các huyện, thành phố chỉ đạo UBND cấp xã thực hiện Kế hoạch.',
      '3. Giám đốc Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.',
      '4. Người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả thực hiện.',
      '5. Trách nhiệm của Thủ trưởng các cơ quan, đơn vị',
      '- Báo cáo kết quả về Sở Tư pháp.',
    ]);
    expect(found.map((r) => r.agency)).toEqual([
      'Thủ trưởng các sở, ban, ngành tỉnh',
      'Chủ tịch UBND các huyện, thành phố',
      'Giám đốc Sở Tài chính',
      'Người đứng đầu cơ quan, đơn vị',
      'Thủ trưởng các cơ quan, đơn vị',
    ]);
  });

  it('reads the subject a sentence asks of ("Yêu cầu …"), not the agency of the sentence before', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Chế độ báo cáo',
      'Giao Thanh tra tỉnh tổng hợp, báo cáo Thanh tra Chính phủ theo quy định. Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện.',
    ]);
    expect(found).toEqual([
      { agency: 'Thanh tra tỉnh', duties: ['tổng hợp, báo cáo Thanh tra Chính phủ theo quy định'] },
      { agency: 'Thủ trưởng các cơ quan, đơn vị', duties: ['nghiêm túc triển khai thực hiện'] },
    ]);
  });

  it('reads a long list of bodies heading its bullets as one subject', () => {
    const subject =
      'Các sở, ban, ngành tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh';
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      `1. ${subject}`,
      '- Căn cứ Kế hoạch này, xây dựng kế hoạch và tổ chức thực hiện.',
      '- Báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2026.',
    ]);
    expect(found).toEqual([
      {
        agency: subject,
        duties: [
          'Căn cứ Kế hoạch này, xây dựng kế hoạch và tổ chức thực hiện',
          'Báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2026',
        ],
      },
    ]);
  });

  it('gives the "+" bullets below a "-" agency heading to that agency', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '- Giao Công chức Tư pháp - Hộ tịch:',
      '+ Tham mưu UBND xã triển khai thực hiện Kế hoạch.',
      '+ Theo dõi, đôn đốc, tổng hợp, báo cáo kết quả về UBND xã trước ngày 25/11/2026.',
      '- Công chức Văn hóa - Xã hội: Phối hợp tuyên truyền trên hệ thống loa truyền thanh.',
    ]);
    expect(found).toEqual([
      {
        agency: 'Công chức Tư pháp - Hộ tịch',
        duties: [
          'Tham mưu UBND xã triển khai thực hiện Kế hoạch',
          'Theo dõi, đôn đốc, tổng hợp, báo cáo kết quả về UBND xã trước ngày 25/11/2026',
        ],
      },
      { agency: 'Công chức Văn hóa - Xã hội', duties: ['Phối hợp tuyên truyền trên hệ thống loa truyền thanh'] },
    ]);
  });

  it('drops `Đề nghị` from an inline subject', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Hội Nông dân tỉnh: Phối hợp tuyên truyền pháp luật về đất đai cho hội viên.',
    ]);
    expect(found.map((r) => r.agency)).toEqual(['Hội Nông dân tỉnh']);
  });

  it('gives a funding paragraph with no acting subject to the body whose budget pays for it', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì tổ chức các hoạt động tuyên truyền về an toàn thực phẩm.',
      '2. Kinh phí mở các lớp tập huấn cho tuyên truyền viên được bảo đảm từ nguồn kinh phí của Trung tâm Kiểm soát bệnh tật tỉnh theo quy định hiện hành.',
    ]);
    expect(found).toEqual([
      { agency: 'Sở Y tế', duties: ['chủ trì tổ chức các hoạt động tuyên truyền về an toàn thực phẩm'] },
      {
        agency: 'Trung tâm Kiểm soát bệnh tật tỉnh',
        duties: [
          'Kinh phí mở các lớp tập huấn cho tuyên truyền viên được bảo đảm từ nguồn kinh phí của Trung tâm Kiểm soát bệnh tật tỉnh',
        ],
      },
    ]);
  });

  it('reads the agencies lettered under a heading that names none ("1. Trách nhiệm thực hiện")', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm thực hiện',
      'a) Sở Tư pháp: Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
      'b) Các sở, ban, ngành, UBND các xã, phường: Căn cứ Kế hoạch này, xây dựng kế hoạch và tổ chức thực hiện.',
      'c) Công an tỉnh',
      '- Tuyên truyền pháp luật về phòng, chống ma túy.',
    ]);
    expect(found).toEqual([
      { agency: 'Sở Tư pháp', duties: ['Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch này'] },
      {
        agency: 'Các sở, ban, ngành, UBND các xã, phường',
        duties: ['Căn cứ Kế hoạch này, xây dựng kế hoạch và tổ chức thực hiện'],
      },
      { agency: 'Công an tỉnh', duties: ['Tuyên truyền pháp luật về phòng, chống ma túy'] },
    ]);
  });

  it('gives no agency the bullets of a heading that names none ("2. Chế độ báo cáo"), nor its heading', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '2. Chế độ báo cáo',
      '- Báo cáo 6 tháng: gửi về Sở Tư pháp trước ngày 10/6/2026.',
      '- Các sở, ngành báo cáo năm về Sở Tư pháp trước ngày 10/11/2026.',
      '3. Kinh phí thực hiện',
      'Kinh phí được bảo đảm từ nguồn kinh phí của Trung tâm Kiểm soát bệnh tật tỉnh.',
    ]);
    expect(found).toEqual([
      { agency: 'Sở Tư pháp', duties: ['theo dõi, đôn đốc việc thực hiện Kế hoạch'] },
      { agency: 'Các sở, ngành', duties: ['báo cáo năm về Sở Tư pháp trước ngày 10/11/2026'] },
      {
        agency: 'Trung tâm Kiểm soát bệnh tật tỉnh',
        duties: ['Kinh phí được bảo đảm từ nguồn kinh phí của Trung tâm Kiểm soát bệnh tật tỉnh'],
      },
    ]);
  });

  it('gives a bullet that names its own subject to that subject, not to the agency above it', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở: Bố trí kinh phí thực hiện Kế hoạch.',
      '- Thanh tra Sở: Phối hợp kiểm tra việc thực hiện Kế hoạch.',
      '- Các phòng, đơn vị thuộc Sở tổ chức thực hiện Kế hoạch.',
      '2. Phòng Phổ biến, giáo dục pháp luật',
      '- Tổng hợp kết quả thực hiện.',
    ]);
    expect(found).toEqual([
      { agency: 'Văn phòng Sở', duties: ['Bố trí kinh phí thực hiện Kế hoạch'] },
      { agency: 'Thanh tra Sở', duties: ['Phối hợp kiểm tra việc thực hiện Kế hoạch'] },
      { agency: 'Các phòng, đơn vị thuộc Sở', duties: ['tổ chức thực hiện Kế hoạch'] },
      { agency: 'Phòng Phổ biến, giáo dục pháp luật', duties: ['Tổng hợp kết quả thực hiện'] },
    ]);
  });

  it('records no entry for a funding paragraph that names no budget holder, or only each body its own', () => {
    const found = responsibilities([
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành.',
      '2. Kinh phí được bố trí trong dự toán ngân sách của các cơ quan, đơn vị theo quy định.',
    ]);
    expect(found).toEqual([]);
  });
});

describe('the standing office named in TỔ CHỨC THỰC HIỆN', () => {
  const officeIn = (sentence: string) => {
    const lines = ['I. NHIỆM VỤ', 'II. TỔ CHỨC THỰC HIỆN', `1. ${sentence}`, '2. Các sở, ngành tổ chức thực hiện.'];
    return findStandingOffice(readImplementation(buildOutline(lines).parts).units, lines.join('\n'));
  };

  it.each([
    'Sở Tư pháp giúp UBND tỉnh theo dõi, tổng hợp tình hình thực hiện Kế hoạch.',
    'Sở Tư pháp hướng dẫn, theo dõi, tổng hợp kết quả triển khai Kế hoạch.',
    'Sở Tư pháp theo dõi, hướng dẫn các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.',
    'Giao Sở Tư pháp hướng dẫn, kiểm tra, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh.',
  ])('is the agency that follows or gathers how the plan is carried out: %s', (sentence) => {
    expect(officeIn(sentence)).toBe('Sở Tư pháp');
  });

  it('is the agency whose duties a line naming it the standing office introduces', () => {
    const lines = [
      'I. NHIỆM VỤ',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Công an tỉnh chủ trì tuyên truyền pháp luật về trật tự, an toàn giao thông.',
      '2. Sở Tư pháp là cơ quan thường trực, có trách nhiệm:',
      '- Hướng dẫn nghiệp vụ cho các cơ quan, đơn vị.',
      '- Tổng hợp, báo cáo UBND tỉnh.',
    ];
    const { units } = readImplementation(buildOutline(lines).parts);
    expect(findStandingOffice(units, lines.join('\n'))).toBe('Sở Tư pháp');
    expect(units[1].duties).toEqual(['Hướng dẫn nghiệp vụ cho các cơ quan, đơn vị', 'Tổng hợp, báo cáo UBND tỉnh']);
  });

  it('is not an agency that follows its own field of work', () => {
    expect(officeIn('Sở Văn hóa, Thể thao và Du lịch theo dõi các cơ quan báo chí đưa tin.')).toBeNull();
  });
});
