import { isTaskTableHeading } from '../tables/column-roles';
import { textLayerPdf } from '../testing/pdf-documents';
import { readPdfPages } from './pdf-pages';
import { pdfTextWithTables } from './pdf-tables';

const HEADINGS = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
const WIDTHS = [35, 160, 90, 110, 88];
const isTableHeading = isTaskTableHeading;

async function recovered(rows: string[][], after = 'Nơi nhận: như trên.'): Promise<string> {
  const pdf = await textLayerPdf([
    { paragraph: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ' },
    { table: { headings: HEADINGS, widths: WIDTHS, rows } },
    { paragraph: after },
  ]);
  return pdfTextWithTables(await readPdfPages(pdf, 50), { isTableHeading });
}

const pipeRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

describe('pdfTextWithTables', () => {
  it('writes a ruled table as a pipe table, wrapped cells and headings joined, with the text around it kept', async () => {
    const rows = [
      [
        '1',
        'Tổ chức tuyên truyền, phổ biến Luật Đất đai năm 2024 cho cán bộ, công chức, viên chức và người dân',
        'Sở Tư pháp',
        'Các sở, ban, ngành; UBND các huyện, thành phố',
        'Quý III năm 2024',
      ],
      ['2', 'Đăng tải tài liệu', 'Sở Nội vụ', 'Sở Tư pháp', 'Hằng năm'],
    ];
    const text = await recovered(rows);
    expect(text).toContain([pipeRow(HEADINGS), '|---|---|---|---|---|', ...rows.map(pipeRow)].join('\n'));
    expect(text.trim().startsWith('PHỤ LỤC: DANH MỤC NHIỆM VỤ')).toBe(true);
    expect(text.trim().endsWith('Nơi nhận: như trên.')).toBe(true);
  });

  it('keeps a table that runs over several pages, its heading repeated, as one table with every row', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      `Nhiệm vụ số ${i + 1}: rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh`,
      i % 2 === 0 ? 'Sở Tư pháp' : 'Công an tỉnh',
      'Các cơ quan, đơn vị có liên quan',
      'Trước ngày 15/12 hằng năm',
    ]);
    const text = await recovered(rows);
    const tableLines = text.split('\n').filter((line) => line.startsWith('|'));
    expect(tableLines).toEqual([pipeRow(HEADINGS), '|---|---|---|---|---|', ...rows.map(pipeRow)]);
  });

  it('leaves text alone when no heading row is a table heading', async () => {
    const pdf = await textLayerPdf([
      { paragraph: 'Kế hoạch' },
      { table: { headings: ['A', 'B', 'C'], widths: [100, 100, 100], rows: [['1', '2', '3']] } },
    ]);
    const text = pdfTextWithTables(await readPdfPages(pdf, 5), { isTableHeading });
    expect(text).not.toContain('|');
    expect(text).toContain('Kế hoạch');
  });
});
