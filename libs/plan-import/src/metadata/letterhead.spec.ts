import { letterheadIssuer } from './letterhead';

describe('letterheadIssuer', () => {
  it.each([
    [
      'two columns split by tabs, the national motto beside',
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\tLai Châu, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2024',
      'Ủy ban nhân dân tỉnh Lai Châu',
    ],
    [
      'a table row, as a .docx letterhead reads',
      '| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/KH-UBND | Lai Châu, ngày 5 tháng 3 năm 2024 |\nKẾ HOẠCH',
      'Ủy ban nhân dân tỉnh Lai Châu',
    ],
    [
      'columns a PDF set apart with spaces',
      'UỶ BAN NHÂN DÂN             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH          Độc lập – Tự do – Hạnh phúc\n\n**KẾ HOẠCH**',
      'Uỷ ban nhân dân thành phố Hồ Chí Minh',
    ],
    [
      'a department under its province: the department',
      'UBND TỈNH HÀ GIANG\nSỞ Y TẾ\nSố: 45/KH-SYT\nKẾ HOẠCH',
      'Sở Y tế',
    ],
    [
      "a department's name with its fields capitalised",
      'UBND TỈNH LAI CHÂU\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nKẾ HOẠCH',
      'Sở Văn hóa, Thể thao và Du lịch',
    ],
    [
      'lines a PDF set apart with blank lines',
      'ỦY BAN NHÂN DÂN\n\nTỈNH HÒA BÌNH\n\nSố: 210/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nHòa Bình, ngày 08 tháng 9 năm 2025\n\nKẾ HOẠCH',
      'Ủy ban nhân dân tỉnh Hòa Bình',
    ],
    [
      'a council over two lines, its abbreviation kept',
      'HỘI ĐỒNG PHỐI HỢP PBGDPL\nTỈNH LẠNG SƠN\nSố: /KH-HĐPH Lạng Sơn, ngày tháng 01 năm 2024\nKẾ HOẠCH',
      'Hội đồng phối hợp PBGDPL tỉnh Lạng Sơn',
    ],
    [
      'a programme (CHƯƠNG TRÌNH) rather than a plan',
      'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 25/CTr-UBND\nCHƯƠNG TRÌNH\nPhổ biến, giáo dục pháp luật giai đoạn 2026 - 2030',
      'Ủy ban nhân dân tỉnh Đắk Lắk',
    ],
    [
      'a scheme (ĐỀ ÁN)',
      'UBND TỈNH HÀ NAM\nSỞ TƯ PHÁP\nĐỀ ÁN\nTăng cường phổ biến pháp luật cho người dân tộc thiểu số',
      'Sở Tư pháp',
    ],
    [
      'a number line left blank, its symbol set apart by spaces',
      'UBND TỈNH HÀ NAM\nSố:    /KH-UBND\nHà Nam, ngày    tháng 01 năm 2026\nKẾ HOẠCH',
      'UBND tỉnh Hà Nam',
    ],
  ])('names the issuer of %s', (_layout, text, issuer) => {
    expect(letterheadIssuer(text)).toBe(issuer);
  });

  it.each([
    ['SỞ CÔNG THƯƠNG', 'Sở Công Thương'],
    ['BAN DÂN TỘC', 'Ban Dân tộc'],
    ['TRUNG TÂM VĂN HÓA, THỂ THAO VÀ TRUYỀN THÔNG', 'Trung tâm Văn hóa, Thể thao và Truyền thông'],
    ['CHI CỤC KIỂM LÂM', 'Chi cục Kiểm lâm'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['CÔNG AN TỈNH', 'Công an tỉnh'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
  ])('writes %s as its official name is written, "%s"', (upper, prose) => {
    expect(letterheadIssuer(`UBND TỈNH LAI CHÂU\n${upper}\nKẾ HOẠCH`)).toBe(prose);
  });

  it.each([
    ['no letterhead', 'KẾ HOẠCH\nTriển khai Đề án “Chuyển đổi số”\nI. MỤC ĐÍCH, YÊU CẦU'],
    [
      'only the motto and the number',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 3/KH\nKẾ HOẠCH',
    ],
    ['capitals below the title, not above it', 'KẾ HOẠCH\nSỞ TƯ PHÁP TỈNH LAI CHÂU\nI. MỤC ĐÍCH'],
  ])('names no issuer with %s', (_layout, text) => {
    expect(letterheadIssuer(text)).toBeNull();
  });
});
