import fc from 'fast-check';
import { buildDocx, buildPdf } from '../../../../../test/fixtures/plan-import/document-builders';
import {
  buildDeflatedDocx,
  docxWithMacros,
  lyingZipBombDocx,
  pdfClaimingPages,
  pdfWithPages,
  zipBombDocx,
} from './hostile-documents';

export interface MutatedDocument {
  /** How it was made, for the report of a failing run. */
  recipe: string;
  name: string;
  bytes: Buffer;
}

interface Original {
  label: string;
  text: string;
}

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/[()\\]/g, ' ');

const linesOf = (text: string, max: number): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, max);

// TCVN3 (ABC) and Windows-1258 put Vietnamese letters on single bytes above 0x7F: UTF-8 they are not.
const singleByte = (text: string, offset: number): Buffer =>
  Buffer.from(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x80 + ((ch.charCodeAt(0) + offset) % 0x7f))),
  );

function formatsOf({ label, text }: Original): MutatedDocument[] {
  const lines = linesOf(text, 400);
  return [
    { recipe: `${label} as .txt`, name: 'ke-hoach.txt', bytes: Buffer.from(text) },
    { recipe: `${label} as .md`, name: 'ke-hoach.md', bytes: Buffer.from(text) },
    { recipe: `${label} as stored .docx`, name: 'ke-hoach.docx', bytes: buildDocx(lines) },
    { recipe: `${label} as deflated .docx`, name: 'ke-hoach.docx', bytes: buildDeflatedDocx(lines) },
    { recipe: `${label} as .pdf`, name: 'ke-hoach.pdf', bytes: buildPdf(linesOf(ascii(text), 60)) },
    { recipe: `${label} as .docx with macros`, name: 'ke-hoach.docx', bytes: docxWithMacros(lines) },
    { recipe: `${label} in UTF-16LE`, name: 'ke-hoach.txt', bytes: Buffer.from(`\uFEFF${text}`, 'utf16le') },
    { recipe: `${label} in TCVN3-like bytes`, name: 'ke-hoach.txt', bytes: singleByte(text, 17) },
    { recipe: `${label} in Windows-1258-like bytes`, name: 'ke-hoach.txt', bytes: singleByte(text, 61) },
  ];
}

const HOSTILE: MutatedDocument[] = [
  { recipe: 'zip bomb .docx (120 MB)', name: 'bom.docx', bytes: zipBombDocx(120) },
  { recipe: 'lying zip bomb .docx', name: 'bom.docx', bytes: lyingZipBombDocx(30) },
  { recipe: 'PDF claiming 10^9 pages', name: 'trang.pdf', bytes: pdfClaimingPages(1_000_000_000) },
  { recipe: 'PDF of 301 pages', name: 'trang.pdf', bytes: pdfWithPages(301) },
];

const EXTENSIONS = ['txt', 'md', 'docx', 'pdf', 'PDF', 'xlsx', 'doc', 'exe', ''];

const brokenXref = (pdf: Buffer, to: number): Buffer => {
  const text = pdf.toString('latin1');
  return Buffer.from(text.replace(/startxref\n\d+/, `startxref\n${to}`).replace(/ 00000 n /g, ' 99999 n '), 'latin1');
};

/** Real plans in every accepted format and several hostile ones, then cut, flipped, renamed or spliced. */
export function mutatedDocuments(originals: Original[]): fc.Arbitrary<MutatedDocument> {
  const bases = [...originals.flatMap(formatsOf), ...HOSTILE];
  const base = fc.constantFrom(...bases);
  return fc.oneof(
    { arbitrary: base, weight: 2 },
    {
      arbitrary: fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([doc, at]) => ({
        ...doc,
        recipe: `${doc.recipe}, truncated at ${Math.floor(at * 100)}%`,
        bytes: doc.bytes.subarray(0, Math.floor(doc.bytes.length * at)),
      })),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(base, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 32 }))
        .map(([doc, flips]) => {
          const bytes = Buffer.from(doc.bytes);
          for (const [at, bit] of flips) if (bytes.length > 0) bytes[at % bytes.length] ^= 1 << bit;
          return { ...doc, recipe: `${doc.recipe}, ${flips.length} bits flipped`, bytes };
        }),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(base, fc.constantFrom(...EXTENSIONS)).map(([doc, extension]) => ({
        ...doc,
        recipe: `${doc.recipe}, renamed .${extension}`,
        name: extension === '' ? 'ke-hoach' : `ke-hoach.${extension}`,
      })),
      weight: 2,
    },
    {
      arbitrary: fc.tuple(base, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 512 })).map(([doc, at, junk]) => {
        const cut = doc.bytes.length === 0 ? 0 : at % doc.bytes.length;
        const bytes = Buffer.concat([doc.bytes.subarray(0, cut), Buffer.from(junk), doc.bytes.subarray(cut)]);
        return { ...doc, recipe: `${doc.recipe}, ${junk.length} bytes spliced in at ${cut}`, bytes };
      }),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...bases.filter((doc) => doc.name.endsWith('.pdf'))), fc.nat())
        .map(([doc, to]) => ({ ...doc, recipe: `${doc.recipe}, xref broken`, bytes: brokenXref(doc.bytes, to) })),
      weight: 1,
    },
  );
}
