/** The kinds of file a report or a finding may carry, each known by its first bytes, never by its name alone. */
export const ACCEPTED_FILES = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'], label: 'PDF' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    label: 'Word (.docx)',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    label: 'Excel (.xlsx)',
  },
  doc: { mediaType: 'application/msword', extensions: ['.doc'], label: 'Word 97–2003 (.doc)' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], label: 'ảnh JPG' },
  png: { mediaType: 'image/png', extensions: ['.png'], label: 'ảnh PNG' },
} as const;
export type FileKind = keyof typeof ACCEPTED_FILES;

export const ACCEPTED_EXTENSIONS = Object.values(ACCEPTED_FILES).flatMap((kind) => [...kind.extensions]);

const startsWith = (head: Buffer, signature: readonly number[]) => signature.every((byte, at) => head[at] === byte);

/**
 * What a file is, from its first bytes and (for Office's zip formats) the part names the zip holds; null for
 * anything else, a renamed executable included. `zipParts` are the entry names seen while streaming.
 */
export function sniffFileKind(head: Buffer, zipParts: { word: boolean; excel: boolean }): FileKind | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipParts.word && !zipParts.excel) return 'docx';
    if (zipParts.excel && !zipParts.word) return 'xlsx';
  }
  return null;
}

/** Watches a zip's bytes go by for the part names that make it a Word or an Excel file. */
export class ZipPartWatcher {
  readonly parts = { word: false, excel: false };
  private tail = '';

  push(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    if (text.includes('word/document.xml')) this.parts.word = true;
    if (text.includes('xl/workbook.xml')) this.parts.excel = true;
    this.tail = text.slice(-32);
  }
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot).toLowerCase() : '';
}

/** The name as a person gave it, minus what could do harm: folders, control and reserved characters, leading dots. */
export function sanitiseFilename(raw: string, fallbackExtension: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const name = cleaned || `tep-dinh-kem${fallbackExtension}`;
  if (Buffer.byteLength(name) <= 200) return name;
  const extension = extensionOf(name);
  let stem = name.slice(0, name.length - extension.length);
  while (Buffer.byteLength(stem + extension) > 200) stem = stem.slice(0, -1);
  return stem + extension;
}
