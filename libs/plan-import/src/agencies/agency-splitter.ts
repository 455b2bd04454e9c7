import { hasDash } from '../text/markers';
import { bareNounPrefix, isBareNoun, opensGroup, startsWithHead } from './agency-lexicon';

// Aliases, scopes and roles in parentheses: "(sau đây gọi là …)", "(đối với …)", "(cơ quan thường trực Hội đồng)",
// "(theo chức năng, nhiệm vụ)".
const ALIAS_OR_SCOPE =
  /\s*\((?:sau đây|gọi tắt|viết tắt|đối với|là\s|cơ quan thường trực|thường trực|theo (?:chức năng|thẩm quyền|phạm vi|lĩnh vực|(?:sự )?phân công))[^)]*\)/giu;
const APPOSITION = /\s+[-–]\s+(?:cơ quan|đơn vị)(?![\p{L}\d])[^,;]*/giu;
const STANDING_ROLE = /\s+[-–]\s+(?:cơ quan|đơn vị)\s+thường trực\s/iu;

/**
 * "Sở Tư pháp - cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh": the role runs on past a
 * comma that does not open another agency ("…, Công an tỉnh" does).
 */
function withoutStandingRole(text: string): string {
  const role = STANDING_ROLE.exec(text);
  if (role === null) return text;
  const rest = text.slice(role.index + role[0].length);
  const next = [...rest.matchAll(/[,;]\s*/gu)].find(
    (separator) => separator[0].startsWith(';') || startsWithHead(rest.slice(separator.index + separator[0].length)),
  );
  return text.slice(0, role.index) + (next === undefined ? '' : rest.slice(next.index));
}
// "Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh": the role runs on
// past commas, to the end of the agency.
const ROLE = /\s+là\s+(?:cơ quan|đơn vị|đầu mối)\s[^;]*/iu;
// The joint offices of the councils and committees: "Văn phòng HĐND và UBND phường" is one office.
const JOINT_OFFICE = /^Văn phòng\s+(?:Đoàn\s+(?:đại biểu Quốc hội|ĐBQH)|HĐND|Hội đồng nhân dân)$/u;
const JOINED_BODY = /^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)(?:\s|$)/u;
// "các sở, ngành, địa phương theo chức năng, nhiệm vụ (được giao)", "Thành viên Hội đồng theo phân công của Chủ tịch":
// which part is theirs, not another agency.
const SCOPE = /\s+theo\s+(?:chức năng|thẩm quyền|phạm vi|lĩnh vực|(?:sự )?phân công)\b[^;]*/iu;
const PREFACE = /^.*?\slà\s+(?:lãnh đạo\s+)?(?:các\s+)?(?:cơ quan|đơn vị)\s+(?=\p{Lu})/u;
const REQUEST = /^(?:đề nghị|giao)\s+/iu;
const TRAILING_VERB =
  /\s+(?:chỉ đạo,?\s+thực hiện|triển khai thực hiện|tổ chức thực hiện|chủ trì thực hiện|thực hiện)$/u;

export interface Segment {
  sep: string;
  text: string;
}

const nesting = (depth: number, ch: string): number =>
  ch === '(' || ch === '“' ? depth + 1 : (ch === ')' || ch === '”') && depth > 0 ? depth - 1 : depth;

/**
 * Splits at `separator` outside parentheses and quotes. Each candidate is searched for, and only the characters
 * before it are counted, rather than the separator being tried at every position.
 */
export function splitOutside(text: string, separator: RegExp): Segment[] {
  const sep = new RegExp(separator.source, `${separator.flags.replace(/[gy]/g, '')}g`);
  const segments: Segment[] = [];
  let depth = 0;
  let counted = 0;
  let start = 0;
  let pendingSep = '';
  for (let m = sep.exec(text); m !== null; m = sep.exec(text)) {
    for (; counted <= m.index; counted++) depth = nesting(depth, text[counted]);
    if (depth > 0) {
      sep.lastIndex = m.index + 1;
      continue;
    }
    segments.push({ sep: pendingSep, text: text.slice(start, m.index).trim() });
    pendingSep = m[0];
    start = counted = sep.lastIndex;
  }
  segments.push({ sep: pendingSep, text: text.slice(start).trim() });
  return segments.filter((s) => s.text !== '');
}

function continuesGroup(segment: string): boolean {
  const noun = bareNounPrefix(segment);
  if (noun === null || /^các\s/iu.test(segment)) return false;
  const next = segment.slice(noun.length).trim();
  return next === '' || /^\p{Ll}/u.test(next);
}

function mergeSegments(segments: Segment[]): string[] {
  const agencies: string[] = [];
  let groupOpen = false;
  for (const { sep, text } of segments) {
    const last = agencies.length - 1;
    if (last >= 0 && sep.trim() === 'và' && JOINT_OFFICE.test(agencies[last]) && JOINED_BODY.test(text)) {
      agencies[last] += sep + text;
    } else if (last >= 0 && groupOpen && continuesGroup(text)) {
      agencies[last] += sep + text;
      groupOpen = isBareNoun(text);
    } else if (last < 0 || startsWithHead(text)) {
      agencies.push(text);
      groupOpen = opensGroup(text);
    } else {
      agencies[last] += sep + text;
      groupOpen = opensGroup(agencies[last]);
    }
  }
  return agencies;
}

export function cleanAgencyText(text: string): string {
  let cleaned = text.replace(/\s+/g, ' ');
  // Most agency texts hold no dash and no parenthesis: the expressions for those are tried only where one is.
  const dashed = hasDash(cleaned);
  if (dashed) cleaned = withoutStandingRole(cleaned);
  if (cleaned.includes('(')) cleaned = cleaned.replace(ALIAS_OR_SCOPE, '');
  if (dashed) cleaned = cleaned.replace(APPOSITION, '');
  return cleaned
    .replace(ROLE, '')
    .replace(SCOPE, '')
    .replace(PREFACE, '')
    .replace(REQUEST, '')
    .trim()
    .replace(/[.;,:|_]+$/, '')
    .trim();
}

function tidy(agency: string): string {
  return agency
    .replace(/^và\s+/u, '')
    .replace(TRAILING_VERB, '')
    .replace(/[\s.;,:|_]+$/, '')
    .trim();
}

/**
 * Splits an agency line into one noun phrase per agency. Splits at `;`, `,` and `và` only where the next
 * segment opens a new agency; proper names (`Sở Văn hóa, Thể thao và Du lịch`) and group phrases that share
 * a modifier (`các cơ quan, tổ chức cấp tỉnh`, `UBND các huyện, thành phố`) stay whole.
 */
export function splitAgencies(text: string): string[] {
  const cleaned = cleanAgencyText(text);
  if (cleaned === '') return [];
  return splitOutside(cleaned, /;\s*/)
    .flatMap((chunk) => mergeSegments(splitOutside(chunk.text, /,\s+|\s+và\s+/)))
    .map(tidy)
    .filter((a) => a !== '');
}
