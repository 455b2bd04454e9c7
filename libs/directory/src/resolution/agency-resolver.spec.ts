import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parseDirectory } from '../parse-directory';
import { type AgencyResolver, type ProvinceDirectory, buildAgencyResolver } from './agency-resolver';
import { nameKey } from './name-key';
import { provinceMentions } from './province-mentions';
import { resolveTaskAgencies } from './task-agencies';

const DIRECTORIES = path.resolve(__dirname, '../../../../data/directories');
const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');

function loadDirectory(file: string): ProvinceDirectory {
  const parsed = parseDirectory({ text: readFileSync(path.join(DIRECTORIES, file), 'utf8'), format: 'json' });
  return { province: parsed.accepted[0].province, agencies: parsed.accepted, groups: parsed.groups };
}

const laiChau = buildAgencyResolver(loadDirectory('lai-chau.json'));
const langSon = buildAgencyResolver(loadDirectory('lang-son.json'));
const resolvers = [laiChau, langSon];

interface ExpectedSeed {
  issuer: string | null;
  standingOffice: string | null;
  tasks: Array<{ code: string; lead: string[]; coordinating: string[] }>;
}

const seeds = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => {
    const base = file.replace(/\.expected\.json$/, '');
    const text = readFileSync(path.join(SEEDS, `${base}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(SEEDS, file), 'utf8')) as ExpectedSeed;
    const names = expected.tasks.flatMap((task) => [...task.lead, ...task.coordinating]);
    if (expected.standingOffice) names.push(expected.standingOffice);
    return { base, text, issuer: expected.issuer, names: [...new Set(names)] };
  });

const codeOf = (resolver: AgencyResolver, name: string): string | null => {
  const resolution = resolver.resolve(name);
  return resolution.status === 'resolved' ? resolution.match.code : null;
};

describe('buildAgencyResolver on the seed directories', () => {
  it.each(resolvers)('gives no two $province entries the same name key', ({ province }) => {
    const directory = loadDirectory(province === 'Lai Châu' ? 'lai-chau.json' : 'lang-son.json');
    const owners = new Map<string, Set<string>>();
    const add = (text: string, code: string) =>
      owners.set(nameKey(text, province), (owners.get(nameKey(text, province)) ?? new Set()).add(code));
    directory.agencies.forEach((a) => [a.name, ...a.shortNames, ...a.aliases].forEach((n) => add(n, a.code)));
    directory.groups.forEach((g) => [g.name, ...g.phrases].forEach((n) => add(n, g.code)));
    expect([...owners.entries()].filter(([, codes]) => codes.size > 1)).toEqual([]);
  });

  it.each(seeds)(
    '$base: the province is inferred from the text, and every task and standing office name resolves',
    ({ text, issuer, names }) => {
      const resolver = resolvers.find((r) => r.province === provinceMentions(text, issuer)[0]);
      expect(resolver).toBeDefined();
      const unresolved = names.filter((name) => resolver?.resolve(name).status !== 'resolved');
      expect(unresolved).toEqual([]);
    },
  );
});

describe('what the resolver treats as the same name', () => {
  it.each([
    ['decomposed Unicode', 'Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD'), 'LCU-SVHTTDL'],
    ['the old tone placement', 'Sở Văn hoá, Thể thao và Du lịch', 'LCU-SVHTTDL'],
    ['upper case', 'SỞ TƯ PHÁP', 'LCU-STP'],
    ['a line break inside the name', 'Sở Khoa học và\nCông nghệ', 'LCU-SKHCN'],
    ['UBND for Ủy ban nhân dân', 'UBND tỉnh Lai Châu', 'LCU-UBND'],
    ['Uỷ ban nhân dân tỉnh <province>', 'Uỷ ban nhân dân tỉnh Lai Châu', 'LCU-UBND'],
    ['TT&TT for Thông tin và Truyền thông', 'Sở TT&TT', 'LCU-STTTT'],
    ['TT&TT with the province', 'Sở TT&TT tỉnh Lai Châu', 'LCU-STTTT'],
    ['MTTQ for Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam tỉnh Lai Châu', 'LCU-MTTQ'],
    ['PBGDPL for phổ biến, giáo dục pháp luật', 'Hội đồng phối hợp PBGDPL tỉnh Lai Châu', 'LCU-HDPH'],
    ['CT-XH for chính trị - xã hội', 'các tổ chức CT-XH tỉnh', 'LCU-G-TCTV-MTTQ'],
    ['a trailing "tỉnh" left off', 'Sở Tư pháp tỉnh', 'LCU-STP'],
    ['a dash spelt differently', 'Phòng Thông tin - Báo chí - Xuất bản', 'LCU-STTTT-TTBCXB'],
    ['a unit in charge written in parentheses', 'Sở Tư pháp (Phòng Phổ biến, giáo dục pháp luật)', 'LCU-STP'],
  ])('%s: %s', (_what, name, code) => {
    expect(codeOf(laiChau, name)).toBe(code);
  });

  it.each([
    ['Giám đốc Sở Tư pháp', 'Sở Tư pháp'],
    ['Thủ trưởng các sở, ban, ngành tỉnh', 'các sở, ban, ngành tỉnh'],
    ['Chủ tịch UBND các huyện, thành phố', 'UBND các huyện, thành phố'],
    ['Người đứng đầu Công an tỉnh', 'Công an tỉnh'],
  ])('the agency whose head is charged: "%s" as "%s"', (written, agency) => {
    expect(codeOf(laiChau, agency)).not.toBeNull();
    expect(codeOf(laiChau, written)).toBe(codeOf(laiChau, agency));
  });

  it('spells out abbreviations the directory does not list', () => {
    const bare = buildAgencyResolver({
      province: 'Lai Châu',
      agencies: [
        { code: 'UBND', name: 'Ủy ban nhân dân tỉnh Lai Châu', shortNames: [], aliases: [] },
        { code: 'HDND', name: 'Hội đồng nhân dân tỉnh Lai Châu', shortNames: [], aliases: [] },
        { code: 'STTTT', name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu', shortNames: [], aliases: [] },
        { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu', shortNames: [], aliases: [] },
        {
          code: 'HDPH',
          name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lai Châu',
          shortNames: [],
          aliases: [],
        },
      ],
      groups: [{ code: 'CTXH', name: 'Các tổ chức chính trị - xã hội tỉnh Lai Châu', phrases: [], memberCodes: [] }],
    });
    expect(
      [
        'UBND tỉnh',
        'HĐND tỉnh Lai Châu',
        'Sở TT&TT',
        'Uỷ ban MTTQ Việt Nam tỉnh',
        'Hội đồng phối hợp PBGDPL',
        'các tổ chức CT-XH',
      ].map((name) => codeOf(bare, name)),
    ).toEqual(['UBND', 'HDND', 'STTTT', 'MTTQ', 'HDPH', 'CTXH']);
  });

  it.each([
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở GTVT', 'Sở Giao thông vận tải'],
    ['Sở VH&TT', 'Sở Văn hóa và Thể thao'],
    ['BHXH tỉnh', 'Bảo hiểm xã hội tỉnh Lai Châu'],
    ['Đài PT-TH tỉnh', 'Đài Phát thanh - Truyền hình tỉnh Lai Châu'],
    ['Hội LHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh Lai Châu'],
    ['LĐLĐ tỉnh', 'Liên đoàn Lao động tỉnh Lai Châu'],
    ['Hội CCB tỉnh', 'Hội Cựu chiến binh tỉnh Lai Châu'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Lai Châu'],
    ['BCH Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu'],
    ['Bộ CH BĐBP tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu'],
    ['Tỉnh đoàn TNCS Hồ Chí Minh', 'Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lai Châu'],
    ['KBNN tỉnh', 'Kho bạc Nhà nước tỉnh Lai Châu'],
    ['VKSND tỉnh', 'Viện Kiểm sát nhân dân tỉnh Lai Châu'],
    ['Cổng TTĐT tỉnh', 'Cổng Thông tin điện tử tỉnh Lai Châu'],
    ['BQL các Khu công nghiệp tỉnh', 'Ban Quản lý các Khu công nghiệp tỉnh Lai Châu'],
    ['HLHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh Lai Châu'],
  ])('spells out "%s" as "%s"', (written, name) => {
    const directory = buildAgencyResolver({
      province: 'Lai Châu',
      agencies: [{ code: 'X', name, shortNames: [], aliases: [] }],
      groups: [],
    });
    expect(codeOf(directory, written)).toBe('X');
  });

  it('keeps "cấp tỉnh", a level, apart from the province', () => {
    expect(codeOf(laiChau, 'các cơ quan, tổ chức cấp tỉnh')).toBe('LCU-G-CQTC-TINH');
    expect(nameKey('các cơ quan, tổ chức cấp tỉnh', 'Lai Châu')).toBe('cac co quan to chuc cap tinh');
  });

  it('expands a group phrase to its member agencies', () => {
    const resolution = laiChau.resolve('UBND các huyện, thành phố');
    expect(resolution).toMatchObject({ status: 'resolved', match: { type: 'group', code: 'LCU-G-UBND-HUYEN' } });
    expect(resolution.status === 'resolved' && resolution.agencyCodes).toHaveLength(8);
  });
});

describe('agencies listed under one head ("Các Sở: Tư pháp, Nội vụ")', () => {
  it.each([
    ['Các Sở: Tư pháp, Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo', ['LCU-STP', 'LCU-SVHTTDL', 'LCU-SGDDT']],
    ['các Sở Tư pháp, Nội vụ và Tài chính', ['LCU-STP', 'LCU-SNV', 'LCU-STC']],
    ['Sở Tư pháp, Khoa học và Công nghệ', ['LCU-STP', 'LCU-SKHCN']],
  ])('resolves "%s" to each agency it names', (name, codes) => {
    expect(laiChau.resolve(name)).toEqual({
      status: 'resolved',
      name,
      match: { type: 'agency', code: codes[0] },
      agencyCodes: codes,
    });
  });

  it('keeps the list unresolved when one of its names is no agency of the province', () => {
    expect(laiChau.resolve('Các Sở: Tư pháp, Ngoại giao')).toMatchObject({ status: 'unresolved', reason: 'unknown' });
  });
});

describe('names it does not know', () => {
  it('keeps a misspelt name unresolved, with the agency meant as the first of three suggestions', () => {
    const resolution = laiChau.resolve('Sở Giáo dục và Đào tạp');
    expect(resolution).toMatchObject({ status: 'unresolved', reason: 'unknown' });
    expect(resolution.status === 'unresolved' && resolution.suggestions).toHaveLength(3);
    expect(resolution.status === 'unresolved' && resolution.suggestions[0]).toEqual({
      type: 'agency',
      code: 'LCU-SGDDT',
      name: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu',
    });
  });

  it('suggests the department for a name with a word too many', () => {
    const resolution = laiChau.resolve('Sở Tư pháp và Pháp chế');
    expect(resolution.status === 'unresolved' && resolution.suggestions[0]?.code).toBe('LCU-STP');
  });

  it('never picks one of two agencies that share a name: both are suggested', () => {
    const twice = buildAgencyResolver({
      province: 'Lai Châu',
      agencies: [
        { code: 'A', name: 'Sở Tư pháp tỉnh Lai Châu', shortNames: ['Sở Tư pháp'], aliases: [] },
        { code: 'B', name: 'Sở Tư pháp', shortNames: [], aliases: [] },
      ],
      groups: [],
    });
    expect(twice.resolve('Sở Tư pháp')).toMatchObject({
      status: 'unresolved',
      reason: 'ambiguous',
      suggestions: [{ code: 'A' }, { code: 'B' }],
    });
  });

  it('does not resolve a name against another province’s directory', () => {
    expect(laiChau.resolve('Hiệp hội Doanh nghiệp tỉnh Lạng Sơn').status).toBe('unresolved');
  });
});

describe('resolveTaskAgencies', () => {
  it('lists each agency once, a lead agency never also as coordinating, and reports the rest', () => {
    const resolved = resolveTaskAgencies(laiChau, {
      lead: ['Sở Tư pháp', 'Ủy ban nhân dân cấp xã'],
      coordinating: ['các cơ quan, tổ chức cấp tỉnh', 'Sở Tư phám'],
    });
    expect(resolved.lead).toEqual(['LCU-STP']);
    expect(resolved.coordinating).toHaveLength(15);
    expect(resolved.coordinating).not.toContain('LCU-STP');
    expect(resolved.emptyGroups).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(resolved.unresolved).toEqual([
      { name: 'Sở Tư phám', role: 'coordinating', suggestions: expect.arrayContaining([expect.anything()]) },
    ]);
    expect(resolved.unresolved[0].suggestions[0].code).toBe('LCU-STP');
  });
});

describe('provinceMentions', () => {
  it('puts the issuer’s province first, then the most mentioned', () => {
    const text = 'Ủy ban nhân dân tỉnh Lạng Sơn … Sở Tư pháp tỉnh Lai Châu, Công an tỉnh Lai Châu';
    expect(provinceMentions(text)[0]).toBe('Lai Châu');
    expect(provinceMentions(text, 'Ủy ban nhân dân tỉnh Lạng Sơn')[0]).toBe('Lạng Sơn');
  });

  it('skips "Tỉnh ủy" and "cấp tỉnh", which name no province', () => {
    expect(provinceMentions('Ban Tuyên giáo Tỉnh ủy, các cơ quan cấp tỉnh')).toEqual([]);
  });
});
