import { composeVietnamese } from '@dondoc/domain';
import { startsWithActionOpener } from './action-verbs';
import { LETTER_MARKER, NUMBER_MARKER, ROMAN_MARKER, hasStructureMarker, isAllCaps, startsUpper } from './markers';
import { bareLabelHeading, endsWithLabel, isLabelLine } from '../outline/labels';
import { startsWithHead } from '../agencies/agency-lexicon';
import { GIVEN_TO, leadsByName } from '../agencies/prose-agencies';
import { ISSUES_PLAN, OPENING_CLAUSE } from '../metadata/issuing-clause';

const FOOTNOTE_BODY = /^<sup>\s*\d+\s*<\/sup>/;
export const PAGE_NUMBER = /^(?:trang\s+)?[-–(]?\s*\d{1,3}\s*[-–)]?$|^trang\s+\d{1,3}\s*(?:\/|trên|của)\s*\d{1,3}$/i;
export const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
// A page's footer as a PDF prints it: the site's address and the page number on one line.
const URL_AND_PAGE = /^(?:(?:https?:\/\/|www\.)\S+\s+\d{1,3}|\d{1,3}\s+(?:https?:\/\/|www\.)\S+)$/i;
/** A Markdown heading or a wholly bold line (a .docx heading style, a bold title): a paragraph of its own. */
const MARKED_HEADING = /^\s*(?:#{1,6}\s+\S|\*\*[^*].*\*\*\s*$)/u;

/**
 * Items numbered otherwise, read as the numbered items they are: "Nhiệm vụ 1: …", "(1) …", "II.3.1. …", whose
 * Roman part the outline already holds, and numbers set off by a slash, a dash, a colon or nothing: "I/", "II -", "III-",
 * "IV KINH PHÍ", "1/", "a/".
 */
const OTHER_NUMBERINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Nhiệm vụ|Hoạt động|Nội dung|Công việc|Giải pháp)\s+(\d{1,2})\s*[:.]\s+(?=\S)/u, '$1. '],
  [/^\((\d{1,2})\)\s+(?=\p{Lu})/u, '$1. '],
  [/^[IVX]{1,4}\.(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/u, '$1. '],
  [/^([IVXL]{1,5})\s*[/\-–:]\s+(?=\p{Lu})/u, '$1. '],
  // "IV KINH PHÍ": a Roman numeral with no mark at all heads a part only in capitals.
  [/^([IVX]{1,4})\s+(?=\p{Lu}{2,}(?:\s|,|$))/u, '$1. '],
  [/^(\d{1,2})\/\s+(?=\S)/u, '$1. '],
  [/^([a-zđ])\/\s+(?=\p{Lu})/u, '$1) '],
];

const asNumberedItem = (line: string): string =>
  OTHER_NUMBERINGS.reduce((text, [numbering, written]) => text.replace(numbering, written), line);

// "PHẦN I", "PHẦN THỨ HAI: NHIỆM VỤ", "Phần III. TỔ CHỨC THỰC HIỆN": a part, as "I. …" heads one.
const PART_HEADING =
  /^(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+)?([IVX]{1,4}|NHẤT|HAI|BA|TƯ|NĂM|nhất|hai|ba|tư|năm)(?:\s*[:.-]\s*(?=\p{Lu}{2})|\s*$)/u;
const PART_NUMBERS: Readonly<Record<string, string>> = { nhất: 'I', hai: 'II', ba: 'III', tư: 'IV', năm: 'V' };
const BARE_PART = /^[IVXL]{1,5}\.$/;

const asPart = (line: string): string =>
  line.replace(PART_HEADING, (_all, number: string) => `${PART_NUMBERS[number.toLowerCase()] ?? number}. `).trim();

/** A character one of cleanLine's rewrites needs; most lines hold none and only lose their edge spaces. */
const CLEANED_AWAY = /[<#>*_\\\t\u00a0\u2002-\u200b]| {2}/;

/** Cleans one physical line: Markdown markers, footnote markers, escapes. */
export function cleanLine(raw: string): string {
  return CLEANED_AWAY.test(raw) ? rewrittenLine(raw) : raw.trim();
}

/** cleanLine with every rewrite tried: a spec holds cleanLine's shortcut to it. */
export function rewrittenLine(raw: string): string {
  return raw
    .replace(/<sup>\s*\d+\s*<\/sup>/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/\*{1,3}|_{2,3}/g, '')
    .replace(/\\([.\-*_()#[\]])/g, '$1')
    .replace(/[\t\u00a0\u2002-\u200b]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function isNoise(line: string): boolean {
  return line === '' || PAGE_NUMBER.test(line) || URL_ONLY.test(line) || URL_AND_PAGE.test(line);
}

/**
 * A bold heading line with no number inside the body ("**Treo băng rôn …**" before its "Đơn vị thực hiện" line)
 * heads an item of its own, like a bullet; a bold line in lower case continues the heading above it.
 */
function isUnnumberedHeading(line: string, current: string, currentIsHeading: boolean): boolean {
  if (hasStructureMarker(line) || isAllCaps(line) || isLabelLine(line)) return false;
  return startsUpper(line) || !currentIsHeading || current === '';
}

/** "3. Thời gian kiểm tra": a numbered heading that only names who or when; its value is the next line. */
function headsWithLabel(paragraph: string): boolean {
  const marker = NUMBER_MARKER.exec(paragraph);
  return marker !== null && bareLabelHeading(marker[3]) !== null;
}

/** "2. Tổ chức hội nghị", "1) …", "b) …": a heading with no stop in it, which a subject's line after it does not continue. */
function opensHeading(paragraph: string): boolean {
  const marker = NUMBER_MARKER.exec(paragraph) ?? ROMAN_MARKER.exec(paragraph) ?? LETTER_MARKER.exec(paragraph);
  return marker !== null && !/[.;:!?]/.test(marker.at(-1) ?? '');
}

// "…, Ban Thường vụ", "…; Bộ": after the opening clause's last comma or semicolon, a capital begins the subject.
const SUBJECT_BEGUN = /[,;]\s+\p{Lu}[^,;]*$/u;

/** A line that stops on a word that needs more ("… phối hợp với") runs on into the next, whatever that opens. */
const UNFINISHED = /(?:\s(?:với|của|cho|và|các|tại|trên|về|theo|đến|từ|trong|là|giữa)|,)$/u;

/**
 * The width a PDF's text fills (the length most lines reach); 0 for too few lines to tell. A line that reaches it was
 * wrapped there, not ended by its writer.
 */
function pageWidth(lines: readonly string[]): number {
  const lengths = lines.filter((line) => line.length >= 20).map((line) => line.length);
  if (lengths.length < 5) return 0;
  return [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.75)];
}

/** Lines of a PDF set in a proportional font end short of the width by a word or so: 0.9 of it counts as full. */
const FULL_SHARE = 0.9;

/** Whether the line a paragraph ends with was wrapped: the next line's first word would not have fitted on it. */
function wasWrapped(lastLine: string, next: string, width: number): boolean {
  const firstWord = next.split(' ', 1)[0];
  return width > 0 && lastLine.length + 1 + firstWord.length > FULL_SHARE * width;
}

// "… Sở Lao động" / "- Thương binh và Xã hội.": a name in capitals ends the line and another, a few words long, the next.
const NAME_ENDS_LINE = /\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}$/u;
const NAME_AFTER_DASH = /^[-–]\s+\p{Lu}[^,;.:]*(?:[,;.]|$)/u;
const fewWords = (text: string): boolean => text.split(/\s+/).length <= 8;

/**
 * "- xã hội xã." under "… các đoàn thể chính trị", "- Thương binh và Xã hội." under "… Sở Lao động": the dash inside a
 * name a PDF wrapped before, not a bullet.
 */
function continuesAfterDash(line: string, paragraph: string, wrapped: boolean): boolean {
  if (!wrapped || /[.:;!?]$/.test(paragraph) || !/^[-–]\s/u.test(line)) return false;
  if (/^[-–]\s+\p{Ll}/u.test(line)) return true;
  const name = NAME_AFTER_DASH.exec(line);
  return name !== null && fewWords(name[0]) && NAME_ENDS_LINE.test(paragraph) && !isLabelLine(line);
}

// "III/2026." after "… thời gian: Quý": Roman numerals and figures alone are capitals, but no heading.
const isCapsHeading = (line: string): boolean => isAllCaps(line) && isAllCaps(line.replace(/\b[IVXL]+\b/g, ''));

function startsParagraph(line: string, paragraph: string, wrapped: boolean): boolean {
  // A label line opens with a capital or a bullet: "thực hiện: Năm 2026" is the rest of a label a PDF wrapped.
  const opensLabel = isLabelLine(line) && !/^\p{Ll}/u.test(line);
  if (hasStructureMarker(line) || opensLabel || isCapsHeading(line) || isAllCaps(paragraph)) return true;
  if (!startsUpper(line) || endsWithLabel(paragraph)) return false;
  if (headsWithLabel(paragraph)) return true;
  // "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:" under the title, or "Thực hiện Kế hoạch số …" opening the
  // sentence that issues the plan: the title ends there. "…, Ban Thường vụ" / "Tỉnh đoàn ban hành Kế hoạch": the
  // opening sentence's subject was wrapped, and runs on.
  const subjectWrapped = OPENING_CLAUSE.test(paragraph) && SUBJECT_BEGUN.test(paragraph);
  const opensIssuing = OPENING_CLAUSE.test(line) || (ISSUES_PLAN.test(line) && !subjectWrapped);
  if (opensIssuing && !UNFINISHED.test(paragraph) && !paragraph.endsWith(';')) return true;
  if (/(?:[.:!?]|\.\/\.)["”)]?$/.test(paragraph)) return true;
  // An agency after a heading, or the work given to one ("Giao Công an phường …"), is the body's subject, unless the
  // heading's line was wrapped at the page's width; one that leads by name ("Công an tỉnh chủ trì, …") is, even then.
  const subject = line.replace(GIVEN_TO, '');
  const subjectAfter = startsWithHead(subject) && !UNFINISHED.test(paragraph) && (!wrapped || leadsByName(subject));
  return opensHeading(paragraph) && (startsWithActionOpener(line) || subjectAfter);
}

// "… khen thưởng -" before "Đơn vị chủ trì: …" on the next line: the dash set off labels a PDF wrapped away from it.
const ENDS_WITH_DASH = /\s[-–]$/u;
const ended = (paragraph: string): string => paragraph.replace(ENDS_WITH_DASH, '');

function join(paragraph: string, line: string): string {
  if (/[\p{L}\d]-$/u.test(paragraph)) return paragraph + line;
  return `${paragraph} ${line}`;
}

/**
 * Turns extracted text (PDF, Markdown, plain) into logical paragraphs: NFC, no CR, no Markdown or footnotes,
 * no page-break residue, hard-wrapped lines joined. Blank lines are ignored because PDF text puts one after
 * every line; a paragraph ends at a structure marker, a label line, or closing punctuation before a capital.
 */
export function normaliseToParagraphs(text: string): string[] {
  const lines = composeVietnamese(text).replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[] = [];
  let current = '';
  // A footnote runs to the next blank line: a PDF wraps it over several lines.
  let inFootnote = false;
  let currentIsHeading = false;
  let inBody = false;
  const cleaned = lines.map((raw) => cleanLine(raw));
  const width = pageWidth(cleaned);
  let lastLine = '';
  for (const [i, raw] of lines.entries()) {
    inFootnote = FOOTNOTE_BODY.test(raw.trim()) || (inFootnote && raw.trim() !== '');
    if (inFootnote) continue;
    let line = asPart(asNumberedItem(cleaned[i]));
    if (isNoise(line)) continue;
    // "PHẦN I" above its name: the part's heading is the two lines.
    if (BARE_PART.test(current) && isAllCaps(line)) {
      current = `${current} ${line}`;
      continue;
    }
    inBody ||= ROMAN_MARKER.test(line);
    const isHeading = MARKED_HEADING.test(raw);
    if (isHeading && inBody && isUnnumberedHeading(line, current, currentIsHeading)) line = `• ${line}`;
    // A heading line never runs into body text, nor body text into it; wrapped heading lines still join.
    const wrapped = wasWrapped(lastLine, line, width);
    const joins = !startsParagraph(line, current, wrapped) || continuesAfterDash(line, current, wrapped);
    lastLine = line;
    if (current !== '' && isHeading === currentIsHeading && joins) {
      current = join(current, line);
      continue;
    }
    if (current !== '') paragraphs.push(ended(current));
    current = line;
    currentIsHeading = isHeading;
  }
  if (current !== '') paragraphs.push(ended(current));
  return paragraphs;
}

export function normaliseText(text: string): string {
  return normaliseToParagraphs(text).join('\n');
}
