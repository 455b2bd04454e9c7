export enum PlanImportErrorCode {
  EmptyFile = 'empty-file',
  UnsupportedFormat = 'unsupported-format',
  BinaryContent = 'binary-content',
  NoTextLayer = 'no-text-layer',
  CorruptFile = 'corrupt-file',
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
