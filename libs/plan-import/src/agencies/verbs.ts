/** Lower-case verbs that end the subject noun phrase of an assignment sentence. */
const VERBS = [
  'đề xuất',
  'tổng hợp',
  'căn cứ',
  'chỉ đạo',
  'hướng dẫn',
  'tổ chức',
  'thực hiện',
  'triển khai',
  'chủ trì',
  'phối hợp',
  'tham mưu',
  'xây dựng',
  'ban hành',
  'báo cáo',
  'theo dõi',
  'đôn đốc',
  'kiểm tra',
  'tự kiểm tra',
  'cử',
  'làm',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'chủ động',
  'bố trí',
  'gửi',
  'lựa chọn',
  'rà soát',
  'tuyên truyền',
  'tham gia',
  'cung cấp',
  'bảo đảm',
  'đảm bảo',
  'thông báo',
  'nghiên cứu',
  'tăng cường',
  'đẩy mạnh',
  'tiếp tục',
  'quản lý',
  'biên soạn',
  'cập nhật',
  'phê duyệt',
  'giao',
  'duy trì',
  'đánh giá',
  'khảo sát',
  'đăng tải',
  'vận động',
  'tập huấn',
  'lồng ghép',
  'thẩm định',
  'kiện toàn',
  'giải đáp',
  'chuẩn bị',
  'bổ sung',
  'phát hành',
  'phát động',
  'nâng cao',
  'sưu tầm',
  'in ấn',
  'tiếp nhận',
  'thống kê',
  'số hóa',
  'treo',
  'thành lập',
  // "Sở Tư pháp giúp Hội đồng theo dõi …"
  'giúp',
  // "Báo tỉnh mở chuyên mục …"
  'mở',
  // "Yêu cầu Thủ trưởng các cơ quan nghiêm túc triển khai …": the manner that opens what is asked.
  'nghiêm túc',
  'khẩn trương',
  'tích cực',
  'quan tâm',
  // "Phòng Nghiệp vụ Y là đầu mối, theo dõi …", "Sở Tư pháp là cơ quan thường trực": the role it is given.
  'là đầu mối',
  'là cơ quan',
  'là đơn vị',
];

/**
 * Words after which `tổ chức` is a noun (`các cơ quan, tổ chức cấp tỉnh`, `tổ chức hội`), not the verb "organise"
 * (`tổ chức hội nghị`, `hội thi`, `hội thảo`).
 */
const NOUN_AFTER_TO_CHUC = /^(?:cấp|chính|xã|thành|đoàn|có|khác|doanh|hội(?! (?:nghị|thi|thảo|diễn|giảng|trại))|,)/u;
/** Closing a clause, `tổ chức` is a noun after these (`các cơ quan và tổ chức.`), the verb after an agency. */
const NOUN_AT_END_AFTER = /(?:^|\s)(?:và|hoặc|cơ quan)$/u;
const CLAUSE_END = /^(?:[;.]|$)/u;
/** A verb straight after these is part of a name (`Hội đồng phối hợp`, `Ban chỉ đạo`) or a participle. */
const NAME_BEFORE = /(?:Hội đồng|Ban|Tổ|Trung tâm|Phòng|Đoàn)$/u;
// "Hội đồng đánh giá tiếp cận pháp luật", "Hội đồng thẩm định", "Ban biên soạn": bodies named by their work.
const NAME_VERBS = new Set([
  'phối hợp',
  'chỉ đạo',
  'quản lý',
  'kiểm tra',
  'tư vấn',
  'đánh giá',
  'thẩm định',
  'biên soạn',
]);
// "được giao", "các tổ chức", and "đối tượng kiểm tra" (those checked), where the verb is not the subject's.
const PARTICIPLE_BEFORE = /(?:được|bị|các|những|đối tượng)$/u;
/** "Cơ quan chủ trì soạn thảo", "đơn vị chủ trì": the agency that leads, a noun. */
const LEAD_AGENCY_NOUN = /(?:^|\s)(?:cơ quan|đơn vị)$/iu;
/** `giao` opens nouns too: `Cảnh sát giao thông`, `Trung tâm Giao dịch`, `giao lưu`. */
const NOUN_AFTER_GIAO = /^(?:thông|dịch|lưu|ban|tiếp|thương|hữu)(?![\p{L}])/u;
/** `giúp` in names: `Trung tâm Trợ giúp pháp lý`, `Tổ giúp việc`. */
const NAME_WITH_GIUP = { before: /trợ$/iu, after: /^việc(?![\p{L}])/u };

const VERB_PATTERN = new RegExp(`(?<=^|\\s)(?:${VERBS.join('|')})(?=[\\s,;.:]|$)`, 'gu');
const STARTS_WITH_VERB = new RegExp(`^(?:${VERBS.join('|')})(?=[\\s,;.:]|$)`, 'u');

/** Index where the first main verb starts, or -1. */
export function firstVerbIndex(text: string): number {
  for (const m of text.matchAll(VERB_PATTERN)) {
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length).trimStart();
    if (PARTICIPLE_BEFORE.test(before) || before.endsWith(',')) continue;
    // "Ban Thư ký Hội đồng phối hợp thực hiện": a verb after it makes "phối hợp" the verb, not part of the name.
    if (NAME_VERBS.has(m[0]) && NAME_BEFORE.test(before) && !STARTS_WITH_VERB.test(after)) continue;
    if (m[0] === 'tổ chức' && NOUN_AFTER_TO_CHUC.test(after)) continue;
    if (m[0] === 'tổ chức' && CLAUSE_END.test(after) && NOUN_AT_END_AFTER.test(before)) continue;
    if (m[0] === 'giao' && NOUN_AFTER_GIAO.test(after)) continue;
    if (m[0] === 'chủ trì' && LEAD_AGENCY_NOUN.test(before)) continue;
    if (m[0] === 'giúp' && (NAME_WITH_GIUP.before.test(before) || NAME_WITH_GIUP.after.test(after))) continue;
    return m.index;
  }
  return -1;
}
