import { searchKey } from '@dondoc/domain';

/** Abbreviations plans use, in search-key form, longest first so `ubmttq` wins over `mttq`; `&` and `-` are kept. */
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['ubmttqvn', 'uy ban mat tran to quoc viet nam'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['mttqvn', 'mat tran to quoc viet nam'],
  ['mttq', 'mat tran to quoc'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['phpbgdpl', 'phoi hop pho bien giao duc phap luat'],
  ['pbgdpl', 'pho bien giao duc phap luat'],
  ['hdph', 'hoi dong phoi hop'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['tttt', 'thong tin va truyen thong'],
  ['ct-xh', 'chinh tri xa hoi'],
  ['ctxh', 'chinh tri xa hoi'],
  ['ld-tb&xh', 'lao dong thuong binh va xa hoi'],
  ['ldtb&xh', 'lao dong thuong binh va xa hoi'],
  ['ldtbxh', 'lao dong thuong binh va xa hoi'],
  ['gd&dt', 'giao duc va dao tao'],
  ['gddt', 'giao duc va dao tao'],
  ['nn&ptnt', 'nong nghiep va phat trien nong thon'],
  ['nnptnt', 'nong nghiep va phat trien nong thon'],
  ['nn&mt', 'nong nghiep va moi truong'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['vh,tt&dl', 'van hoa the thao va du lich'],
  ['vhtt&dl', 'van hoa the thao va du lich'],
  ['vhttdl', 'van hoa the thao va du lich'],
  ['vh&tt', 'van hoa va the thao'],
  ['kh&cn', 'khoa hoc va cong nghe'],
  ['khcn', 'khoa hoc va cong nghe'],
  ['kh&dt', 'ke hoach va dau tu'],
  ['khdt', 'ke hoach va dau tu'],
  ['gtvt', 'giao thong van tai'],
  ['bhxh', 'bao hiem xa hoi'],
  ['pt-th', 'phat thanh truyen hinh'],
  ['pt&th', 'phat thanh truyen hinh'],
  ['ptth', 'phat thanh truyen hinh'],
  ['hlhpn', 'hoi lien hiep phu nu'],
  ['lhpn', 'lien hiep phu nu'],
  ['ldld', 'lien doan lao dong'],
  ['ccb', 'cuu chien binh'],
  ['chqs', 'chi huy quan su'],
  ['bch', 'bo chi huy'],
  ['ch', 'chi huy'],
  ['bdbp', 'bo doi bien phong'],
  ['tncs', 'thanh nien cong san'],
  ['kbnn', 'kho bac nha nuoc'],
  ['tand', 'toa an nhan dan'],
  ['vksnd', 'vien kiem sat nhan dan'],
  ['tp', 'thanh pho'],
  ['ttdt', 'thong tin dien tu'],
  ['bql', 'ban quan ly'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[\\p{L}\\p{N}&-]';
const ABBREVIATION = new RegExp(
  `(?<!${WORD})(${ABBREVIATIONS.map(([short]) => escape(short)).join('|')})(?!${WORD})`,
  'gu',
);
const EXPANSIONS = new Map(ABBREVIATIONS);

/**
 * What two spellings of one agency name share: the search key (no case, diacritics, `Uỷ`/`Ủy`, line breaks),
 * abbreviations spelt out, punctuation dropped, and a trailing `tỉnh` or `tỉnh <province>` left off
 * (`cấp tỉnh`, a level rather than the province, stays).
 */
export function nameKey(text: string, province: string | null = null): string {
  const words = searchKey(text)
    .replace(ABBREVIATION, (short: string) => EXPANSIONS.get(short) ?? short)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const provinceKey = province === null ? '' : nameKey(province);
  const withoutProvince =
    provinceKey !== '' && words.endsWith(` tinh ${provinceKey}`) ? words.slice(0, -provinceKey.length - 1) : words;
  return / tinh$/.test(withoutProvince) && !/ cap tinh$/.test(withoutProvince)
    ? withoutProvince.slice(0, -' tinh'.length)
    : withoutProvince;
}
