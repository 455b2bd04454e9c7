import { posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type ExtractionLimits } from './extraction-limits';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { type XmlElement, parseXml } from './docx-xml';
import { type ZipEntry, readZipDirectory } from './zip-directory';

/** The parts of a Word document that its text and numbering are read from. */
export interface DocxParts {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  settings: XmlElement | null;
}

const STORED = 0;
const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

const corrupt = (why: string) =>
  new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the .docx file: ${why}`);

// Part names are case-insensitive, and some zip tools write them with a leading slash or backslashes.
const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

class DocxPackage {
  private readonly entries: ReadonlyMap<string, ZipEntry>;

  constructor(
    private readonly zip: Buffer,
    limits: ExtractionLimits,
  ) {
    this.entries = new Map(readZipDirectory(zip, limits.maxZipEntries).map((entry) => [partKey(entry.name), entry]));
  }

  /** The part parsed as XML; null when the package lacks it. Sizes were checked by checkDocxArchive before. */
  read(name: string): XmlElement | null {
    const entry = this.entries.get(partKey(name));
    if (entry === undefined) return null;
    const packed = this.zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const bytes =
      entry.method === STORED
        ? packed
        : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    try {
      return parseXml(decode(bytes));
    } catch (error) {
      throw corrupt(
        `“${entry.name}” is not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }

  /** Where the part's relationship of this type points (`officeDocument`, `styles`, `numbering`, …). */
  target(source: string, type: string): string | null {
    const directory = posix.dirname(source);
    const rels = this.read(posix.join(directory, '_rels', `${posix.basename(source)}.rels`));
    const relationship = rels?.children.find(
      (r) =>
        r.attribute('TargetMode') !== 'External' &&
        (r.attribute('Type') === RELATIONSHIP_TYPES + type || r.attribute('Type') === STRICT_RELATIONSHIP_TYPES + type),
    );
    const target = relationship?.attribute('Target');
    if (target === undefined) return null;
    return target.startsWith('/') ? target.slice(1) : posix.join(directory, target);
  }
}

/** Reads the main document and the parts it relates to, found through the package's relationships. */
export function readDocxParts(zip: Buffer, limits: ExtractionLimits): DocxParts {
  const docx = new DocxPackage(zip, limits);
  const main = docx.target('', 'officeDocument') ?? 'word/document.xml';
  const document = docx.read(main);
  if (document === null) throw corrupt('it holds no Word document part');
  const related = (type: string): XmlElement | null => {
    const target = docx.target(main, type);
    return target === null ? null : docx.read(target);
  };
  return { document, styles: related('styles'), numbering: related('numbering'), settings: related('settings') };
}
