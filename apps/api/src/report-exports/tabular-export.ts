import { type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type IsoDate, dateParts, formatVietnamese } from '@dondoc/domain';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type CellValue = string | number | IsoDate | null;

export interface ExportColumn<R> {
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  kind: 'text' | 'integer' | 'decimal' | 'date';
  value: (row: R) => CellValue;
}

/** A table as an office sends it: a title, what it covers, a header row and the rows, then its totals. */
export interface TabularExport<R> {
  fileName: string;
  sheetName: string;
  title: string;
  /** Lines under the title: the plan, the day the figures stand at, the day it was drawn up. */
  subtitle: string[];
  columns: Array<ExportColumn<R>>;
  rows: AsyncIterable<R>;
  /** Read once the rows are written: label and value pairs. */
  totals?: () => Array<[string, CellValue]>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** `attachment`, with the Vietnamese name for browsers that read RFC 5987 and a plain one for those that do not. */
export function contentDisposition(fileName: string): string {
  const plain = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(fileName.normalize('NFC'))}`;
}

export function writeExport<R>(format: ExportFormat, table: TabularExport<R>, out: Writable): Promise<void> {
  return format === 'xlsx' ? writeXlsx(table, out) : writeCsv(table, out);
}

const DATE_FORMAT = 'dd/mm/yyyy';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Streamed row by row (no shared strings), so a 100,000-row workbook never sits in memory whole. */
async function writeXlsx<R>(table: TabularExport<R>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'dondoc';
  const headerRow = table.subtitle.length + 3;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  const last = table.columns.length;

  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, last);
  title.commit();
  for (const line of table.subtitle) {
    const row = sheet.addRow([line]);
    row.font = { italic: true };
    sheet.mergeCells(row.number, 1, row.number, last);
    row.commit();
  }
  sheet.addRow([]).commit();
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  header.commit();

  for await (const item of table.rows) {
    const row = sheet.addRow(table.columns.map((column) => excelValue(column, column.value(item))));
    table.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: column.kind === 'text' };
      if (column.kind === 'date') cell.numFmt = DATE_FORMAT;
      if (column.kind === 'decimal') cell.numFmt = '0.0';
    });
    row.commit();
  }

  const totals = table.totals?.() ?? [];
  if (totals.length > 0) sheet.addRow([]).commit();
  for (const [label, value] of totals) {
    const row = sheet.addRow([label, value]);
    row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

function excelValue<R>(column: ExportColumn<R>, value: CellValue): string | number | Date | null {
  if (value === null || column.kind !== 'date') return value;
  const { year, month, day } = dateParts(value as IsoDate);
  // Excel dates have no time zone: midnight UTC is the day itself.
  return new Date(Date.UTC(year, month - 1, day));
}

/** UTF-8 with a byte-order mark, so Excel opens the Vietnamese as written; dates as dd/mm/yyyy. */
async function writeCsv<R>(table: TabularExport<R>, out: Writable): Promise<void> {
  await write(out, `\uFEFF${csvLine(table.columns.map((column) => column.header))}`);
  for await (const item of table.rows) {
    await write(out, csvLine(table.columns.map((column) => csvValue(column, column.value(item)))));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function csvValue<R>(column: ExportColumn<R>, value: CellValue): string {
  if (value === null) return '';
  return column.kind === 'date' ? formatVietnamese(value as IsoDate) : String(value);
}

const csvLine = (cells: string[]): string =>
  `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`;

/** Waits for the stream to drain when it asks to, so a slow client holds the export back instead of memory. */
function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk, 'utf8')) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    out.once('error', fail);
    out.once('drain', () => {
      out.off('error', fail);
      resolve();
    });
  });
}
