import { DeletedTextRun, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { extractText } from './extract-text';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { buildDeflatedZip } from './testing/hostile-documents';

const textOf = async (...children: Paragraph[]): Promise<string> =>
  extractText(await Packer.toBuffer(new Document({ sections: [{ children }] })), 'plan.docx');

async function refusal(docx: Buffer): Promise<{ code: PlanImportErrorCode; message: string } | null> {
  try {
    await extractText(docx, 'plan.docx');
    return null;
  } catch (error) {
    if (!(error instanceof PlanImportException)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('the text of a .docx as a reader sees it', () => {
  it('puts each paragraph on its own, apart from the next by a blank line, and keeps soft line breaks', async () => {
    const text = await textOf(
      new Paragraph('Tổ chức hội nghị tuyên truyền'),
      new Paragraph({
        children: [
          new TextRun('Cơ quan chủ trì: Sở Tư pháp'),
          new TextRun({ text: 'Thời gian thực hiện: Quý I', break: 1 }),
        ],
      }),
    );

    expect(text).toBe('Tổ chức hội nghị tuyên truyền\n\nCơ quan chủ trì: Sở Tư pháp\nThời gian thực hiện: Quý I');
  });

  it('marks the title and heading styles as Markdown headings', async () => {
    const text = await textOf(
      new Paragraph({ text: 'KẾ HOẠCH', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'I. NỘI DUNG', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Nội dung', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('Tuyên truyền pháp luật'),
    );

    expect(text.split('\n\n')).toEqual(['# KẾ HOẠCH', '# I. NỘI DUNG', '## Nội dung', 'Tuyên truyền pháp luật']);
  });

  it('marks a short paragraph in bold throughout as bold, and no paragraph that is only partly or long bold', async () => {
    const long = 'Đẩy mạnh phổ biến, giáo dục pháp luật cho cán bộ, công chức, viên chức và người lao động. '.repeat(3);
    const text = await textOf(
      new Paragraph({ children: [new TextRun({ text: 'Nội dung', bold: true })] }),
      new Paragraph({ children: [new TextRun({ text: 'Chủ trì:', bold: true }), new TextRun(' Sở Tư pháp')] }),
      new Paragraph({ children: [new TextRun({ text: long.trim(), bold: true })] }),
    );

    expect(text.split('\n\n')).toEqual(['**Nội dung**', 'Chủ trì: Sở Tư pháp', long.trim()]);
  });

  it('leaves out hidden text and deleted revisions', async () => {
    const text = await textOf(
      new Paragraph({
        children: [
          new TextRun('Sở Tư pháp'),
          new TextRun({ text: ' (ghi chú ẩn)', vanish: true }),
          new DeletedTextRun({ text: ', Sở Nội vụ', id: 1, author: 'A', date: '2025-01-01T00:00:00Z' }),
          new TextRun(' chủ trì'),
        ],
      }),
    );

    expect(text).toBe('Sở Tư pháp chủ trì');
  });

  it('reads a text box after the paragraph it is anchored in, once though Word stores it twice', async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>Số: 12/KH-UBND</w:t></w:r></w:p></w:txbxContent>';
    const run =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>' +
      box +
      '</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      box +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const namespaces = {
      w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
      wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
      v: 'urn:schemas-microsoft-com:vml',
    };
    const declarations = Object.entries(namespaces).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`);
    const document = `<w:document ${declarations.join(' ')}><w:body><w:p>${run}<w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>`;

    const text = await extractText(
      buildDeflatedZip([{ name: 'word/document.xml', data: Buffer.from(document) }]),
      'a.docx',
    );

    expect(text).toBe('KẾ HOẠCH\n\nSố: 12/KH-UBND');
  });

  it('finds the main document through the package relationships, wherever it is', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/noi-dung/chinh.xml"/></Relationships>';
    const body = '<w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body>';
    const docx = buildDeflatedZip([
      { name: '_rels/.rels', data: Buffer.from(rels) },
      {
        name: 'noi-dung/chinh.xml',
        data: Buffer.from(
          `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body.replace(/w:/g, 'x:')}</x:document>`,
        ),
      },
    ]);

    expect(await extractText(docx, 'plan.docx')).toBe('KẾ HOẠCH');
  });

  it('refuses a document part that is not well-formed XML as corrupt, naming the part', async () => {
    const broken = buildDeflatedZip([{ name: 'word/document.xml', data: Buffer.from('<w:document><w:body>') }]);

    expect(await refusal(broken)).toEqual({
      code: PlanImportErrorCode.CorruptFile,
      message: expect.stringContaining('“word/document.xml” is not well-formed XML') as string,
    });
  });

  it('refuses an entity bomb without expanding it', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';

    expect((await refusal(buildDeflatedZip([{ name: 'word/document.xml', data: Buffer.from(laughs) }])))?.code).toBe(
      PlanImportErrorCode.CorruptFile,
    );
  });

  it('refuses an archive without a Word document as corrupt', async () => {
    const zip = buildDeflatedZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);

    expect(await refusal(zip)).toEqual({
      code: PlanImportErrorCode.CorruptFile,
      message: 'Cannot read the .docx file: it holds no Word document part',
    });
  });
});
