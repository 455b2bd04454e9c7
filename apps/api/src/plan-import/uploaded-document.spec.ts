import { HttpStatus, type HttpException } from '@nestjs/common';
import { type UploadedDocument, checkUpload } from './uploaded-document';

const file = (originalname: string, bytes: Buffer): UploadedDocument => ({
  originalname,
  mimetype: 'application/octet-stream',
  size: bytes.length,
  buffer: bytes,
});

function statusOf(upload: UploadedDocument): number | 'accepted' {
  try {
    checkUpload(upload);
    return 'accepted';
  } catch (error) {
    return (error as HttpException).getStatus();
  }
}

describe('checkUpload', () => {
  it.each([
    ['ke-hoach.txt', Buffer.from('KẾ HOẠCH')],
    ['Kế hoạch.MD', Buffer.from('**KẾ HOẠCH**')],
    ['ke-hoach.pdf', Buffer.from('%PDF-1.4 …')],
    ['ke-hoach.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])],
  ])('accepts %s whose content matches its name', (name, bytes) => {
    expect(statusOf(file(name, bytes))).toBe('accepted');
  });

  it.each([
    ['an unknown extension', 'bang-tinh.xlsx', Buffer.from('PK\u0003\u0004', 'latin1')],
    ['no extension', 'ke-hoach', Buffer.from('KẾ HOẠCH')],
    ['a PNG named .pdf', 'ke-hoach.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['a PDF named .txt', 'ke-hoach.txt', Buffer.from('%PDF-1.7')],
    ['text named .docx', 'ke-hoach.docx', Buffer.from('KẾ HOẠCH')],
  ])('refuses %s with 415', (_what, name, bytes) => {
    expect(statusOf(file(name, bytes))).toBe(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  });

  it('refuses an empty file of an accepted type with 422', () => {
    expect(statusOf(file('ke-hoach.pdf', Buffer.alloc(0)))).toBe(HttpStatus.UNPROCESSABLE_ENTITY);
  });

  it('records the media type of the extension, not the one the client claims', () => {
    expect(checkUpload(file('ke-hoach.md', Buffer.from('# KẾ HOẠCH')))).toEqual({ mediaType: 'text/markdown' });
  });
});
