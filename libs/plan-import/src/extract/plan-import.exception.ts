export enum PlanImportErrorCode {
  EmptyFile = 'empty-file',
  UnsupportedFormat = 'unsupported-format',
  BinaryContent = 'binary-content',
  NoTextLayer = 'no-text-layer',
  CorruptFile = 'corrupt-file',
  /** A Word document locked with a password: its text is encrypted. */
  PasswordProtected = 'password-protected',
  TooManyPages = 'too-many-pages',
  DocumentTooLargeUnpacked = 'document-too-large-unpacked',
  /** Reading it took longer or more memory than a plan ever needs. */
  DocumentTooComplex = 'document-too-complex',
  /** Every document reader is busy and the queue is full: try again shortly. */
  ReadersBusy = 'document-readers-busy',
  /** The OCR tools failed on a scan (a page Tesseract could not read, a tool missing). */
  OcrFailed = 'ocr-failed',
  /** Reading a scan took longer than its time limit. */
  OcrTimeout = 'ocr-timeout',
}

/** The one error type of the plan-import module; the API maps `code` to an HTTP status. */
export class PlanImportException extends Error {
  constructor(
    readonly code: PlanImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanImportException';
  }
}
