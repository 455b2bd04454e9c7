import * as CFB from 'cfb';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parsePlanText } from '../parse-plan-text';
import { type PlanTaskDraft } from '../plan-draft';
import { word97Document } from '../testing/word97-document';
import { buildDocx, buildPdf } from '../../../../test/fixtures/plan-import/document-builders';
import { docText, isOleCompoundFile } from './doc-text';
import { DEFAULT_EXTRACTION_LIMITS } from './extraction-limits';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const seedTexts = readdirSync(SEEDS)
  .filter((file) => /^00[013]_.*\.txt$/.test(file))
  .map((file) => ({ file, text: readFileSync(path.join(SEEDS, file), 'utf8') }));

const read = (doc: Buffer) => docText(doc, DEFAULT_EXTRACTION_LIMITS);
const asWordParagraphs = (text: string) => text.replace(/\n/g, '\r');
const taskFacts = (tasks: PlanTaskDraft[]) =>
  tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe }));

async function failure(promise: Promise<string>): Promise<{ code: PlanImportErrorCode; message: string } | string> {
  try {
    return `resolved: ${await promise}`;
  } catch (error) {
    if (error instanceof PlanImportException) return { code: error.code, message: error.message };
    throw error;
  }
}

/** The .doc with its WordDocument stream changed, re-packed in a fresh compound file. */
function withWordDocument(doc: Buffer, change: (stream: Buffer) => void): Buffer {
  const container = CFB.read(doc, { type: 'buffer' });
  const entry = CFB.find(container, 'WordDocument');
  if (entry === null) throw new Error('no WordDocument stream');
  const stream = Buffer.from(entry.content);
  change(stream);
  entry.content = stream;
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

const SAMPLE = 'KẾ HOẠCH\rTuyên truyền, phổ biến pháp luật năm 2025\rCơ quan chủ trì: Sở Tư pháp\r';

describe('docText', () => {
  it.each(seedTexts)('reads $file back as the seed text, with the same tasks', async ({ text }) => {
    const fromDoc = await read(word97Document(asWordParagraphs(text)));

    expect(fromDoc).toBe(text.trimEnd());
    const expected = taskFacts(parsePlanText(text).tasks);
    expect(expected.length).toBeGreaterThan(0);
    expect(taskFacts(parsePlanText(fromDoc).tasks)).toEqual(expected);
  });

  it('keeps Vietnamese diacritics and đ byte-exact, composing decomposed text to NFC', async () => {
    const vietnamese =
      'Đẩy mạnh ứng dụng; Ủy ban nhân dân tỉnh Lạng Sơn; Sở Văn hóa, Thể thao và Du lịch; đồng bào dân tộc';
    const decomposed = vietnamese.normalize('NFD');
    expect(decomposed).not.toBe(vietnamese);

    const text = await read(word97Document(`${vietnamese}\r${decomposed}\r`));

    expect(Buffer.from(text, 'utf8')).toEqual(Buffer.from(`${vietnamese}\n${vietnamese}`, 'utf8'));
  });

  it('keeps dashes and quotes as typed, not as the ASCII look-alikes', async () => {
    const text = await read(
      word97Document('Phòng Thông tin – Báo chí – Xuất bản, giai đoạn 2025 – 2030, “Ngày Pháp luật”\r'),
    );
    expect(text).toBe('Phòng Thông tin – Báo chí – Xuất bản, giai đoạn 2025 – 2030, “Ngày Pháp luật”');
  });

  it('turns line and page breaks into newlines, keeps field results and drops field codes and stray marks', async () => {
    const doc = word97Document(
      'Trang \x13 PAGE \x14' +
        '3\x15 của kế hoạch\x0bdòng mới\x0ctrang mới\r' +
        'Cổng \x13 HYPERLINK "https://stp.laichau.gov.vn" \x14thông tin\x15 điện tử\x13 TOC \x15\r' +
        'phổ\x1fbiến, tuyên\x1etruyền\x14 dở\x15 dang\r',
    );
    expect(await read(doc)).toBe(
      'Trang 3 của kế hoạch\ndòng mới\ntrang mới\nCổng thông tin điện tử\nphổbiến, tuyên-truyền dở dang',
    );
  });

  it('renders a table as Markdown pipe rows, as .docx tables read, and a one-cell frame as its text', async () => {
    const doc = word97Document(
      'Phụ lục\rSTT\x07Nội dung\x07Cơ quan chủ trì\x07\r1\x07Tuyên truyền\x07Sở Tư pháp\x07\r' +
        '2\x07\x07Sở Y tế | Sở Nội vụ\x07\r3\x07Tổng kết\x07\rSau bảng\rỦY BAN NHÂN DÂN TỈNH LAI CHÂU\x07\r',
    );
    expect(await read(doc)).toBe(
      [
        'Phụ lục',
        '| STT | Nội dung | Cơ quan chủ trì |',
        '| --- | --- | --- |',
        '| 1 | Tuyên truyền | Sở Tư pháp |',
        '| 2 |  | Sở Y tế \\| Sở Nội vụ |',
        '| 3 | Tổng kết |  |',
        'Sau bảng',
        'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      ].join('\n'),
    );
  });

  it('gives a plan whose tasks sit in a Word table the same tasks as the plan with a Markdown table', async () => {
    const head = [
      'SỞ TƯ PHÁP',
      'Số: 21/KH-STP Điện Biên, ngày 10 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Phổ biến, giáo dục pháp luật năm 2025',
      'Thực hiện Kế hoạch số 5/KH-UBND ngày 03/01/2025 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:',
      'Các nhiệm vụ cụ thể như sau:',
    ];
    const rows = [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
      [
        '1',
        'Tổ chức hội nghị phổ biến Luật Đất đai',
        'Phòng Phổ biến, giáo dục pháp luật',
        'Công an tỉnh',
        'Quý II năm 2025',
      ],
      ['2', 'Biên soạn tài liệu hỏi đáp pháp luật', 'Phòng Phổ biến, giáo dục pháp luật', '', 'Quý III năm 2025'],
    ];
    const markdown = rows.map((cells) => `| ${cells.join(' | ')} |`);
    markdown.splice(1, 0, '|---|---|---|---|---|');
    const expected = taskFacts(parsePlanText([...head, ...markdown].join('\n')).tasks);

    const doc = word97Document(
      [...head, ...rows.map((cells) => cells.map((cell) => `${cell}\x07`).join(''))].join('\r'),
    );

    expect(expected.map((task) => task.timeframe)).toEqual(['Quý II năm 2025', 'Quý III năm 2025']);
    expect(taskFacts(parsePlanText(await read(doc)).tasks)).toEqual(expected);
  });

  it('refuses a truncated .doc as corrupt', async () => {
    const doc = word97Document(asWordParagraphs(seedTexts[0].text));
    for (const length of [100, 600, Math.floor(doc.length / 2), doc.length - 512]) {
      expect(await failure(read(doc.subarray(0, length)))).toMatchObject({ code: PlanImportErrorCode.CorruptFile });
    }
  });

  it.each([
    ['its magic number', 0x0000],
    ['the flag naming its table stream', 0x000b],
    ['the place of its piece table', 0x01a2],
  ])('refuses a .doc with a bit flipped in %s of the FIB as corrupt', async (_field, offset) => {
    const doc = withWordDocument(word97Document(SAMPLE), (stream) => {
      stream[offset] ^= 0x02;
    });
    expect(await failure(read(doc))).toMatchObject({ code: PlanImportErrorCode.CorruptFile });
  });

  it('refuses a password-protected .doc, saying so', async () => {
    const doc = withWordDocument(word97Document(SAMPLE), (stream) => {
      stream.writeUInt16LE(stream.readUInt16LE(0x0a) | 0x0100, 0x0a);
    });
    const outcome = await failure(read(doc));
    expect(outcome).toMatchObject({ code: PlanImportErrorCode.PasswordProtected });
    expect(outcome).toMatchObject({ message: expect.stringMatching(/password/) });
  });

  it('refuses a password-protected .docx (a compound file holding the encrypted package), saying so', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.alloc(300, 0x04));
    CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(9000, 0xa7));
    const encrypted = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    expect(await failure(read(encrypted))).toMatchObject({
      code: PlanImportErrorCode.PasswordProtected,
      message: expect.stringMatching(/password/),
    });
  });

  it('refuses a Word 6/95 document as unsupported, asking for a newer format', async () => {
    const doc = withWordDocument(word97Document(SAMPLE), (stream) => stream.writeUInt16LE(0x0068, 0x02));
    expect(await failure(read(doc))).toMatchObject({
      code: PlanImportErrorCode.UnsupportedFormat,
      message: expect.stringMatching(/Word 97/),
    });
  });

  it('refuses a compound file without a Word document (an Excel workbook) as unsupported', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/Workbook', Buffer.alloc(5000, 0x09));
    const workbook = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    expect(await failure(read(workbook))).toMatchObject({ code: PlanImportErrorCode.UnsupportedFormat });
  });

  it('refuses bytes that are no compound file (an RTF named .doc) as unsupported', async () => {
    const rtf = Buffer.from('{\\rtf1\\ansi KẾ HOẠCH}', 'utf8');
    expect(await failure(read(rtf))).toMatchObject({ code: PlanImportErrorCode.UnsupportedFormat });
  });

  it.each([
    ['its directory', 48],
    ['its first FAT sector', 76],
    ['its mini stream cutoff', 56],
  ])('refuses a .doc whose header names no %s, without crashing', async (_field, offset) => {
    const doc = Buffer.from(word97Document(SAMPLE));
    doc.writeInt32LE(-2, offset);
    expect(await failure(read(doc))).toMatchObject({ code: PlanImportErrorCode.CorruptFile });
  });

  it('refuses a .doc whose sector chain loops, without hanging', async () => {
    const doc = word97Document(asWordParagraphs(seedTexts[0].text));
    const start = CFB.find(CFB.read(doc, { type: 'buffer' }), 'WordDocument')?.start ?? -1;
    const looped = Buffer.from(doc);
    const sectorSize = 1 << looped.readUInt16LE(30);
    const fatEntry = (sector: number) => (looped.readInt32LE(76) + 1) * sectorSize + 4 * sector;
    let last = start;
    while (looped.readInt32LE(fatEntry(last)) >= 0) last = looped.readInt32LE(fatEntry(last));
    expect(last).not.toBe(start);
    looped.writeInt32LE(start, fatEntry(last));

    expect(await failure(read(looped))).toMatchObject({ code: PlanImportErrorCode.CorruptFile });
  });

  it('refuses a .doc larger than the unpacked-size limit', async () => {
    const doc = word97Document(SAMPLE);
    const limits = { ...DEFAULT_EXTRACTION_LIMITS, maxUnpackedBytes: doc.length - 1 };
    expect(await failure(docText(doc, limits))).toMatchObject({ code: PlanImportErrorCode.DocumentTooLargeUnpacked });
    await expect(docText(doc, { ...limits, maxUnpackedBytes: doc.length })).resolves.toContain('Sở Tư pháp');
  });

  it('either reads or refuses with a PlanImportException any .doc with one bit flipped, never crashing', async () => {
    const doc = word97Document(asWordParagraphs(seedTexts[0].text));
    await fc.assert(
      fc.asyncProperty(fc.nat(doc.length * 8 - 1), async (bit) => {
        const mutated = Buffer.from(doc);
        mutated[bit >> 3] ^= 1 << (bit & 7);
        const outcome = await failure(read(mutated));
        expect(typeof outcome === 'string' || Object.values(PlanImportErrorCode).includes(outcome.code)).toBe(true);
      }),
      { numRuns: 400, seed: 14 },
    );
  });
});

describe('isOleCompoundFile', () => {
  it('recognises a compound file by its signature, not a .docx, a PDF or a short buffer', () => {
    expect(isOleCompoundFile(word97Document(SAMPLE))).toBe(true);
    expect(isOleCompoundFile(buildDocx(['KẾ HOẠCH']))).toBe(false);
    expect(isOleCompoundFile(buildPdf(['KE HOACH']))).toBe(false);
    expect(isOleCompoundFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe(false);
  });
});
