import { ACCEPTED_EXTENSIONS } from './file-types';

/** What one report (or one finding) may carry; the report page shows these before anyone picks a file. */
export const UPLOAD_LIMITS = {
  maxFiles: 10,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
  maxTextLength: 100_000,
  accept: ACCEPTED_EXTENSIONS,
} as const;
