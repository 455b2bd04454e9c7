import * as CFB from 'cfb';

/**
 * Minimal Word 97 binary documents ([MS-DOC]) for tests: a FIB, the text as one uncompressed UTF-16LE piece, one
 * default character run and a paragraph run per paragraph. No stylesheet or document properties: text extractors
 * read it, Word itself may not open it.
 */

const TEXT_START = 0x400;
const PAGE = 512;
const FIB = {
  wIdent: 0xa5ec,
  nFib: 0x00c1,
  nFibBack: 0x00bf,
  lidVietnamese: 0x042a,
  /** fExtChar, and fWhichTblStm: the tables are in "1Table". */
  flags: 0x1000 | 0x0200,
  csw: 14,
  cslw: 22,
  cbRgFcLcb: 0x5d,
  fcLcbStart: 0x9a,
  length: 0x384,
};
const FC_LCB = { plcfBteChpx: 12, plcfBtePapx: 13, clx: 33 };

type ParagraphKind = 'body' | 'cell' | 'rowEnd';
interface Paragraph {
  kind: ParagraphKind;
  /** The character position just after its mark. */
  end: number;
}

const sprmPFInTable = [0x16, 0x24, 0x01];
const sprmPFTtp = [0x17, 0x24, 0x01];
/** Where each kind's PapxInFkp sits in a paragraph FKP page, and its bytes (cb, [cb'], istd 0, sprms). */
const PAPX: Record<ParagraphKind, { offset: number; bytes: number[] }> = {
  body: { offset: 486, bytes: [0, 1, 0, 0] },
  cell: { offset: 492, bytes: [3, 0, 0, ...sprmPFInTable] },
  rowEnd: { offset: 500, bytes: [0, 4, 0, 0, ...sprmPFInTable, ...sprmPFTtp] },
};
const RUNS_PER_PAGE = 26;

/** The story with Word's marks: a paragraph ending in a cell mark (\x07) is a table row, closed by a row-end mark. */
function toStory(text: string): { story: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let story = '';
  const close = (kind: ParagraphKind) => paragraphs.push({ kind, end: story.length });
  for (const paragraph of text.replace(/\r$/, '').split('\r')) {
    if (!paragraph.endsWith('\x07')) {
      story += `${paragraph}\r`;
      close('body');
      continue;
    }
    for (const cell of paragraph.split('\x07').slice(0, -1)) {
      story += `${cell}\x07`;
      close('cell');
    }
    story += '\x07';
    close('rowEnd');
  }
  return { story, paragraphs };
}

function paragraphPages(paragraphs: Paragraph[]): Buffer[] {
  const pages: Buffer[] = [];
  for (let first = 0; first < paragraphs.length; first += RUNS_PER_PAGE) {
    const runs = paragraphs.slice(first, first + RUNS_PER_PAGE);
    const page = Buffer.alloc(PAGE);
    page.writeUInt32LE(TEXT_START + 2 * (first === 0 ? 0 : paragraphs[first - 1].end), 0);
    runs.forEach((run, i) => {
      page.writeUInt32LE(TEXT_START + 2 * run.end, 4 * (i + 1));
      page.writeUInt8(PAPX[run.kind].offset / 2, 4 * (runs.length + 1) + 13 * i);
    });
    Object.values(PAPX).forEach(({ offset, bytes }) => Buffer.from(bytes).copy(page, offset));
    page.writeUInt8(runs.length, PAGE - 1);
    pages.push(page);
  }
  return pages;
}

/** A PlcBte: the first FC of each page, the last FC, then each page's number in the WordDocument stream. */
function binTable(pages: Buffer[], firstPage: number, end: number): Buffer {
  const table = Buffer.alloc(8 * pages.length + 4);
  pages.forEach((page, i) => {
    table.writeUInt32LE(page.readUInt32LE(0), 4 * i);
    table.writeUInt32LE(firstPage + i, 4 * (pages.length + 1) + 4 * i);
  });
  table.writeUInt32LE(end, 4 * pages.length);
  return table;
}

/** A Clx holding one Pcd: the whole story, uncompressed (bit 30 of its fc clear), from `TEXT_START`. */
function pieceTable(characterCount: number): Buffer {
  const clx = Buffer.alloc(21);
  clx.writeUInt8(0x02, 0);
  clx.writeUInt32LE(16, 1);
  clx.writeUInt32LE(0, 5);
  clx.writeUInt32LE(characterCount, 9);
  clx.writeUInt32LE(TEXT_START, 15);
  return clx;
}

function fib(textEnd: number, characterCount: number, streamLength: number): Buffer {
  const fibBytes = Buffer.alloc(FIB.length);
  fibBytes.writeUInt16LE(FIB.wIdent, 0x00);
  fibBytes.writeUInt16LE(FIB.nFib, 0x02);
  fibBytes.writeUInt16LE(FIB.lidVietnamese, 0x06);
  fibBytes.writeUInt16LE(FIB.flags, 0x0a);
  fibBytes.writeUInt16LE(FIB.nFibBack, 0x0c);
  fibBytes.writeUInt32LE(TEXT_START, 0x18);
  fibBytes.writeUInt32LE(textEnd, 0x1c);
  fibBytes.writeUInt16LE(FIB.csw, 0x20);
  fibBytes.writeUInt16LE(FIB.cslw, 0x3e);
  fibBytes.writeUInt32LE(streamLength, 0x40);
  fibBytes.writeUInt32LE(characterCount, 0x4c);
  fibBytes.writeUInt16LE(FIB.cbRgFcLcb, 0x98);
  return fibBytes;
}

const setFcLcb = (fibBytes: Buffer, index: number, fc: number, lcb: number): void => {
  fibBytes.writeUInt32LE(fc, FIB.fcLcbStart + 8 * index);
  fibBytes.writeUInt32LE(lcb, FIB.fcLcbStart + 8 * index + 4);
};

/**
 * A .doc holding `text`: paragraphs separated by \r; a paragraph whose cells each end in \x07 is a table row
 * (`'STT\x07Nội dung\x07'`).
 */
export function word97Document(text: string): Buffer {
  const { story, paragraphs } = toStory(text);
  const textBytes = Buffer.from(story, 'utf16le');
  const textEnd = TEXT_START + textBytes.length;
  const firstPage = Math.ceil(textEnd / PAGE);
  const characterPage = Buffer.alloc(PAGE);
  characterPage.writeUInt32LE(TEXT_START, 0);
  characterPage.writeUInt32LE(textEnd, 4);
  characterPage.writeUInt8(1, PAGE - 1);
  const pages = paragraphPages(paragraphs);

  const clx = pieceTable(story.length);
  const characterBins = binTable([characterPage], firstPage, textEnd);
  const paragraphBins = binTable(pages, firstPage + 1, textEnd);
  const streamLength = (firstPage + 1 + pages.length) * PAGE;
  const fibBytes = fib(textEnd, story.length, streamLength);
  setFcLcb(fibBytes, FC_LCB.clx, 0, clx.length);
  setFcLcb(fibBytes, FC_LCB.plcfBteChpx, clx.length, characterBins.length);
  setFcLcb(fibBytes, FC_LCB.plcfBtePapx, clx.length + characterBins.length, paragraphBins.length);

  const wordDocument = Buffer.alloc(streamLength);
  fibBytes.copy(wordDocument, 0);
  textBytes.copy(wordDocument, TEXT_START);
  Buffer.concat([characterPage, ...pages]).copy(wordDocument, firstPage * PAGE);

  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', wordDocument);
  CFB.utils.cfb_add(container, '/1Table', Buffer.concat([clx, characterBins, paragraphBins]));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}
