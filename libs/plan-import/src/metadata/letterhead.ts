import { PLAN_HEADINGS } from './attached-plan';

// The letterhead sits above the title, in capitals: the issuing body on the left ("ỦY BAN NHÂN DÂN / TỈNH LAI
// CHÂU", "UBND TỈNH HÀ GIANG / SỞ Y TẾ"), the national motto on the right. Extracted text runs the two columns
// together with tabs, table pipes or a run of spaces.
const LINES_BEFORE_TITLE = 12;
const TITLE = new RegExp(`^[\\s*#]*(?:${PLAN_HEADINGS})[\\s*]*$`, 'u');
const MOTTO = /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐỘC LẬP\s*[-–]\s*TỰ DO\s*[-–]\s*HẠNH PHÚC/giu;
const COLUMNS = /\t+|\s*\|\s*|\s{3,}/;
// "Số: 12/KH-UBND", and "/KH-UBND" alone where the number is left blank: the document's number, not its issuer.
const NUMBER_LINE = /^\s*Số(?![\p{L}\d])/u;
const BODY_HEAD =
  /^(?:[ỦU][YỶ] BAN NHÂN DÂN|UBND|HỘI ĐỒNG|HĐND|SỞ|BAN|VĂN PHÒNG|CÔNG AN|BỘ CHỈ HUY|THANH TRA|CHI CỤC|TRUNG TÂM) /u;
// "XÃ HỘI" is a field ("Lao động - Thương binh và Xã hội"), not a commune.
const PLACE = /^(.*?)\s*\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ(?! HỘI)|PHƯỜNG|THỊ TRẤN) (\p{Lu}.*)$/u;
// Bodies named by their fields, each field's first word capitalised (Nghị định 30/2020/NĐ-CP): "Sở Lao động -
// Thương binh và Xã hội", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Bộ Chỉ huy Quân sự tỉnh".
const FIELD_HEADS: ReadonlyArray<[string, string]> = [
  ['BỘ CHỈ HUY', 'Bộ Chỉ huy'],
  ['TRUNG TÂM', 'Trung tâm'],
  ['CHI CỤC', 'Chi cục'],
  ['SỞ', 'Sở'],
  ['BAN', 'Ban'],
];
// A field written with two capitals.
const TWO_CAPITALS = /\bCông thương\b/gu;
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'PBGDPL', 'GDPL', 'MTTQ']);

/** The issuing body its letterhead names, as prose writes it; null where the text has no letterhead above its title. */
export function letterheadIssuer(text: string): string | null {
  // A PDF's text may set every line apart with a blank one: only lines with words count.
  const lines = text
    .normalize('NFC')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, LINES_BEFORE_TITLE);
  const title = lines.findIndex((line) => TITLE.test(line));
  if (title <= 0) return null;
  const bodies: string[] = [];
  for (const line of lines.slice(0, title)) {
    if (NUMBER_LINE.test(line)) continue;
    for (const column of line.replace(MOTTO, '\t').split(COLUMNS)) {
      const words = column.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
      if (words === '' || words !== words.toUpperCase() || !/\p{Lu}{2}/u.test(words)) continue;
      if (BODY_HEAD.test(`${words} `)) bodies.push(words);
      else if (bodies.length > 0) bodies[bodies.length - 1] += ` ${words}`;
    }
  }
  const issuer = bodies[bodies.length - 1];
  return issuer === undefined ? null : asProse(issuer);
}

/** "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch"; "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "Ủy ban nhân dân tỉnh Lai Châu". */
function asProse(upper: string): string {
  const place = PLACE.exec(upper);
  const [name, unit, where] = place === null ? [upper, '', ''] : [place[1], place[2], place[3]];
  const [upperHead, head] = FIELD_HEADS.find(([written]) => name.startsWith(`${written} `)) ?? ['', ''];
  const fields = upperHead !== '';
  let capital = true;
  const cased = name
    .slice(upperHead.length)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => {
      const shown = ABBREVIATIONS.has(word) ? word : capital ? capitalised(word) : lower(word);
      capital = fields && (word === 'VÀ' || word === '-' || word === '–' || word.endsWith(','));
      return shown;
    });
  const placeName = where.split(' ').map(capitalised);
  const words = [...(fields ? [head] : []), ...cased, ...(unit === '' ? [] : [lower(unit), ...placeName])];
  return words.join(' ').replace(TWO_CAPITALS, 'Công Thương');
}

const lower = (word: string): string => word.toLocaleLowerCase('vi');
const capitalised = (word: string): string => word.charAt(0) + lower(word.slice(1));
