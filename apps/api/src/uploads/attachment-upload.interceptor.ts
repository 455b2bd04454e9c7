import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  BadRequestException,
} from '@nestjs/common';
import { type Request, type Response } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';
import { from, type Observable, switchMap } from 'rxjs';
import { invalidField } from '../http/problems';
import { AttachmentStore, type StoredFile } from './attachment-store';
import { UPLOAD_LIMITS } from './upload-limits';

export const ATTACHMENTS_FIELD = 'attachments';
export type UploadedAttachment = Express.Multer.File & StoredFile;
type UploadRequest = Request & { files?: UploadedAttachment[]; uploadedBytes?: number };

/**
 * Reads a multipart body after the guards passed: each file streams into the content-addressed store as it
 * arrives (never whole in memory), and the per-file and per-report limits stop an upload mid-way. A JSON body
 * passes untouched.
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly upload;

  constructor(store: AttachmentStore) {
    const storage: StorageEngine = {
      _handleFile(request: UploadRequest, file, done) {
        store
          .putStream(file.stream, (chunk) => {
            request.uploadedBytes = (request.uploadedBytes ?? 0) + chunk.length;
            if (request.uploadedBytes > UPLOAD_LIMITS.maxTotalBytes) throw new TotalTooLarge();
          })
          .then(
            (stored) => done(null, stored as Partial<Express.Multer.File>),
            (error: Error) => done(error instanceof TotalTooLarge ? error : new StorageFailure(error)),
          );
      },
      _removeFile: (_request, _file, done) => done(null),
    };
    this.upload = multer({
      storage,
      // Browsers send file names as raw UTF-8: Vietnamese names would arrive as mojibake read as latin1.
      defParamCharset: 'utf8',
      limits: {
        files: UPLOAD_LIMITS.maxFiles,
        fileSize: UPLOAD_LIMITS.maxFileBytes,
        fields: 10,
        fieldSize: UPLOAD_LIMITS.maxTextLength * 4,
      },
    }).array(ATTACHMENTS_FIELD, UPLOAD_LIMITS.maxFiles);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<UploadRequest>();
    if (!request.is('multipart/form-data')) return next.handle();
    // Nothing is stored for a request its route would refuse anyway.
    for (const [name, value] of Object.entries(request.params)) {
      if (typeof value !== 'string' || !UUID.test(value)) throw invalidField(name, 'must be a UUID');
    }
    const parsed = new Promise<void>((resolve, reject) =>
      this.upload(request, http.getResponse<Response>(), (error: unknown) =>
        error ? reject(asHttpError(error)) : resolve(),
      ),
    );
    return from(parsed).pipe(switchMap(() => next.handle()));
  }
}

class TotalTooLarge extends Error {}

/** The store failed (disk full…): the server's fault, unlike a malformed body. */
class StorageFailure extends Error {
  constructor(readonly failure: Error) {
    super(failure.message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MB = 1024 * 1024;

function asHttpError(error: unknown): Error {
  const field = (message: string, name = ATTACHMENTS_FIELD) => ({
    message: `${name}: ${message}`,
    errors: [{ field: name, message }],
  });
  if (error instanceof TotalTooLarge) {
    return new PayloadTooLargeException({
      ...field(`the files together are over ${UPLOAD_LIMITS.maxTotalBytes / MB} MB`),
      code: 'ReportTooLarge',
    });
  }
  if (error instanceof MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return new PayloadTooLargeException({
          ...field(`${error.field ?? 'a file'} is over ${UPLOAD_LIMITS.maxFileBytes / MB} MB`),
          code: 'FileTooLarge',
        });
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_UNEXPECTED_FILE':
        return new BadRequestException({
          ...field(`at most ${UPLOAD_LIMITS.maxFiles} files, all in the field "${ATTACHMENTS_FIELD}"`),
          code: 'TooManyFiles',
        });
      case 'LIMIT_FIELD_COUNT':
      case 'LIMIT_FIELD_KEY':
      case 'LIMIT_FIELD_VALUE':
      case 'LIMIT_PART_COUNT':
      case 'MISSING_FIELD_NAME':
        return new BadRequestException(field(error.message, error.field ?? 'body'));
    }
  }
  if (error instanceof StorageFailure) return error.failure;
  // Everything else is the multipart parser refusing the body: no boundary, a malformed part, a truncated form.
  return new BadRequestException(field(error instanceof Error ? error.message : String(error), 'body'));
}
