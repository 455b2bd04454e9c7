import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { extractText } from './extract-text';
import { buildDeflatedZip } from './testing/hostile-documents';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Level {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  extra?: string;
}

/** A hand-written WordprocessingML document: a body, a numbering part and a styles part. */
function wordDocument(body: string, { numbering = '', styles = '' } = {}): Buffer {
  const rel = (type: string, target: string) =>
    `<Relationship Id="${type}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`;
  const xml = (root: string, content: string) =>
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W}">${content}</w:${root}>`);
  return buildDeflatedZip([
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rel('officeDocument', 'word/document.xml')}</Relationships>`,
      ),
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: Buffer.from(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rel('numbering', 'numbering.xml')}${rel('styles', '/word/styles.xml')}</Relationships>`,
      ),
    },
    { name: 'word/document.xml', data: xml('document', `<w:body>${body}</w:body>`) },
    { name: 'word/numbering.xml', data: xml('numbering', numbering) },
    { name: 'word/styles.xml', data: xml('styles', styles) },
  ]);
}

const abstractNum = (id: number, levels: Level[]) =>
  `<w:abstractNum w:abstractNumId="${id}">${levels
    .map(
      ({ format, text, start, restart, extra = '' }, ilvl) =>
        `<w:lvl w:ilvl="${ilvl}">${start === undefined ? '' : `<w:start w:val="${start}"/>`}` +
        `<w:numFmt w:val="${format}"/>${restart === undefined ? '' : `<w:lvlRestart w:val="${restart}"/>`}` +
        `<w:lvlText w:val="${text}"/>${extra}</w:lvl>`,
    )
    .join('')}</w:abstractNum>`;

const num = (numId: number, abstractId: number, overrides = '') =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

const startOverride = (ilvl: number, start: number) =>
  `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

function p(text: string, { numId, ilvl, style }: { numId?: number; ilvl?: number; style?: string } = {}): string {
  const numPr =
    numId === undefined && ilvl === undefined
      ? ''
      : `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === undefined ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr>`;
  const pStyle = style === undefined ? '' : `<w:pStyle w:val="${style}"/>`;
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

const paragraphsOf = async (docx: Buffer): Promise<string[]> => (await extractText(docx, 'plan.docx')).split('\n\n');

const OUTLINE = abstractNum(1, [
  { format: 'upperRoman', text: '%1.', start: 1 },
  { format: 'decimal', text: '%2.', start: 1 },
  { format: 'decimal', text: '%2.%3.', start: 1 },
  { format: 'lowerLetter', text: '%4)', start: 1 },
]);

describe('Word automatic numbering in the extracted text', () => {
  it('draws Roman parts, nested decimal items and letters, restarting each level under a new parent', async () => {
    const body = [
      p('NỘI DUNG', { numId: 1, ilvl: 0 }),
      p('Tuyên truyền', { numId: 1, ilvl: 1 }),
      p('Tổ chức hội nghị', { numId: 1, ilvl: 2 }),
      p('Chủ trì: Sở Tư pháp', { numId: 1, ilvl: 3 }),
      p('Phối hợp: Sở Nội vụ', { numId: 1, ilvl: 3 }),
      p('Biên soạn tài liệu', { numId: 1, ilvl: 2 }),
      p('Kiểm tra', { numId: 1, ilvl: 1 }),
      p('Tự kiểm tra', { numId: 1, ilvl: 2 }),
      p('TỔ CHỨC THỰC HIỆN', { numId: 1, ilvl: 0 }),
      p('Sở Tư pháp', { numId: 1, ilvl: 1 }),
    ].join('');

    expect(await paragraphsOf(wordDocument(body, { numbering: OUTLINE + num(1, 1) }))).toEqual([
      'I. NỘI DUNG',
      '1. Tuyên truyền',
      '1.1. Tổ chức hội nghị',
      'a) Chủ trì: Sở Tư pháp',
      'b) Phối hợp: Sở Nội vụ',
      '1.2. Biên soạn tài liệu',
      '2. Kiểm tra',
      '2.1. Tự kiểm tra',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp',
    ]);
  });

  it('starts a level at its start value, and at 0 when the level leaves it out, as Word does', async () => {
    const numbering =
      abstractNum(1, [{ format: 'decimal', text: '%1.', start: 3 }]) +
      abstractNum(2, [{ format: 'decimal', text: '(%1)' }]) +
      num(1, 1) +
      num(2, 2);
    const body = [p('Ba', { numId: 1, ilvl: 0 }), p('Bốn', { numId: 1, ilvl: 0 }), p('Không', { numId: 2, ilvl: 0 })];

    expect(await paragraphsOf(wordDocument(body.join(''), { numbering }))).toEqual(['3. Ba', '4. Bốn', '(0) Không']);
  });

  it('never restarts a level whose lvlRestart is 0', async () => {
    const numbering =
      abstractNum(1, [
        { format: 'decimal', text: '%1.', start: 1 },
        { format: 'decimal', text: 'Điều %2.', start: 1, restart: 0 },
      ]) + num(1, 1);
    const body = [p('A', { numId: 1, ilvl: 0 }), p('x', { numId: 1, ilvl: 1 }), p('B', { numId: 1, ilvl: 0 })];
    body.push(p('y', { numId: 1, ilvl: 1 }));

    expect(await paragraphsOf(wordDocument(body.join(''), { numbering }))).toEqual([
      '1. A',
      'Điều 1. x',
      '2. B',
      'Điều 2. y',
    ]);
  });

  it('continues a list across other paragraphs and across instances of its abstract list, restarting at a startOverride', async () => {
    const numbering =
      abstractNum(1, [{ format: 'decimal', text: '%1.', start: 1 }]) +
      num(1, 1) +
      num(2, 1) +
      num(3, 1, startOverride(0, 1));
    const body = [
      p('Một', { numId: 1, ilvl: 0 }),
      p('Đoạn văn không đánh số.'),
      p('Hai', { numId: 1, ilvl: 0 }),
      p('Ba', { numId: 2, ilvl: 0 }),
      p('Lại một', { numId: 3, ilvl: 0 }),
      p('Lại hai', { numId: 3, ilvl: 0 }),
    ];

    expect(await paragraphsOf(wordDocument(body.join(''), { numbering }))).toEqual([
      '1. Một',
      'Đoạn văn không đánh số.',
      '2. Hai',
      '3. Ba',
      '1. Lại một',
      '2. Lại hai',
    ]);
  });

  it('numbers paragraphs whose style carries the list, through basedOn, unless the paragraph sets numId 0', async () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="MucCon"><w:name w:val="Mục con"/><w:basedOn w:val="Muc"/></w:style>`;
    const numbering =
      abstractNum(1, [
        { format: 'upperRoman', text: '%1.', start: 1, extra: '<w:pStyle w:val="Muc"/>' },
        { format: 'decimal', text: '%2.', start: 1 },
      ]) + num(1, 1);
    const body = [
      p('MỤC ĐÍCH', { style: 'Muc' }),
      p('Nội dung', { style: 'MucCon', ilvl: 1 }),
      p('Không đánh số', { style: 'Muc', numId: 0 }),
      p('NHIỆM VỤ', { style: 'MucCon' }),
    ];

    expect(await paragraphsOf(wordDocument(body.join(''), { numbering, styles }))).toEqual([
      'I. MỤC ĐÍCH',
      '1. Nội dung',
      'Không đánh số',
      'II. NHIỆM VỤ',
    ]);
  });

  it('letters d) đ) e) in a document tagged Vietnamese, and d) e) f) as Word does in one tagged English', async () => {
    const letters = abstractNum(1, [{ format: 'lowerLetter', text: '%1)', start: 4 }]) + num(1, 1);
    const body = ['four', 'five', 'six'].map((text) => p(text, { numId: 1, ilvl: 0 })).join('');
    const tagged = (lang: string) =>
      `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault></w:docDefaults>`;

    expect(await paragraphsOf(wordDocument(body, { numbering: letters, styles: tagged('vi-VN') }))).toEqual([
      'd) four',
      'đ) five',
      'e) six',
    ]);
    expect(await paragraphsOf(wordDocument(body, { numbering: letters, styles: tagged('en-US') }))).toEqual([
      'd) four',
      'e) five',
      'f) six',
    ]);
  });

  it('shows every counter as a decimal on an isLgl level, and no space after a label whose suffix is nothing', async () => {
    const numbering =
      abstractNum(1, [
        { format: 'upperRoman', text: '%1.', start: 2 },
        { format: 'decimal', text: '%1.%2.', start: 1, extra: '<w:isLgl/><w:suff w:val="nothing"/>' },
      ]) + num(1, 1);
    const body = p('PHẦN', { numId: 1, ilvl: 0 }) + p('Mục', { numId: 1, ilvl: 1 });

    expect(await paragraphsOf(wordDocument(body, { numbering }))).toEqual(['II. PHẦN', '2.1.Mục']);
  });

  it('shows a symbol-font bullet as a bullet and keeps a typed dash', async () => {
    const numbering =
      abstractNum(1, [{ format: 'bullet', text: '\uf0b7' }]) + abstractNum(2, [{ format: 'bullet', text: '-' }]);
    const body = p('Hội nghị', { numId: 1, ilvl: 0 }) + p('Tọa đàm', { numId: 2, ilvl: 0 });

    expect(await paragraphsOf(wordDocument(body, { numbering: numbering + num(1, 1) + num(2, 2) }))).toEqual([
      '• Hội nghị',
      '- Tọa đàm',
    ]);
  });

  it('reads a list made with the docx package, each instance restarting at the level start', async () => {
    const reference = 'plan';
    const docx = new Document({
      numbering: {
        config: [
          {
            reference,
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 2 },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', start: 1 },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Hai', numbering: { reference, level: 0 } }),
            new Paragraph({ text: 'Hai chấm một', numbering: { reference, level: 1 } }),
            new Paragraph({ text: 'Hai chấm hai', numbering: { reference, level: 1 } }),
            new Paragraph({ text: 'Lại hai', numbering: { reference, level: 0, instance: 1 } }),
          ],
        },
      ],
    });

    expect(await paragraphsOf(await Packer.toBuffer(docx))).toEqual([
      '2. Hai',
      '2.1. Hai chấm một',
      '2.2. Hai chấm hai',
      '2. Lại hai',
    ]);
  });
});
