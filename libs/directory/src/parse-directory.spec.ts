import { AGENCY_KINDS } from '@dondoc/persistence';
import { DirectoryFileError } from './directory.types';
import { parseDirectory } from './parse-directory';

const HEADER = 'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active';
const csv = (...rows: string[]) => ({
  text: [HEADER, ...rows].join('\n'),
  format: 'csv' as const,
  province: 'Lai Châu',
});

describe('parseDirectory: CSV', () => {
  it('reads list cells split on ";", NFC-normalises text and lower-cases emails', () => {
    const decomposed = 'Sở Tư pháp tỉnh Lai Châu'.normalize('NFD');
    const parsed = parseDirectory(
      csv(
        `LCU-STP,"${decomposed}",Sở Tư pháp; STP ;,,provincial_department,,VanPhong@stp.laichau.dondoc.invalid;x@stp.laichau.dondoc.invalid,giamdoc@stp.laichau.dondoc.invalid,`,
      ),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted).toEqual([
      {
        code: 'LCU-STP',
        name: 'Sở Tư pháp tỉnh Lai Châu',
        province: 'Lai Châu',
        shortNames: ['Sở Tư pháp', 'STP'],
        aliases: [],
        kind: 'provincial_department',
        parentCode: null,
        focalEmails: ['vanphong@stp.laichau.dondoc.invalid', 'x@stp.laichau.dondoc.invalid'],
        headEmail: 'giamdoc@stp.laichau.dondoc.invalid',
        active: true,
      },
    ]);
  });

  it('rejects each bad row with its spreadsheet row number, its code and a reason, and keeps the good ones', () => {
    const parsed = parseDirectory(
      csv(
        'LCU-STP,Sở Tư pháp tỉnh Lai Châu,,,provincial_department,,,,true',
        ',Sở Tài chính tỉnh Lai Châu,,,provincial_department,,,,',
        'LCU-SYT,Sở Y tế tỉnh Lai Châu,,,department,,,,',
        'LCU-SNV,Sở Nội vụ tỉnh Lai Châu,,,provincial_department,,vanphong@,,',
        'LCU-STP-VP,Văn phòng Sở Tư pháp,,,other,LCU-NOPE,,,',
        'LCU-STP,"Sở Tư pháp, bản sao",,,provincial_department,,,,',
        'LCU-BAO,Báo Lai Châu,,,press,,,,maybe',
        '',
        'LCU-STP-TTRA,Thanh tra Sở Tư pháp,,,other,LCU-STP,,,no',
      ),
    );
    expect(parsed.accepted.map((agency) => [agency.code, agency.active])).toEqual([
      ['LCU-STP', true],
      ['LCU-STP-TTRA', false],
    ]);
    expect(parsed.rejected).toEqual([
      { row: 3, entry: 'agency', reason: 'missing code' },
      {
        row: 4,
        entry: 'agency',
        code: 'LCU-SYT',
        reason: `invalid kind "department": allowed values are ${AGENCY_KINDS.join(', ')}`,
      },
      { row: 5, entry: 'agency', code: 'LCU-SNV', reason: 'bad email in focal emails: "vanphong@"' },
      { row: 6, entry: 'agency', code: 'LCU-STP-VP', reason: 'unknown parent code LCU-NOPE' },
      { row: 7, entry: 'agency', code: 'LCU-STP', reason: 'duplicate code LCU-STP in file (first on row 2)' },
      { row: 8, entry: 'agency', code: 'LCU-BAO', reason: 'active must be true or false (got "maybe")' },
    ]);
  });

  it('counts records, not lines, when a quoted cell spans lines', () => {
    const parsed = parseDirectory(csv('LCU-A,"Tên\nhai dòng",,,other,,,,', 'LCU-B,,,,other,,,,'));
    expect(parsed.accepted.map((agency) => agency.name)).toEqual(['Tên hai dòng']);
    expect(parsed.rejected).toEqual([{ row: 3, entry: 'agency', code: 'LCU-B', reason: 'missing name' }]);
  });

  it('puts parents before children whatever the file order, and accepts a parent already in the directory', () => {
    const parsed = parseDirectory(
      csv(
        'LCU-STTTT-VP,Văn phòng Sở,,,other,LCU-STTTT,,,',
        'LCU-STTTT,Sở Thông tin và Truyền thông tỉnh Lai Châu,,,provincial_department,,,,',
        'LCU-STP-VP,Văn phòng Sở Tư pháp,,,other,LCU-STP,,,',
      ),
      { knownAgencyCodes: new Set(['LCU-STP']) },
    );
    expect(parsed.accepted.map((agency) => agency.code)).toEqual(['LCU-STTTT', 'LCU-STP-VP', 'LCU-STTTT-VP']);
  });

  it('rejects the children of a rejected parent and the members of a parent cycle', () => {
    const parsed = parseDirectory(
      csv(
        'LCU-P,Cha,,,nonsense,,,,',
        'LCU-C,Con,,,other,LCU-P,,,',
        'LCU-X,X,,,other,LCU-Y,,,',
        'LCU-Y,Y,,,other,LCU-X,,,',
        'LCU-S,S,,,other,LCU-S,,,',
      ),
    );
    expect(parsed.accepted).toEqual([]);
    expect(parsed.rejected.map(({ row, reason }) => [row, reason.replace(/:.*/, '')])).toEqual([
      [2, 'invalid kind "nonsense"'],
      [3, 'parent code LCU-P was rejected (row 2)'],
      [4, 'parent code LCU-Y is part of a cycle or was rejected'],
      [5, 'parent code LCU-X is part of a cycle or was rejected'],
      [6, 'agency LCU-S cannot be its own parent'],
    ]);
  });

  it('refuses a file whose header lacks a column or adds one, and a CSV without a province', () => {
    expect(() => parseDirectory({ text: 'code,name\nA,B', format: 'csv', province: 'Lai Châu' })).toThrow(
      /missing short_names, aliases, kind/,
    );
    expect(() => parseDirectory({ text: `${HEADER},extra\n`, format: 'csv', province: 'Lai Châu' })).toThrow(
      /unknown extra/,
    );
    expect(() => parseDirectory({ text: HEADER, format: 'csv' })).toThrow(DirectoryFileError);
  });
});

describe('parseDirectory: JSON', () => {
  const agency = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: `Cơ quan ${code}`,
    kind: 'provincial_department',
    ...extra,
  });

  it('reads agencies and groups, taking the province from the file', () => {
    const text = JSON.stringify({
      province: 'Lạng Sơn',
      agencies: [agency('LSN-STP'), agency('LSN-STC')],
      groups: [
        {
          code: 'LSN-G-SBN',
          name: 'Các sở, ban, ngành tỉnh',
          phrases: ['các sở, ban, ngành'],
          members: ['LSN-STP', 'LSN-STC'],
        },
      ],
    });
    const parsed = parseDirectory({ text, format: 'json' });
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted.map((a) => [a.code, a.province])).toEqual([
      ['LSN-STP', 'Lạng Sơn'],
      ['LSN-STC', 'Lạng Sơn'],
    ]);
    expect(parsed.groups).toEqual([
      {
        code: 'LSN-G-SBN',
        name: 'Các sở, ban, ngành tỉnh',
        province: 'Lạng Sơn',
        phrases: ['các sở, ban, ngành'],
        memberCodes: ['LSN-STP', 'LSN-STC'],
      },
    ]);
  });

  it('rejects a group naming an agency that is neither in the file nor in the directory, or a rejected one', () => {
    const text = JSON.stringify({
      province: 'Lạng Sơn',
      agencies: [agency('LSN-STP'), agency('LSN-BAD', { focalEmails: ['not an email'] })],
      groups: [
        { code: 'LSN-G-1', name: 'Nhóm một', members: ['LSN-STP', 'LSN-UBND'] },
        { code: 'LSN-G-2', name: 'Nhóm hai', members: ['LSN-BAD'] },
        { code: 'LSN-G-3', name: 'Nhóm ba', members: ['LSN-STP', 'LSN-NOPE'] },
        'not a group',
      ],
    });
    const parsed = parseDirectory({ text, format: 'json' }, { knownAgencyCodes: new Set(['LSN-UBND']) });
    expect(parsed.groups.map((group) => group.code)).toEqual(['LSN-G-1']);
    expect(parsed.rejected).toEqual([
      { row: 2, entry: 'agency', code: 'LSN-BAD', reason: 'bad email in focal emails: "not an email"' },
      { row: 2, entry: 'group', code: 'LSN-G-2', reason: 'unknown member code LSN-BAD' },
      { row: 3, entry: 'group', code: 'LSN-G-3', reason: 'unknown member code LSN-NOPE' },
      { row: 4, entry: 'group', reason: 'a group must be an object' },
    ]);
  });

  it('refuses text that is not a JSON directory', () => {
    expect(() => parseDirectory({ text: '{', format: 'json' })).toThrow(/not valid JSON/);
    expect(() => parseDirectory({ text: '[]', format: 'json' })).toThrow(/expected an object/);
    expect(() => parseDirectory({ text: '{"agencies": {}}', format: 'json' })).toThrow(/agencies must be an array/);
  });
});
