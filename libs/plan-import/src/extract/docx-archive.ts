import { inflateRawSync } from 'node:zlib';
import { type ExtractionLimits } from './extraction-limits';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { type ZipEntry, readZipDirectory } from './zip-directory';

const STORED = 0;
const DEFLATED = 8;
const MB = 1024 * 1024;

const tooLarge = (message: string) => new PlanImportException(PlanImportErrorCode.DocumentTooLargeUnpacked, message);

/** Inflates at most the declared size: an entry that would unpack past it is a bomb lying about its size. */
function checkInflatedSize(zip: Buffer, entry: ZipEntry): void {
  if (entry.method !== DEFLATED) return;
  const compressed = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(`“${entry.name}” unpacks past the ${entry.uncompressedSize} bytes it declares`);
    }
    throw new PlanImportException(
      PlanImportErrorCode.CorruptFile,
      `Cannot read the .docx file: “${entry.name}” is damaged`,
    );
  }
  if (inflated.length > entry.uncompressedSize) {
    throw tooLarge(`“${entry.name}” unpacks past the ${entry.uncompressedSize} bytes it declares`);
  }
}

/**
 * Refuses a .docx that would unpack past the limits (a zip bomb) before anything else opens it: first by what its
 * central directory declares, then by inflating each entry no further than its declared size.
 */
export function checkDocxArchive(zip: Buffer, limits: ExtractionLimits): void {
  const entries = readZipDirectory(zip, limits.maxZipEntries);
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxUnpackedBytes) {
    throw tooLarge(
      `The .docx would unpack to ${Math.ceil(declared / MB)} MB; at most ${limits.maxUnpackedBytes / MB} MB are read`,
    );
  }
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new PlanImportException(
        PlanImportErrorCode.CorruptFile,
        `Cannot read the .docx file: “${entry.name}” uses compression method ${entry.method}`,
      );
    }
    if (entry.dataOffset + entry.compressedSize > zip.length) {
      throw new PlanImportException(PlanImportErrorCode.CorruptFile, 'Cannot read the .docx file: it is truncated');
    }
    checkInflatedSize(zip, entry);
  }
}
