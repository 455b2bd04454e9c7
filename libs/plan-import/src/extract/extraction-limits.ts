/** What reading one uploaded document may cost; a document past any of them is refused. */
export interface ExtractionLimits {
  /** The longest real plans run to a few dozen pages; 300 leaves room for annexes, not for a page bomb. */
  maxPdfPages: number;
  /** The sum of a .docx's entries once unpacked: a 20 MB upload of text-heavy XML unpacks to well under this. */
  maxUnpackedBytes: number;
  maxZipEntries: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxPdfPages: 300,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxZipEntries: 2000,
};
