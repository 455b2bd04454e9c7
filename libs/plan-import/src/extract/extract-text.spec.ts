import { buildDocx, buildPdf } from '../../../../test/fixtures/plan-import/document-builders';
import { extractText } from './extract-text';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { docxWithMacros, pdfWithPages, zipBombDocx } from './testing/hostile-documents';

async function errorCode(promise: Promise<string>): Promise<PlanImportErrorCode | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof PlanImportException ? error.code : null;
  }
}

describe('extractText', () => {
  it('reads UTF-8 .txt and .md and returns NFC text', async () => {
    const decomposed = 'Sở Y tế'.normalize('NFD');
    await expect(extractText(Buffer.from(`\uFEFF${decomposed}`), 'ke-hoach.txt')).resolves.toBe('Sở Y tế');
    await expect(extractText(Buffer.from('**KẾ HOẠCH**'), 'text/markdown')).resolves.toBe('**KẾ HOẠCH**');
  });

  it('reads the paragraphs of a .docx', async () => {
    const docx = buildDocx(['KẾ HOẠCH', 'Đơn vị chủ trì: Sở Y tế']);
    const text = await extractText(docx, 'ke-hoach.docx');
    expect(text).toContain('Đơn vị chủ trì: Sở Y tế');
  });

  it('reads the text layer of a PDF', async () => {
    const text = await extractText(buildPdf(['KE HOACH', 'Thoi gian thuc hien: Quy II nam 2025']), 'plan.pdf');
    expect(text).toContain('Quy II nam 2025');
  });

  it('refuses a PDF without a text layer as a scan, for OCR to read', async () => {
    const promise = extractText(buildPdf([]), 'application/pdf');
    await expect(promise).rejects.toThrow(/no text layer: it is a scan/);
    expect(await errorCode(extractText(buildPdf([]), 'scan.pdf'))).toBe(PlanImportErrorCode.NoTextLayer);
  });

  it('reads a PDF of 300 pages and refuses one of 301, naming the cap', async () => {
    const text = await extractText(pdfWithPages(300), 'plan.pdf');
    expect(text.match(/KE HOACH/g)).toHaveLength(300);
    await expect(extractText(pdfWithPages(301), 'plan.pdf')).rejects.toThrow('The PDF has 301 pages; at most 300');
    expect(await errorCode(extractText(pdfWithPages(301), 'plan.pdf'))).toBe(PlanImportErrorCode.TooManyPages);
  });

  it('refuses a .docx zip bomb before unpacking it', async () => {
    expect(await errorCode(extractText(zipBombDocx(100), 'ke-hoach.docx'))).toBe(
      PlanImportErrorCode.DocumentTooLargeUnpacked,
    );
  });

  it('reads the text of a .docx carrying macros, and nothing of the macros', async () => {
    const text = await extractText(docxWithMacros(['KẾ HOẠCH', 'Sở Tư pháp chủ trì']), 'ke-hoach.docx');
    expect(text).toContain('Sở Tư pháp chủ trì');
    expect(text).not.toContain('AutoOpen');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'a.txt', PlanImportErrorCode.EmptyFile],
    ['a whitespace-only file', Buffer.from(' \n\n '), 'a.md', PlanImportErrorCode.EmptyFile],
    [
      'binary bytes named .txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'a.txt',
      PlanImportErrorCode.BinaryContent,
    ],
    ['invalid UTF-8', Buffer.from([0xc3, 0x28, 0x41]), 'a.txt', PlanImportErrorCode.BinaryContent],
    ['an unknown extension', Buffer.from('x'), 'a.xlsx', PlanImportErrorCode.UnsupportedFormat],
    ['a corrupt .docx', Buffer.from('not a zip'), 'a.docx', PlanImportErrorCode.CorruptFile],
  ])('rejects %s with a typed error', async (_name, buffer, name, code) => {
    expect(await errorCode(extractText(buffer, name))).toBe(code);
  });
});
