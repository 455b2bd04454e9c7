/** A CSV file that is not well-formed RFC 4180, e.g. a quote left open. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(`CSV record ${record}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF; a quoted field may hold commas, line
 * breaks and doubled quotes (""). A final line break does not start an empty record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let index = 0;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        const next = text[index + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError('a closing quote must end its field', records.length + 1);
        }
      } else {
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' && text[index + 1] === '\n') {
      endRecord();
      index += 1;
    } else if (char === '\n') {
      endRecord();
    } else {
      field += char;
      fieldStarted = true;
    }
    index += 1;
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is never closed', records.length + 1);
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}
