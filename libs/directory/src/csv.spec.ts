import { CsvSyntaxError, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('splits records on LF and CRLF and fields on commas', () => {
    expect(parseCsv('code,name\nLCU-STP,Sở Tư pháp\r\nLCU-STC,Sở Tài chính\n')).toEqual([
      ['code', 'name'],
      ['LCU-STP', 'Sở Tư pháp'],
      ['LCU-STC', 'Sở Tài chính'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted field', () => {
    const text = 'code,name\nLCU-SVHTTDL,"Sở Văn hóa, Thể thao và Du lịch"\nX,"dòng một\ndòng hai ""trích"""\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'name'],
      ['LCU-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['X', 'dòng một\ndòng hai "trích"'],
    ]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,c,\n"",b')).toEqual([
      ['a', '', 'c', ''],
      ['', 'b'],
    ]);
  });

  it('reads a last record without a final line break, and nothing from an empty file', () => {
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a blank line as a record with one empty field, so row numbers stay true', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('treats a quote inside an unquoted field as a literal character', () => {
    expect(parseCsv('Báo "Lai Châu",x')).toEqual([['Báo "Lai Châu"', 'x']]);
  });

  it('refuses a quoted field that is never closed, naming the record', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(/record 2/);
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/closing quote/);
  });
});
