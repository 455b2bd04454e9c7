import { ACCEPTED_EXTENSIONS, ZipPartWatcher, extensionOf, sanitiseFilename, sniffFileKind } from './file-types';

const noZip = { word: false, excel: false };
const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('sniffFileKind', () => {
  it('knows each accepted kind by its first bytes', () => {
    expect(sniffFileKind(Buffer.from('%PDF-1.7\n'), noZip)).toBe('pdf');
    expect(sniffFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noZip)).toBe('jpeg');
    expect(sniffFileKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), noZip)).toBe('png');
    expect(sniffFileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noZip)).toBe('doc');
    expect(sniffFileKind(zipHeader, { word: true, excel: false })).toBe('docx');
    expect(sniffFileKind(zipHeader, { word: false, excel: true })).toBe('xlsx');
  });

  it('refuses an executable, a script, plain text and a zip that is no Office file, whatever they are named', () => {
    expect(sniffFileKind(Buffer.from('MZ\x90\x00\x03'), noZip)).toBeNull();
    expect(sniffFileKind(Buffer.from('\x7fELF\x02\x01'), noZip)).toBeNull();
    expect(sniffFileKind(Buffer.from('#!/bin/sh\nrm -rf /'), noZip)).toBeNull();
    expect(sniffFileKind(Buffer.from('Báo cáo kết quả'), noZip)).toBeNull();
    expect(sniffFileKind(zipHeader, noZip)).toBeNull();
    expect(sniffFileKind(Buffer.alloc(0), noZip)).toBeNull();
  });
});

describe('ZipPartWatcher', () => {
  it('finds a part name split across two chunks', () => {
    const watcher = new ZipPartWatcher();
    watcher.push(Buffer.from('PK\x03\x04....word/docu'));
    watcher.push(Buffer.from('ment.xml....'));
    expect(watcher.parts).toEqual({ word: true, excel: false });
  });
});

describe('sanitiseFilename', () => {
  it('keeps Vietnamese names whole, in NFC', () => {
    const decomposed = 'Báo cáo kết quả Ngày Pháp luật.pdf'.normalize('NFD');
    expect(sanitiseFilename(decomposed, '.pdf')).toBe('Báo cáo kết quả Ngày Pháp luật.pdf'.normalize('NFC'));
  });

  it('drops folders, control and reserved characters, and leading dots', () => {
    expect(sanitiseFilename('../../etc/passwd', '.pdf')).toBe('passwd');
    expect(sanitiseFilename('C:\\Users\\vt\\bao-cao.docx', '.docx')).toBe('bao-cao.docx');
    expect(sanitiseFilename('..bao\u0000cao\u202e<x>.pdf', '.pdf')).toBe('baocaox.pdf');
  });

  it('names a file with nothing left after cleaning, and shortens a very long name keeping its extension', () => {
    expect(sanitiseFilename('...', '.png')).toBe('tep-dinh-kem.png');
    const long = sanitiseFilename(`${'đ'.repeat(300)}.xlsx`, '.xlsx');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
});

describe('extensions', () => {
  it('accepts PDF, DOCX, XLSX, DOC, JPG and PNG, and reads an extension case-insensitively', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(['.pdf', '.docx', '.xlsx', '.doc', '.jpg', '.jpeg', '.png']);
    expect(extensionOf('Báo cáo.PDF')).toBe('.pdf');
    expect(extensionOf('README')).toBe('');
  });
});
