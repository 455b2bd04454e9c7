/**
 * Words that open an agency noun phrase. A list segment that opens with one of these is a new agency;
 * any other segment continues the previous name (`Sở Văn hóa, Thể thao và Du lịch`).
 */
const HEADS = [
  'Sở',
  'Ban',
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'HĐND',
  'Hội đồng',
  'Phòng',
  'Công an',
  'Tòa án',
  'Toà án',
  'Viện',
  'Hội',
  'Đài',
  'Báo',
  'Bộ',
  'Cục',
  'Chi cục',
  'Trung tâm',
  'Văn phòng',
  'Thanh tra',
  'Đoàn',
  'Liên đoàn',
  'Mặt trận',
  'Thành viên',
  'Chủ tịch',
  'Phó Chủ tịch',
  // An agency charged through its head: "Thủ trưởng các sở, ban, ngành", "Giám đốc Sở Tài chính".
  'Thủ trưởng',
  'Giám đốc',
  'Phó Giám đốc',
  'Kho bạc',
  'Bảo hiểm',
  'Ngân hàng',
  'Trường',
  'Bệnh viện',
  'Hiệp hội',
  'Liên minh',
  // Party committees and Youth Union chapters, written with either case: "Tỉnh ủy", "Tỉnh Đoàn", "Thành Ủy".
  ...['Tỉnh', 'Thành', 'Huyện', 'Thị', 'Quận', 'Đảng'].flatMap((level) =>
    ['ủy', 'uỷ', 'Ủy', 'Uỷ', 'đoàn', 'Đoàn'].map((body) => `${level} ${body}`),
  ),
  'Chi nhánh',
  'Tổ',
  'Vụ',
  'Tổng cục',
  'Công đoàn',
  'Chi đoàn',
  'Chi hội',
  'Kiểm lâm',
  // Services a province lists beside its departments.
  'Thi hành án',
  'Cổng Thông tin',
  'Cổng thông tin',
  'Cổng TTĐT',
  'Bưu điện',
  'Thuế',
  'Hải quan',
  'Kiểm toán',
  'Học viện',
  'Đại học',
  'Hạt',
  'Đồn',
  'Trạm',
  'Công ty',
  'Tổng công ty',
  'Hợp tác xã',
  'Nhà xuất bản',
  'Tạp chí',
  'Quỹ',
  'Thư viện',
  'Bảo tàng',
  'Nhà văn hóa',
  'Nhà văn hoá',
  'Cảnh sát',
  'Điện lực',
  // A ward or commune charges its officials by title: "công chức Tư pháp - Hộ tịch".
  'Công chức',
  'công chức',
  'Người đứng đầu',
  // A commune charges its hamlets and cells through their heads: "Trưởng các ấp", "Bí thư Chi bộ các thôn".
  'Trưởng',
  'Phó Trưởng',
  'Bí thư',
  'Chi bộ',
  'Già làng',
  'Người có uy tín',
  'Lãnh đạo',
  'MTTQ',
  // Abbreviated heads (name-key.ts spells them out for resolution).
  'UBMTTQ',
  'BCH',
  'BHXH',
  'LĐLĐ',
  'KBNN',
  'VKSND',
  'TAND',
  'BQL',
  'HLHPN',
  'Đài Phát thanh',
  'cơ quan',
  'Cơ quan',
  'đơn vị',
  'Đơn vị',
  'tổ chức',
  'thành viên',
];

/** Words that look like a head but open something else: `Báo cáo`, `Hội nghị`, `Phòng, chống`, `Tổ quốc`. */
const NOT_AGENCY =
  /^(?:Báo cáo|Hội nghị|Hội thảo|Hội thi|Hội viên|Ban hành|Trường hợp|Phòng,|Phòng chống|Sở hữu|Bộ tiêu chí|Bộ tài liệu|Bộ luật|Tổ chức\s|Tổ quốc|Đoàn kết|Đoàn viên)/u;

/** Bare nouns that a group phrase lists before one shared modifier: `các cơ quan, tổ chức cấp tỉnh`. */
const BARE_NOUNS = [
  'cơ quan',
  'tổ chức',
  'đơn vị',
  'sở',
  'ban',
  'ngành',
  'phòng',
  'huyện',
  'xã',
  'phường',
  'thị trấn',
  'thành phố',
  'thị xã',
  'quận',
  'doanh nghiệp',
  'cá nhân',
  'trung tâm',
  'địa phương',
  'đoàn thể',
  'hội',
  'trường',
  'cấp',
  'cơ sở',
  'hợp tác xã',
  'tổ dân phố',
  'khu phố',
  'thôn',
  'bản',
  'buôn',
  'làng',
  'ấp',
  'khóm',
  'xóm',
];

// Vietnamese has no special casing: the same as toLocaleLowerCase('vi'), without ICU's cost.
const lower = (s: string): string => s.toLowerCase();

function startsWithWords(text: string, words: string): boolean {
  return text === words || (text.startsWith(words) && /^[\s,;.:)]/u.test(text.slice(words.length)));
}

/** "Hai bên", "các bên": the parties of a joint document, which its issuer names; not "hai bên đường". */
const PARTIES = /^(?:hai|các) bên(?=$|[\s,;.:)])(?!\s+(?:đường|lề))/iu;
/** Only the parties: "các bên liên quan" are others. */
export const isParties = (name: string): boolean => /^(?:hai|các) bên$/iu.test(name);

export function startsWithHead(segment: string): boolean {
  if (PARTIES.test(segment)) return true;
  if (NOT_AGENCY.test(segment)) return false;
  const plural = /^các\s+(.*)$/iu.exec(segment);
  if (plural !== null) {
    // "các bệnh viện tuyến tỉnh" as "Bệnh viện …"; "các hội nghị" as "Hội nghị", no agency. After "các", "tổ chức"
    // and "phòng, …" are the organisations and offices, never the verb and "phòng, chống".
    const capitalised = plural[1].charAt(0).toLocaleUpperCase('vi') + plural[1].slice(1);
    if (!/^(?:tổ chức\s|phòng,)/iu.test(plural[1]) && NOT_AGENCY.test(capitalised)) return false;
    return bareNounPrefix(plural[1]) !== null || startsWithHead(capitalised);
  }
  return HEADS.some((head) => startsWithWords(segment, head));
}

/** The segment's first words form a bare noun, case-insensitively (`Ban`, `tổ chức cấp tỉnh`). */
export function bareNounPrefix(segment: string): string | null {
  const l = lower(segment);
  return BARE_NOUNS.find((noun) => startsWithWords(l, noun)) ?? null;
}

export function isBareNoun(segment: string): boolean {
  return BARE_NOUNS.includes(lower(segment));
}

/**
 * `các cơ quan`, `Ủy ban nhân dân các xã`, `các phòng chuyên môn`: a phrase ending in `các` + bare noun, and words in
 * lower case that qualify it, opens a shared-modifier group.
 */
export function opensGroup(segment: string): boolean {
  const match = /(?:^|\s)các\s+(.+)$/iu.exec(segment);
  if (match === null) return false;
  const noun = bareNounPrefix(match[1]);
  return noun !== null && !/\p{Lu}/u.test(match[1].slice(noun.length));
}
