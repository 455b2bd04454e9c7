import { StreamableFile } from '@nestjs/common';
import { type Response } from 'express';
import { type ReadStream } from 'node:fs';
import { type SubmissionAttachment } from '@dondoc/persistence';

/** A stored file as a download: never rendered inline, never sniffed into something else by the browser. */
export function sendAttachment(response: Response, file: SubmissionAttachment, stream: ReadStream): StreamableFile {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(stream, {
    type: file.mediaType,
    length: file.size,
    disposition: `attachment; filename="${asciiName(file.filename)}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  });
}

const asciiName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
