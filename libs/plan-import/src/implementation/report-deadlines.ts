import { startsWithHead } from '../agencies/agency-lexicon';
import { clauseSubject } from '../agencies/prose-agencies';
import { firstVerbIndex } from '../agencies/verbs';
import { type ReportDeadlineDraft } from '../plan-draft';
import { splitSentences } from '../text/sentences';

/** A passage with the agency it belongs to when the passage itself names none. */
export interface AttributedPassage {
  owner: string | null;
  text: string;
}

// A written date says more than "định kỳ" in the same sentence ("định kỳ báo cáo … trước ngày 05/11 hằng năm"); a
// sentence may name two ("6 tháng (trước ngày 10/6) và năm (trước ngày 10/11)").
// Days listed together ("trước ngày 10/6 và 10/11") are one deadline, as written.
// "ngày 15 của tháng cuối quý": a day of each quarter's last month.
const DAY = String.raw`(?:\d{1,2}\/\d{1,2}(?:\/\d{4}| (?:hàng|hằng) năm)?|\d{1,2} tháng \d{1,2}(?: năm \d{4})?|\d{1,2} (?:của )?tháng cuối quý)`;
// "trước 15/11/2026": the word "ngày" is sometimes left out; "trong tháng 11/2026": due within a month, when said
// after the report (before it, the month is the work's).
const DATED_TIMING = new RegExp(
  String.raw`(?:trước|chậm nhất(?: là| vào)?)(?: ngày)? ${DAY}(?: và (?:ngày )?${DAY})*|(?:trong|vào)(?<=báo cáo.*) tháng \d{1,2}\/\d{4}`,
  'giu',
);
const TIMING =
  /trong thời hạn [^,;.]+(?:, kể từ [^,;.]+)?|định kỳ(?: (?:hàng|hằng) (?:năm|quý|tháng)| \d+ tháng)?|đột xuất theo yêu cầu/iu;
// "gửi kết quả tự kiểm tra về Sở Tư pháp trước ngày …" reports too; the results of a contest are sent, not reported.
const REPORTS = /báo cáo|gửi kết quả (?:thực hiện|(?:tự )?kiểm tra)/iu;
const PROBLEM_REPORT = /khó khăn|vướng mắc/iu;
const RECURRING = /định kỳ|(?:hàng|hằng) (?:năm|quý|tháng)|tháng cuối quý/iu;
// What follows a recipient's name: when, why or by what rule it is sent.
// A timing in parentheses ends it too ("về Sở Tư pháp (trước ngày 10/6)"), as does any note there ("(báo cáo 6 tháng
// …)", "(qua địa chỉ thư điện tử …)"); a body there is its own ("(qua Sở …)", "(thông qua Sở …)", "Hội đồng (Sở Tư
// pháp)").
const AFTER_RECIPIENT = String.raw`\s+\(?(?:trước|trong tháng|chậm nhất|để|tổng hợp|trong thời hạn|theo quy định|theo yêu cầu)(?![\p{L}\d])|\s+\((?!(?:thông )?qua\s+\p{Lu})(?=\p{Ll})`;
// "gửi báo cáo kết quả thực hiện về Sở Tư pháp": what is sent may come between "gửi" and "về". A duty bulleted under
// its agency opens with the verb: "Gửi …", "Báo cáo …". "Theo đề cương gửi kèm": what is sent along, to no one;
// "Thời gian gửi báo cáo: …", "gửi trước ngày …": when, to no one named. A colon ends a recipient ("…: trước ngày …").
const SENT_TO = new RegExp(
  String.raw`[gG]ửi(?!\s+kèm)(?:\s+(?:báo cáo|kết quả)[^,;.]*?\s+(?:về|cho|đến)|\s+(?:về|cho|đến))?\s+(?!(?:báo cáo|kết quả|trước|chậm nhất|trong|vào)(?!\p{L}))(.+?)(?=${AFTER_RECIPIENT}|[,;.:]|$)`,
  'u',
);
// "gửi báo cáo kết quả thực hiện (qua Sở Tư pháp)", "báo cáo kết quả (qua Sở Tư pháp) … để tổng hợp, báo cáo UBND
// tỉnh": sent through the office, which gathers them; whom it reports to afterwards is its own report. Not "báo cáo
// UBND tỉnh (qua Sở Tư pháp)", which names whom the report is for.
const SENT_THROUGH =
  /(?:[gG]ửi\s+(?:báo cáo|kết quả)|[bB]áo cáo(?!\s+\p{Lu}))(?:(?!\s(?:về|cho|đến)\s)[^,;.()])*\((?:thông )?qua\s+([^()]+)\)/u;
const REPORT_ABOUT = new RegExp(String.raw`[bB]áo cáo[^;.]*?\svề\s+(.+?)(?=${AFTER_RECIPIENT}|[,;.:]|$)`, 'u');
// "báo cáo Ủy ban nhân dân tỉnh, Bộ Tư pháp kết quả thực hiện": the recipients end where what is reported begins.
const REPORT_TO = new RegExp(
  String.raw`[bB]áo cáo\s+(\p{Lu}.+?(?:\s+\((?:thông )?qua\s+[^()]+\))?)(?=${AFTER_RECIPIENT}|\s+(?:kết quả|tình hình|việc)\s|\s+\(|[;.]|$)`,
  'u',
);

// ", giáo dục pháp luật" after "Phòng Phổ biến": the rest of a name that holds a comma, up to what ends a recipient.
const NAME_GOES_ON = new RegExp(String.raw`^,\s+([^,;.]+?)(?=${AFTER_RECIPIENT}|[,;.]|$)`, 'u');

/** The recipient as matched, with the parts after its commas that continue its name rather than start another. */
function wholeName(sentence: string, end: number, name: string): string {
  const more = NAME_GOES_ON.exec(sentence.slice(end));
  if (more === null || startsWithHead(more[1]) || firstVerbIndex(more[1]) >= 0) return name;
  return wholeName(sentence, end + more[0].length, `${name}, ${more[1]}`);
}

function recipient(sentence: string): string | null {
  const through = SENT_THROUGH.exec(sentence);
  if (through !== null) return through[1].trim();
  for (const pattern of [SENT_TO, REPORT_ABOUT, REPORT_TO]) {
    const m = pattern.exec(sentence);
    if (m !== null) return wholeName(sentence, m.index + m[0].length, m[1].trim());
  }
  return null;
}

/**
 * Who reports: the subject after a timing that opens the sentence, else of the clause that holds the timing ("X là đầu
 * mối …; các đơn vị báo cáo … trước ngày …"), else of the sentence.
 */
function reporter(sentence: string, timing: RegExpMatchArray, owner: string | null): string | null {
  const at = timing.index ?? 0;
  const rest = sentence.slice(at + timing[0].length).replace(/^[,\s]+/, '');
  const atStart = at === 0 ? clauseSubject(rest) : null;
  const clause = sentence.slice(sentence.lastIndexOf(';', at) + 1).trimStart();
  return atStart ?? clauseSubject(clause) ?? clauseSubject(sentence) ?? owner;
}

// "… về Sở Tư pháp trước ngày 20/11 để tổng hợp, báo cáo UBND tỉnh trước ngày 10/12": the gathering office's own
// report, onward, by the later day.
const ONWARD = /để tổng hợp,?\s+báo cáo\s+(\p{Lu}[^,;.()]*?)\s*$/u;

// "trước ngày 30/6/2028": a day with its year falls once, whatever the sentence says of the other reports.
const WITH_YEAR = /\d{1,2}\/\d{1,2}\/\d{4}|năm \d{4}/u;

/** A timing recurs when it says so, or, with no year of its own, when its sentence does ("hằng năm … trước ngày 05/12"). */
const recurs = (timing: string, sentence: string): boolean =>
  RECURRING.test(timing) || (!WITH_YEAR.test(timing) && RECURRING.test(sentence));

/** Every reporting obligation with a stated timing; "report problems as they arise" clauses are left out. */
export function findReportDeadlines(passages: readonly AttributedPassage[]): ReportDeadlineDraft[] {
  const found: ReportDeadlineDraft[] = [];
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.text)) {
      if (!REPORTS.test(sentence) || PROBLEM_REPORT.test(sentence)) continue;
      const dated = [...sentence.matchAll(DATED_TIMING)];
      const undated = dated.length === 0 ? TIMING.exec(sentence) : null;
      const to = recipient(sentence);
      let after = 0;
      for (const timing of undated === null ? dated : [undated]) {
        const at = timing.index ?? 0;
        const onward = ONWARD.exec(sentence.slice(after, at));
        found.push({
          who: onward !== null && to !== null ? to : reporter(sentence, timing, passage.owner),
          to: onward !== null && to !== null ? onward[1] : to,
          deadline: timing[0],
          recurring: recurs(timing[0], sentence),
        });
        after = at + timing[0].length;
      }
    }
  }
  return found;
}
