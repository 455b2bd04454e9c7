import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the archive declares it: a hostile archive may lie, so inflating is capped by it too. */
  uncompressedSize: number;
  /** Where the entry's bytes start, past its local header. */
  dataOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

const corrupt = (why: string) =>
  new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the .docx file: ${why}`);

function endOfDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - MAX_COMMENT);
  for (let at = zip.length - 22; at >= lowest; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw corrupt('it is not a zip archive (no central directory)');
}

function dataOffset(zip: Buffer, localHeader: number): number {
  if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL_HEADER) {
    throw corrupt('an entry points outside the archive');
  }
  return localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
}

/** The archive's entries read from its central directory alone: nothing is unpacked. */
export function readZipDirectory(zip: Buffer, maxEntries: number): ZipEntry[] {
  if (zip.length < 22) throw corrupt('it is too short to be a zip archive');
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  if (count > maxEntries) {
    throw new PlanImportException(
      PlanImportErrorCode.DocumentTooLargeUnpacked,
      `The .docx holds ${count} files; at most ${maxEntries} are read`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw corrupt('its directory is broken');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      dataOffset: dataOffset(zip, zip.readUInt32LE(at + 42)),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
