import { composeVietnamese, normaliseVietnamese, searchKey } from './search-key';

describe('searchKey', () => {
  it('strips diacritics and case, so "so tu phap" meets "Sở Tư pháp"', () => {
    expect(searchKey('Sở Tư pháp')).toBe('so tu phap');
    expect(searchKey('SỞ TƯ PHÁP TỈNH LAI CHÂU')).toBe('so tu phap tinh lai chau');
  });

  it('maps đ and Đ to d, which NFD alone leaves in place', () => {
    expect(searchKey('Đài Phát thanh và Truyền hình')).toBe('dai phat thanh va truyen hinh');
    expect(searchKey('Sở Giáo dục và Đào tạo')).toBe('so giao duc va dao tao');
    expect(searchKey('Hội đồng phối hợp')).toBe('hoi dong phoi hop');
  });

  it('reads the Latin eth that old font conversions leave for Đ and đ (Ð, ð) as them', () => {
    expect(searchKey('\u00d0ài Phát thanh')).toBe('dai phat thanh');
    expect(normaliseVietnamese('\u00d0oàn Thanh niên, Hội \u00f0ồng')).toBe('Đoàn Thanh niên, Hội đồng');
    expect(composeVietnamese('\u00d0ơn vị chủ trì:\n Sở')).toBe('Đơn vị chủ trì:\n Sở');
  });

  it('reads decomposed input (NFD, as some PDFs and macOS produce) like composed input', () => {
    const decomposed = 'Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD');
    expect(decomposed).not.toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(searchKey(decomposed)).toBe('so van hoa, the thao va du lich');
  });

  it('makes the old and new tone placements the same: Uỷ/Ủy, hoá/hóa', () => {
    expect(searchKey('Uỷ ban nhân dân tỉnh')).toBe(searchKey('Ủy ban nhân dân tỉnh'));
    expect(searchKey('Uỷ ban')).toBe('uy ban');
    expect(searchKey('Sở Văn hoá')).toBe(searchKey('Sở Văn hóa'));
  });

  it('collapses every run of whitespace, line breaks and non-breaking spaces included, and trims', () => {
    expect(searchKey('  Ủy ban nhân \n dân\u00a0\ttỉnh  ')).toBe('uy ban nhan dan tinh');
  });

  it('keeps punctuation and digits, which tell names apart', () => {
    expect(searchKey('Phòng Thông tin – Báo chí – Xuất bản')).toBe('phong thong tin - bao chi - xuat ban');
    expect(searchKey('Phòng Thông tin - Báo chí - Xuất bản')).toBe(searchKey('Phòng Thông tin – Báo chí – Xuất bản'));
    expect(searchKey('972/KH-UBND')).toBe('972/kh-ubnd');
  });

  it('gives an empty key for blank text', () => {
    expect(searchKey(' \n ')).toBe('');
  });
});

describe('normaliseVietnamese', () => {
  it('composes to NFC and keeps diacritics and case', () => {
    const decomposed = 'Ủy ban Mặt trận Tổ quốc'.normalize('NFD');
    const normalised = normaliseVietnamese(decomposed);
    expect(normalised).toBe('Ủy ban Mặt trận Tổ quốc');
    expect(normalised).toBe(normalised.normalize('NFC'));
  });

  it('collapses whitespace and trims', () => {
    expect(normaliseVietnamese(' Sở  Tư\npháp ')).toBe('Sở Tư pháp');
  });

  it('leaves the spelling alone: Uỷ stays Uỷ', () => {
    expect(normaliseVietnamese('Uỷ ban')).toBe('Uỷ ban');
  });
});
