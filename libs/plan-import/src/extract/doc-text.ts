import { pipeTableLines } from '../tables/pipe-table';
import WordExtractor from 'word-extractor';
import { type ExtractionLimits } from './extraction-limits';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

const OLE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const HEADER = {
  sectorShift: 30,
  fatSectorCount: 44,
  directoryStart: 48,
  miniStreamCutoff: 56,
  miniFatStart: 60,
  difatStart: 68,
  difatSectorCount: 72,
  difat: 76,
  difatEntries: 109,
};
const DIRECTORY_ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
const STREAM_ENTRY = 2;
const ROOT_ENTRY = 5;

const FIB = { wIdent: 0x00, nFib: 0x02, flags: 0x0a };
const WORD_MAGIC = 0xa5ec;
/** Word 97 writes 0x00C1; Word 6 and 95 wrote 0x0065 and 0x0068, in a layout word-extractor cannot read. */
const FIRST_WORD_97_NFIB = 0x00c0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE_STREAM = 0x0200;
const MB = 1024 * 1024;

const corrupt = (why: string) =>
  new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the .doc file: ${why}`);
const TRUNCATED = 'it is truncated or its sector chains are damaged';
const unsupported = (why: string) => new PlanImportException(PlanImportErrorCode.UnsupportedFormat, why);
const passwordProtected = () =>
  new PlanImportException(
    PlanImportErrorCode.PasswordProtected,
    'The document is password-protected: remove the password in Word (File › Info › Protect Document) and upload it again',
  );

/** The signature of an OLE compound file: a Word 97–2003 .doc, but also an .xls, a .ppt or an encrypted .docx. */
export function isOleCompoundFile(buffer: Buffer): boolean {
  return buffer.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE);
}

/** The sector ids of a chain; one past the end of the file, or one that loops, is refused (word-extractor would spin). */
function chain(start: number, next: (id: number) => number, limit: number): number[] {
  const ids: number[] = [];
  for (let id = start; id >= 0; id = next(id)) {
    if (id >= limit || ids.length === limit) throw corrupt(TRUNCATED);
    ids.push(id);
  }
  return ids;
}

/** Reads the top-level streams of a compound file ([MS-CFB]) as word-extractor will, checking every chain first. */
function compoundFile(ole: Buffer): (name: string) => Buffer | null {
  if (ole.length < 512) throw corrupt(TRUNCATED);
  const shift = ole.readUInt16LE(HEADER.sectorShift);
  if (shift !== 9 && shift !== 12) throw corrupt('its compound-file header is damaged');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(ole.length / sectorSize) - 1;
  const sector = (id: number) => ole.subarray((id + 1) * sectorSize, (id + 2) * sectorSize);

  const fatSectorCount = ole.readUInt32LE(HEADER.fatSectorCount);
  if (fatSectorCount > sectorCount || ole.readUInt32LE(HEADER.difatSectorCount) > sectorCount) {
    throw corrupt(TRUNCATED);
  }
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatSectorCount, HEADER.difatEntries); i++) {
    fatSectors.push(ole.readInt32LE(HEADER.difat + 4 * i));
  }
  for (let difat = ole.readInt32LE(HEADER.difatStart); fatSectors.length < fatSectorCount;) {
    if (difat < 0 || difat >= sectorCount) throw corrupt(TRUNCATED);
    const entries = sector(difat);
    for (let at = 0; at < sectorSize - 4 && fatSectors.length < fatSectorCount; at += 4) {
      fatSectors.push(entries.readInt32LE(at));
    }
    difat = entries.readInt32LE(sectorSize - 4);
  }
  if (fatSectors.some((id) => id < 0 || id >= sectorCount)) throw corrupt(TRUNCATED);
  const fat = Buffer.concat(fatSectors.map(sector));
  const sectorLimit = Math.min(sectorCount, fat.length / 4);
  const sectorChain = (start: number) => chain(start, (id) => fat.readInt32LE(4 * id), sectorLimit);
  const contents = (ids: number[], read: (id: number) => Buffer, unit: number, size: number) => {
    if (ids.length * unit < size) throw corrupt(TRUNCATED);
    return Buffer.concat(ids.map(read)).subarray(0, size);
  };

  const directory = Buffer.concat(sectorChain(ole.readInt32LE(HEADER.directoryStart)).map(sector));
  const entryCount = Math.floor(directory.length / DIRECTORY_ENTRY_SIZE);
  const entry = (id: number) => {
    const at = id * DIRECTORY_ENTRY_SIZE;
    const nameBytes = Math.min(Math.max(directory.readUInt16LE(at + 64) - 2, 0), 62);
    return {
      name: directory.toString('utf16le', at, at + nameBytes),
      type: directory.readUInt8(at + 66),
      left: directory.readInt32LE(at + 68),
      right: directory.readInt32LE(at + 72),
      child: directory.readInt32LE(at + 76),
      start: directory.readInt32LE(at + 116),
      size: directory.readInt32LE(at + 120),
    };
  };
  if (entryCount === 0 || entry(0).type !== ROOT_ENTRY) throw corrupt('its directory is damaged');
  const root = entry(0);
  // word-extractor follows these chains whatever it reads, so they are checked whatever is read
  const miniStreamSectors = sectorChain(root.start);
  const miniFat = Buffer.concat(sectorChain(ole.readInt32LE(HEADER.miniFatStart)).map(sector));

  const miniStreamCutoff = ole.readInt32LE(HEADER.miniStreamCutoff);
  const regular = (start: number, size: number) => contents(sectorChain(start), sector, sectorSize, size);
  const small = (start: number, size: number) => {
    const miniStream = contents(miniStreamSectors, sector, sectorSize, root.size);
    const limit = Math.min(Math.floor(miniStream.length / MINI_SECTOR_SIZE), miniFat.length / 4);
    const ids = chain(start, (id) => miniFat.readInt32LE(4 * id), limit);
    const miniSector = (id: number) => miniStream.subarray(id * MINI_SECTOR_SIZE, (id + 1) * MINI_SECTOR_SIZE);
    return contents(ids, miniSector, MINI_SECTOR_SIZE, size);
  };

  // Every entry of that name is read, as word-extractor may take any of them, and read as it reads them.
  return (name) => {
    const seen = new Set<number>();
    const pending = [root.child];
    let found: Buffer | null = null;
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (id < 0 || id >= entryCount || seen.has(id)) continue;
      seen.add(id);
      const { name: entryName, type, start, size, left, right } = entry(id);
      if (entryName === name && type === STREAM_ENTRY) found = (size < miniStreamCutoff ? small : regular)(start, size);
      pending.push(left, right);
    }
    return found;
  };
}

/** Refuses what word-extractor would misread: no Word document, a Word 6/95 one, a password-protected one. */
function checkWordDocument(ole: Buffer): void {
  const stream = compoundFile(ole);
  const fib = stream('WordDocument');
  // a password-protected .docx is a compound file holding the encrypted package
  if (fib === null && stream('EncryptedPackage') !== null) throw passwordProtected();
  if (fib === null) {
    throw unsupported('The file is an Office compound file without a Word document (an Excel or PowerPoint file?)');
  }
  if (fib.length < FIB.flags + 2 || fib.readUInt16LE(FIB.wIdent) !== WORD_MAGIC) {
    throw corrupt('its Word document header (FIB) is damaged');
  }
  if (fib.readUInt16LE(FIB.nFib) < FIRST_WORD_97_NFIB) {
    throw unsupported('The .doc was saved by a Word older than Word 97: save it again as .docx and upload that');
  }
  const flags = fib.readUInt16LE(FIB.flags);
  if ((flags & F_ENCRYPTED) !== 0) throw passwordProtected();
  if (stream((flags & F_WHICH_TABLE_STREAM) !== 0 ? '1Table' : '0Table') === null) {
    throw corrupt('its table stream is missing');
  }
}

const isRow = (line: string): boolean => line.endsWith('\t');

/** As .docx tables read: pipe rows padded to the widest, a separator after the first; a one-cell table frames text. */
function tableMarkdown(rows: string[][]): string[] {
  if (rows.length === 1 && rows[0].length === 1) return rows[0];
  return pipeTableLines(rows);
}

/** word-extractor ends each cell with a tab and each table row with a line break: such lines are table rows. */
function pipeTables(text: string): string {
  const lines: string[] = [];
  let rows: string[][] = [];
  for (const line of [...text.split('\n'), '']) {
    if (isRow(line)) {
      const cells = line.slice(0, -1).split('\t');
      rows.push(cells.map((cell) => cell.trim()));
      continue;
    }
    if (rows.length > 0) lines.push(...tableMarkdown(rows));
    rows = [];
    lines.push(line);
  }
  return lines.join('\n');
}

/**
 * word-extractor has turned paragraph, line and page marks into \n, a cell mark into \t and a table's row-end mark
 * into \n, and kept only the results of fields.
 */
function plainText(body: string): string {
  const text = body
    // word-extractor 1.0.4 writes an optional hyphen (0x1F) as the word "undefined"
    .replace(/(?<=\p{L})undefined(?=\p{L})/gu, '')
    .replaceAll('\u001e', '-')
    .replace(/[^\P{Cc}\t\n]/gu, '');
  return pipeTables(text).trimEnd().normalize('NFC');
}

/** The body text of a Word 97–2003 .doc, NFC, with its tables as Markdown pipe rows. */
export async function docText(buffer: Buffer, limits: ExtractionLimits): Promise<string> {
  if (buffer.length > limits.maxUnpackedBytes) {
    throw new PlanImportException(
      PlanImportErrorCode.DocumentTooLargeUnpacked,
      `The .doc is ${Math.ceil(buffer.length / MB)} MB; at most ${limits.maxUnpackedBytes / MB} MB are read`,
    );
  }
  if (!isOleCompoundFile(buffer)) {
    throw unsupported('The file is not a Word 97–2003 document (an RTF or web page named .doc?): save it as .docx');
  }
  checkWordDocument(buffer);
  let body: string;
  try {
    body = (await new WordExtractor().extract(buffer)).getBody({ filterUnicode: false });
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  return plainText(body);
}
