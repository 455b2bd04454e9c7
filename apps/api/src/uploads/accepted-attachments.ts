import { BadRequestException } from '@nestjs/common';
import { type SubmissionAttachment } from '@dondoc/persistence';
import { type StoredFile } from './attachment-store';
import { ACCEPTED_FILES, extensionOf, sanitiseFilename } from './file-types';

export interface ReceivedFile extends StoredFile {
  originalName: string;
}

/**
 * The attachments as stored, each typed by its bytes: a kind no report may carry, or a name whose extension says
 * another kind than the bytes, is a 400 naming `attachments[i]`.
 */
export function acceptAttachments(files: readonly ReceivedFile[]): SubmissionAttachment[] {
  const problems: Array<{ field: string; message: string }> = [];
  const accepted = files.map((file, index): SubmissionAttachment | null => {
    const field = `attachments[${index}]`;
    if (!file.kind) {
      problems.push({
        field,
        message: `${file.originalName}: only PDF, DOCX, XLSX, DOC, JPG and PNG files are accepted`,
      });
      return null;
    }
    const kind = ACCEPTED_FILES[file.kind];
    const filename = sanitiseFilename(file.originalName, kind.extensions[0]);
    if (!(kind.extensions as readonly string[]).includes(extensionOf(filename))) {
      problems.push({ field, message: `${file.originalName}: the file is ${kind.label}, not what its name says` });
      return null;
    }
    return { filename, mediaType: kind.mediaType, size: file.size, sha256: file.sha256, storageKey: file.storageKey };
  });
  if (problems.length > 0) {
    throw new BadRequestException({
      message: problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
      errors: problems,
      code: 'FileTypeRefused',
    });
  }
  return accepted.filter((attachment): attachment is SubmissionAttachment => attachment !== null);
}
