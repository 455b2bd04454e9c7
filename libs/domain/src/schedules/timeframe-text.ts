import { type InterpretedTimeframe, type TimeframeContext } from './schedule.types';

export interface TimeframeInput {
  /** As written. */
  text: string;
  /** NFC, whitespace collapsed, dashes unified, trailing punctuation dropped; case kept for quoting. */
  display: string;
  /** `display` lower-cased with spelling variants unified, for matching only. */
  key: string;
  /** `display` lower-cased without its leading verb or preposition, and nothing else changed: a span of it is a span of `display`. */
  plain: string;
  context: TimeframeContext;
}

export type TimeframeMatcher = (input: TimeframeInput) => InterpretedTimeframe | null;

const DASHES = /[\u2010-\u2015\u2212]/g;
// "Thời gian thực hiện: Quý III/2025": a cell or a line that names its own column.
const LEADING_LABEL = /^thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*/;
// The work named before when it is due: "Hoàn thành trước …", "Báo cáo kết quả vào Quý IV/2025".
const WORK_VERBS = 'hoàn thành(?: xong)?|xong|kết thúc|thực hiện|báo cáo(?: kết quả)?|bắt đầu';
// "Sơ kết vào Quý II/2025", "Tổng kết: Quý IV/2026": the review is the work; when it is held is the time frame.
const REVIEW = '(?:sơ|tổng) kết(?: giữa kỳ)?';
// "Hết tháng 6/2026": by the end of the month, when the month is due anyway.
const LEADING_VERBS = new RegExp(
  `^(?:${WORK_VERBS}|triển khai|tổ chức|hết(?=\\s+(?:tháng|quý)\\s)|${REVIEW}\\s*:|${REVIEW}(?=\\s+(?:vào|trong|năm \\d|quý|tháng \\d|trước|ngày \\d)))\\s+`,
);
// "Hằng năm, báo cáo trước ngày 15/11": the verb of a second clause, before its due day.
const CLAUSE_VERBS = new RegExp(`[,;] (?:${WORK_VERBS}) (?=trước|chậm nhất|vào|trong|từ)`, 'g');
// "Hằng năm, trong tháng 11": the preposition of a second clause, before the part of the year.
// "Hằng năm vào (dịp) cuối năm": the same, with no comma after the year.
const CLAUSE_PREPOSITIONS = /(?:[,;]|(?<=h[àằ]ng năm)) (?:trong|vào)(?: dịp)? (?=tháng|quý|cuối (?:năm|quý|tháng))/g;
// "Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12": the half year's report and the year's, each year.
// "Định kỳ 6 tháng (trước 15/6) và năm (trước 15/12)": the same, each day in parentheses.
// "6 tháng: trước ngày 10/6; năm: trước ngày 10/12": the same, each report labelled.
const HALF_YEAR_AND_YEAR_REPORTS =
  /^báo cáo (?:6|06|sáu) tháng (?:đầu năm )?trước (?:ngày )?(\d{1,2}\/\d{1,2})[,;] (?:và )?báo cáo (?:cả )?năm trước (?:ngày )?(\d{1,2}\/\d{1,2})$|^(?:định kỳ |báo cáo )?(?:6|06|sáu) tháng(?: đầu năm)? \(trước (?:ngày )?(\d{1,2}\/\d{1,2})\)(?:,| và) (?:báo cáo )?(?:cả |h[àằ]ng )?năm \(trước (?:ngày )?(\d{1,2}\/\d{1,2})\)$|^(?:định kỳ |báo cáo )?(?:6|06|sáu) tháng(?: đầu năm)? ?: ?trước (?:ngày )?(\d{1,2}\/\d{1,2})[,;] (?:và )?(?:báo cáo )?(?:cả |h[àằ]ng )?năm ?: ?trước (?:ngày )?(\d{1,2}\/\d{1,2})$/;
// "Mỗi năm 01 lần", "Ít nhất 01 lần/năm", "Mỗi quý 01 lần", "01 lần/tháng": once in each, read as "hằng năm/quý/tháng",
// alone or after the years it spans ("Từ năm 2026 đến năm 2030, mỗi năm 01 lần"). "02 lần/tháng", "Mỗi quý 02 lần":
// each month's or quarter's work is reported with it all the same (twice a year has readings of its own).
const ONCE_EACH =
  /(?<=^|[,;] )(?:ít nhất )?(?:mỗi (năm|quý|tháng|tuần) (?:01|1|một) lần|(?:01|1|một) lần(?: ?\/ ?| mỗi | trong )(năm|quý|tháng|tuần)|mỗi (quý|tháng|tuần) (?:0?[2-9]|hai|ba|bốn) lần|(?:0?[2-9]|hai|ba|bốn) lần(?: ?\/ ?| mỗi | trong )(quý|tháng|tuần))$/;
// "02 lần/năm (tháng 6 và tháng 12)", "Hai lần mỗi năm, vào tháng 5 và tháng 11": the months named, each year.
const TIMES_A_YEAR_IN = /^(?:0?[2-4]|hai|ba|bốn) lần(?: ?\/ ?| mỗi | trong )năm(?: \((.+)\)|[,:]? (?:vào )?(.+))$/;
// "Định kỳ 02 lần/năm", "Hai lần mỗi năm": with no months named, the half year's reports.
const TWICE_A_YEAR = /^(?:định kỳ )?(?:0?2|hai) lần(?: ?\/ ?| mỗi | trong )năm$/;
// Vietnam's Law Day is 9 November (Luật Ban hành văn bản quy phạm pháp luật); plans time their campaigns by it, and
// the campaign's peak week ("Tuần lễ cao điểm", "Tuần lễ hưởng ứng") ends on it.
const LAW_DAY =
  /(?:(?:trong )?tuần (?:cao điểm )?(?:hưởng ứng )?)?(?:(?:nhân|vào|hưởng ứng) )?(?:dịp )?(?:hưởng ứng )?ngày pháp luật(?: nước cộng h(?:òa|oà) xã hội chủ nghĩa)?(?: việt nam)?(?: \(?(?:ngày )?0?9\/11\)?)?/g;
// "Cuối năm 2025" is its December, "cuối quý III/2025" that quarter; "6 tháng cuối năm" and "tuần cuối tháng" are not.
// "Cuối mỗi năm": each December.
const END_OF_YEAR = /(?<!tháng |tuần )cuối (?:(mỗi|hàng) )?năm(?! học)( \d{4})?/g;
const END_OF = /(?<!tháng |tuần )cuối (?=quý|tháng)/g;
// "6 tháng đầu năm và cả năm", "6 tháng, hằng năm", "6 tháng, 01 năm", "6 tháng đầu năm và cuối năm 2026": the
// half-year report and the year's, of the year named.
const HALF_YEAR_AND_YEAR =
  /(?:định kỳ )?(?:6|06|sáu) tháng(?: đầu năm)?(?:,| và) (?:cả |hàng |cuối |0?1 |một )?năm(?: (\d{4}))?$/;
// "Hằng năm, định kỳ 6 tháng", "Định kỳ hằng năm và 6 tháng": the same two reports, the year's named first.
const YEAR_AND_HALF_YEAR = /^(?:định kỳ )?hàng năm(?:,| và) (?:định kỳ )?(?:6|06|sáu) tháng$/;
// "Năm 2026; các năm tiếp theo thực hiện hằng năm", "Năm 2026, những năm tiếp theo": the year and those after it.
const YEARS_AFTER =
  /[,;] (?:và )?(?:những|các) năm tiếp theo(?: (?:tiếp tục )?(?:thực hiện|triển khai))?(?: hàng năm)?$/;
// "Quý I, II, III, IV": each quarter, as "hằng quý".
const EVERY_QUARTER = /quý i, ?ii, ?iii(?:, ?| và )iv(?![\p{L}\d])/u;
// "Hằng quý, 6 tháng, năm", "Báo cáo quý, 6 tháng, năm": the half year's and the year's reports end a quarter too.
const QUARTER_HALF_YEAR_AND_YEAR =
  /^(?:báo cáo |định kỳ )*(?:hàng )?quý(?:,| và) (?:định kỳ )?(?:6|06|sáu) tháng(?:,| và) (?:hàng |cả )?năm$/;
// "Định kỳ hằng tháng, quý, năm", "Báo cáo tháng, quý, 6 tháng, năm": the longer reports end a month too.
const MONTH_AND_LONGER =
  /^(?:báo cáo |định kỳ )*(?:hàng )?tháng(?:,| và) (?:hàng )?quý(?:(?:,| và) (?:6|06|sáu) tháng)?(?:,| và) (?:hàng |cả )?năm$/;
// "Hằng năm theo kế hoạch (của UBND tỉnh)", "Theo Kế hoạch hằng năm", "Hằng năm, thời gian cụ thể theo kế hoạch
// riêng": yearly, each year's plan saying how.
const YEARLY_BY_PLAN =
  /^(?:định kỳ )?hàng năm,? (?:thời gian )?(?:cụ thể )?theo kế hoạch(?: riêng| cụ thể)?(?: của .+)?$|^theo kế hoạch hàng năm$/;
// "Năm 2026: Quý II", a part on its own: the year labels the part after it, as "Quý II năm 2026".
const YEAR_FIRST = /^năm (\d{4}) ?: ?([^;,]+)$/;
// "Các tháng 3, 6, 9, 12 hằng năm": the months, as "Tháng 3, 6, 9, 12 hằng năm".
const MONTHS_LISTED = /^các (?=tháng \d|quý [ivx\d])/;
// "Đợt 1: tháng 5/2026" with no other round, "Cao điểm vào tháng 11 hằng năm": the time follows the round or peak.
// "Tuần lễ cao điểm từ 03/11 đến 09/11/2026": the peak week, its days written.
const ROUND_OR_PEAK =
  /^(?:đợt (?:\d+|[ivx]+|một) ?[:.-]? ?(?!.*đợt)|(?:đợt |tháng )?cao điểm(?: vào)? ?:? ?|tuần (?:lễ )?cao điểm (?=từ |ngày \d|\d))(?=\S)/;
// Ongoing work ("thường xuyên", "liên tục"), and the event it may start with ("ngay sau khi …"): the sources of the
// expressions that read "Ngay sau khi Luật được thông qua và thường xuyên" and "Quý II/2026 và duy trì thường xuyên".
export const ONGOING_SOURCE = '(?:thường xuyên|liên tục)';
export const EVENT_START_SOURCE = '(?:ngay )?(?:sau khi|kể từ khi|từ khi)';

// "Tháng 3/2026 (đợt 1), tháng 9/2026 (đợt 2)": a round's label after its date says nothing of when.
const ROUND_AFTER_DATE = /\s*\((?:đợt|lần) (?:\d+|[ivx]+)\)/giu;
export const withoutRoundLabels = (text: string): string => text.replace(ROUND_AFTER_DATE, '');
// "Suốt năm", "Quanh năm", "Các tháng trong năm": the whole year, as "Năm" alone.
// "Kể từ ngày 01/7/2026": from that day.
const LEADING_PREPOSITIONS =
  /^(?:(?:trong|vào|cả|suốt|quanh(?= năm)|từ nay|kể(?= từ)|các(?= năm)|các tháng(?= trong năm))\s+)+/;
// "Dự kiến Quý III/2025", "Quý III/2025 (dự kiến)": a planned date is still the date the work is due.
const TENTATIVE = /^dự kiến\s+|[,;]? dự kiến$/;
// "Không quá ngày 15/11/2026" is "chậm nhất ngày 15/11/2026"; "chậm nhất trong tháng 10" is the month itself.
// "Chậm nhất là ngày …", "chậm nhất vào ngày …": the same day; "Hoàn thành chậm nhất trong Quý III" the quarter.
const AT_THE_LATEST = /^(?:không quá|không muộn hơn|chậm nhất (?:là|vào)(?= ngày)) /;
const LATEST_WITHIN = /(?<=^|^hoàn thành )(?:chậm nhất|muộn nhất) (?=trong )/;

// "Giai đoạn 1: 2025-2027; Giai đoạn 2: 2028-2030": phases one after another are the years from the first to the last.
const PHASE = /giai đoạn (?:\d|[ivx]+) ?(?::|\() ?(\d{4})-(\d{4})\)?/g;
const PHASES = /^(?:giai đoạn (?:\d|[ivx]+) ?(?::|\() ?\d{4}-\d{4}\)?(?:[;,] |$))+$/;

function phasesAsOneSpan(key: string): string {
  if (!PHASES.test(key)) return key;
  const spans = [...key.matchAll(PHASE)].map(([, from, to]) => [Number(from), Number(to)]);
  const adjoining = spans.every(([from], i) => i === 0 || from === spans[i - 1][1] || from === spans[i - 1][1] + 1);
  return adjoining ? `giai đoạn ${spans[0][0]}-${spans[spans.length - 1][1]}` : key;
}

const withYear = (words: string) => (_all: string, year?: string) => `${words}${year ? ` năm${year}` : ''}`;

// "Đầu năm", "giữa năm" and "đầu quý" name no day: read as the first quarter, June and the quarter's first month, and
// the reading told (interpretTimeframe). A reading with no `as` names its day without a doubt and is not told.
export const PART_READINGS: ReadonlyArray<{
  phrase: string;
  as?: string;
  pattern: RegExp;
  read: (all: string, written?: string) => string;
}> = [
  // A council's year-end and mid-year sessions sit in December and in July.
  ...(
    [
      ['cuối', 'tháng 12'],
      ['giữa', 'tháng 7'],
    ] as const
  ).map(([when, month]) => ({
    phrase: `kỳ họp ${when} năm`,
    as: month,
    pattern: new RegExp(`kỳ họp (?:thường lệ )?${when} năm( \\d{4})?(?: của (?:hđnd|hội đồng nhân dân)[^,;]*)?`, 'g'),
    read: withYear(month),
  })),
  {
    phrase: 'đầu năm',
    as: 'Quý I',
    pattern: /(?<!tháng |tuần |ngày |nửa )đầu năm(?! học)( \d{4})?/g,
    read: withYear('quý i'),
  },
  {
    phrase: 'giữa năm',
    as: 'tháng 6',
    pattern: /(?<!tháng |tuần |kỳ họp |thường lệ )giữa năm(?! học)( \d{4})?/g,
    read: withYear('tháng 6'),
  },
  {
    phrase: 'đầu quý',
    as: 'tháng đầu của quý',
    pattern: /(?<!tháng |tuần )đầu qu[ýí] (iv|i{1,3}|[1-4])(?![\p{L}\d])/gu,
    read: (_all, quarter = '') => `tháng ${((quarterNumber(quarter) ?? 1) - 1) * 3 + 1}`,
  },
  // Like "thượng tuần" (the first ten days) and the middle of the month, due the 10th and the 15th.
  {
    phrase: 'đầu tháng',
    as: 'mười ngày đầu tháng',
    pattern: /(?<!tuần |từ |ngày )đầu tháng (\d{1,2})(?!\d)/g,
    read: (_all, month = '') => `ngày 10/${month}`,
  },
  {
    phrase: 'giữa tháng',
    as: 'ngày 15',
    pattern: /(?<!tuần )giữa tháng (\d{1,2})(?!\d)/g,
    read: (_all, month = '') => `ngày 15/${month}`,
  },
  // A month's thirds: "thượng tuần" days 1–10, "trung tuần" 11–20, "hạ tuần" 21 to its end, each due when it ends.
  {
    phrase: 'thượng tuần',
    pattern: /thượng tuần (?:của )?tháng (\d{1,2})(?!\d)/g,
    read: (_all, month = '') => `ngày 10/${month}`,
  },
  {
    phrase: 'trung tuần',
    pattern: /trung tuần (?:của )?tháng (\d{1,2})(?!\d)/g,
    read: (_all, month = '') => `ngày 20/${month}`,
  },
  { phrase: 'hạ tuần', pattern: /hạ tuần (?:của )?(?=tháng \d)/g, read: () => '' },
];

const readParts = (key: string): string =>
  PART_READINGS.reduce((text, { pattern, read }) => text.replace(pattern, read), key);

export function toDisplay(text: string): string {
  return text
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/(\d)\s*([-/])\s*(\d)/g, '$1$2$3')
    .trim()
    .replace(/[\s.;,:]+$/, '');
}

/** The words of a time frame in lower case, a week ("tuần lễ") named one way. */
export const wordsOf = (display: string): string => display.toLowerCase().replace(/tuần lễ/g, 'tuần');

export const toPlainKey = (display: string): string =>
  display
    .toLowerCase()
    .replace(LEADING_LABEL, '')
    .replace(TENTATIVE, '')
    .replace(LEADING_VERBS, '')
    .replace(LEADING_PREPOSITIONS, '');

// "31-12-2026", "09.11.2026", "Tháng 12.2026": a date written with dashes or dots, as with slashes.
const DATE_APART = /(?<![\d/.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?![\d/.-])/g;
const MONTH_APART = /(tháng \d{1,2})[.-](?=\d{4}(?![\d/.-]))/g;
// "T3/2026": a month abbreviated, as "Q2/2026" a quarter.
const MONTH_ABBREVIATED = /(?<![\p{L}\d])t(\d{1,2})\/(?=\d{4}(?![\d/]))/gu;
// "Từ ngày 01 đến ngày 15/11/2026", "Từ 01 - 15/11/2026": days of one month, the month written once at the end.
const DAYS_OF_ONE_MONTH =
  /(từ (?:ngày )?)(\d{1,2})( ?(?:-|đến) ?(?:ngày )?)(\d{1,2})\/(\d{1,2}(?:\/\d{4})?)(?![\d/])/gu;
// "Trước ngày 15/11 của năm": of each year; "tháng 10 của năm 2026": of that one.
const OF_THE_YEAR = / của năm(?: (\d{4}))?(?! học)(?![\p{L}\d])/gu;
// "Hằng năm, từ năm học 2026-2027 đến năm học 2029-2030": the school years say it is yearly already.
const YEARLY_OVER_SCHOOL_YEARS = /^hàng năm,? (?=(?:từ|các) năm học \d{4}-\d{4})/;
// "Nửa đầu năm 2026", "nửa cuối năm": the first or last six months.
const HALF_OF_YEAR = /(?<![\p{L}\d])nửa (đầu|cuối) năm/gu;

export function toKey(display: string): string {
  return (
    readParts(
      phasesAsOneSpan(
        withoutRoundLabels(
          wordsOf(display)
            .replace(LEADING_LABEL, '')
            .replace(DATE_APART, '$1/$3/$4')
            .replace(MONTH_APART, '$1/')
            .replace(HALF_OF_YEAR, '6 tháng $1 năm')
            .replace(OF_THE_YEAR, (_all, year?: string) => (year ? ` năm ${year}` : ' hàng năm'))
            .replace(MONTH_ABBREVIATED, 'tháng $1/')
            .replace(DAYS_OF_ONE_MONTH, '$1$2/$5$3$4/$5'),
        ),
      )
        .replace(TENTATIVE, '')
        .replace(AT_THE_LATEST, 'chậm nhất ')
        .replace(LATEST_WITHIN, '')
        .replace(YEAR_FIRST, '$2 năm $1')
        .replace(MONTHS_LISTED, '')
        .replace(ROUND_OR_PEAK, ''),
    )
      .replace(CLAUSE_VERBS, ', ')
      .replace(CLAUSE_PREPOSITIONS, ', ')
      .replace(ONCE_EACH, (_all, ...units: Array<string | undefined>) => `hàng ${units.slice(0, 4).find(Boolean)}`)
      .replace(TIMES_A_YEAR_IN, (_all, inBrackets?: string, after?: string) => `${inBrackets ?? after} hàng năm`)
      .replace(TWICE_A_YEAR, 'định kỳ 6 tháng')
      .replace(HALF_YEAR_AND_YEAR_REPORTS, (_all, ...groups: Array<string | undefined>) => {
        const [halfYear, year] = groups.slice(0, 6).filter((day) => day !== undefined);
        return `trước ngày ${halfYear} và ngày ${year} hàng năm`;
      })
      .replace(/hằng (năm|quý|tháng|tuần)/g, 'hàng $1')
      .replace(YEARLY_OVER_SCHOOL_YEARS, '')
      .replace(YEAR_AND_HALF_YEAR, 'định kỳ 6 tháng và hàng năm')
      .replace(/^hàng năm(?:,| và) (thường xuyên|liên tục)$/, '$1 hàng năm')
      .replace(/quí/g, 'quý')
      .replace(YEARS_AFTER, ' và các năm tiếp theo')
      .replace(EVERY_QUARTER, 'hàng quý')
      .replace(QUARTER_HALF_YEAR_AND_YEAR, 'hàng quý')
      .replace(MONTH_AND_LONGER, 'hàng tháng')
      .replace(YEARLY_BY_PLAN, 'hàng năm')
      .replace(/(^|\s)q([1-4]|iv|i{1,3})(?=\/| năm)/g, '$1quý $2')
      .replace(/(quý (?:iv|i{1,3}|[1-4]))-(?=\d{4})/g, '$1/')
      // "10/2025", "Từ 01/2025 đến 12/2025": a month and its year, with no day before them.
      .replace(/(?<!(?:tháng|quý) (?:[\divx]+(?:, ?| và | ?- ?))*|[\d/])(\d{1,2})\/(\d{4})(?![\d/])/g, 'tháng $1/$2')
      .replace(/ đến hết (ngày|tháng|quý) /g, ' đến $1 ')
      // "Từ tháng 4/2025 đến hết năm 2025": to its December.
      .replace(/^(từ tháng \d{1,2}\/\d{4}) đến (?:hết )?năm (\d{4})$/, '$1 đến tháng 12/$2')
      .replace(/ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/g, (_all, d: string, m: string, y?: string) =>
        y ? `ngày ${d}/${m}/${y}` : `ngày ${d}/${m}`,
      )
      .replace(HALF_YEAR_AND_YEAR, (_all, year?: string) =>
        year ? `định kỳ 6 tháng, năm ${year}` : 'định kỳ 6 tháng và hàng năm',
      )
      .replace(LAW_DAY, 'ngày 09/11')
      // "Trước và trong Ngày Pháp luật": work done by the day.
      .replace(/^trước(?:,| và) trong (?=ngày 09\/11)/, '')
      .replace(/(?:(?:nhân|vào) )?dịp (?=\d)/g, 'ngày ')
      .replace(/(\d{1,2}\/\d{1,2}),? năm (\d{4})/g, '$1/$2')
      .replace(END_OF_YEAR, (_all, each?: string, year?: string) =>
        each ? 'tháng 12 hàng năm' : year ? `tháng 12 năm${year}` : 'tháng 12',
      )
      .replace(END_OF, '')
      .replace(LEADING_VERBS, '')
      .replace(LEADING_PREPOSITIONS, '')
      // "Cả giai đoạn", "Toàn giai đoạn": the plan's whole span, each year of it.
      .replace(/^(?:toàn )?giai đoạn$/, 'hàng năm')
  );
}

export const ROMAN_QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function quarterNumber(token: string): number | null {
  const quarter = ROMAN_QUARTERS[token] ?? Number(token);
  return Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : null;
}

/** The year written, or the plan's year when the plan spans exactly one year. */
export function resolveYear(written: string | undefined, context: TimeframeContext): number | null {
  if (written !== undefined) return Number(written);
  const { from, to } = context.planPeriod ?? {};
  return from !== undefined && from === to ? from : null;
}

export const unrecognised = (input: TimeframeInput, warning: string): InterpretedTimeframe => ({
  schedule: { kind: 'unrecognised', text: input.text },
  warnings: [warning],
});

export function missingYear(input: TimeframeInput): InterpretedTimeframe {
  const { from, to } = input.context.planPeriod ?? {};
  const plan = from === undefined && to === undefined ? 'không ghi năm thực hiện' : 'kéo dài hơn một năm';
  return unrecognised(input, `“${input.display}” không ghi năm, và kế hoạch ${plan}`);
}

/** A reading that lists the plan's years ("2 năm một lần", Tết each year) needs them, and the plan gave none. */
export const missingPlanYears = (input: TimeframeInput): InterpretedTimeframe =>
  unrecognised(input, `“${input.display}” cần năm đầu và năm cuối của kế hoạch để đọc`);
