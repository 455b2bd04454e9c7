import { deflateSync } from 'node:zlib';
import { buildZip, type ZipEntry } from '../../../../../test/fixtures/plan-import/document-builders';

/** Builders of hostile and mangled documents, for the extractor's specs and the import's fuzzing suite. */

export type ZipEntrySpec = ZipEntry;

/** A deflated zip archive. */
export const buildDeflatedZip = (entries: ZipEntrySpec[]): Buffer => buildZip(entries, { deflate: true });

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A deflated Word document, one paragraph per line, with any extra parts (media, macros, a bomb). */
export function buildDeflatedDocx(lines: string[], extra: ZipEntrySpec[] = []): Buffer {
  const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`).join('');
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${ns}"><w:body>${body}</w:body></w:document>`;
  return buildDeflatedZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(document) },
    ...extra,
  ]);
}

const MB = 1024 * 1024;

/** A .docx carrying `megabytes` of zeros: a few dozen KB on the wire. */
export function zipBombDocx(megabytes: number): Buffer {
  return buildDeflatedDocx(['KẾ HOẠCH'], [{ name: 'word/media/image1.bin', data: Buffer.alloc(megabytes * MB) }]);
}

/** A .docx whose directory says an entry holds 1 KB while it inflates to `megabytes`. */
export function lyingZipBombDocx(megabytes: number): Buffer {
  return buildDeflatedDocx(
    ['KẾ HOẠCH'],
    [{ name: 'word/media/image1.bin', data: Buffer.alloc(megabytes * MB), declaredSize: 1024 }],
  );
}

/** A .docx with a VBA project beside its text, as a macro-enabled document renamed .docx has. */
export function docxWithMacros(lines: string[]): Buffer {
  const vba = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.from('Attribute VB_Name = "AutoOpen"'),
  ]);
  return buildDeflatedDocx(lines, [{ name: 'word/vbaProject.bin', data: vba }]);
}

type PdfObject = string | Buffer;

function assemblePdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  const push = (part: PdfObject) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    push(body);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  push(offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join(''));
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const PAGE_OBJECTS = (count: number) => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
];
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF whose page tree claims `count` pages (it holds one). */
export function pdfClaimingPages(count: number): Buffer {
  const stream = 'BT /F1 12 Tf 50 750 Td (KE HOACH) Tj ET';
  return assemblePdf([...PAGE_OBJECTS(count), `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`, FONT]);
}

/** A one-page PDF whose content stream inflates to `megabytes` of text-showing operators. */
export function flateBombPdf(megabytes: number): Buffer {
  const operator = '(KE HOACH) Tj ';
  const content = `BT /F1 1 Tf ${operator.repeat(Math.ceil((megabytes * MB) / operator.length))} ET`;
  const packed = deflateSync(Buffer.from(content, 'latin1'));
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    packed,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  return assemblePdf([...PAGE_OBJECTS(1), stream, FONT]);
}

/** A PDF of `count` real pages, each showing the same line. */
export function pdfWithPages(count: number): Buffer {
  const stream = 'BT /F1 12 Tf 50 750 Td (KE HOACH) Tj ET';
  const kids = Array.from({ length: count }, (_, n) => `${n + 5} 0 R`).join(' ');
  const page =
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    FONT,
    ...Array.from({ length: count }, () => page),
  ]);
}
